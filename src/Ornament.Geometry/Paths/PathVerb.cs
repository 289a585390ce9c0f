namespace Ornament.Geometry;

/// <summary>One drawing verb of a <see cref="Path"/>; each consumes a fixed number of points.</summary>
public enum PathVerb : byte
{
    /// <summary>Starts a new contour at one point.</summary>
    MoveTo,

    /// <summary>A straight line to one point.</summary>
    LineTo,

    /// <summary>A quadratic Bézier: control point, end point.</summary>
    QuadTo,

    /// <summary>A cubic Bézier: two control points, end point.</summary>
    CubicTo,

    /// <summary>Closes the current contour back to its start (no points).</summary>
    Close,
}
