namespace Ornament.Geometry;

/// <summary>How line ends are drawn.</summary>
public enum LineCap : byte
{
    /// <summary>Flat, ending exactly at the end point.</summary>
    Butt,

    /// <summary>A half disc beyond the end point.</summary>
    Round,

    /// <summary>A half square beyond the end point.</summary>
    Square,
}

/// <summary>How corners between segments are drawn.</summary>
public enum LineJoin : byte
{
    /// <summary>Sharp corner, cut to a bevel when longer than the miter limit.</summary>
    Miter,

    /// <summary>A circular arc.</summary>
    Round,

    /// <summary>A straight cut.</summary>
    Bevel,
}

/// <summary>Stroke parameters (SVG semantics).</summary>
/// <param name="Width">Line width in user units.</param>
/// <param name="Join">Corner style.</param>
/// <param name="Cap">End style for open contours and dashes.</param>
/// <param name="MiterLimit">Ratio of miter length to width above which a miter becomes a bevel (SVG default 4).</param>
/// <param name="Dashes">Alternating dash and gap lengths, or null for a solid line.</param>
/// <param name="DashOffset">Distance into the dash pattern at which each contour starts.</param>
public sealed record StrokeStyle(
    double Width,
    LineJoin Join = LineJoin.Miter,
    LineCap Cap = LineCap.Butt,
    double MiterLimit = 4,
    IReadOnlyList<double>? Dashes = null,
    double DashOffset = 0);
