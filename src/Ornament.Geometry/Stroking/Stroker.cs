namespace Ornament.Geometry;

/// <summary>Turns a path into the outline of its stroke: a path of straight segments that, filled with the
/// nonzero rule, covers exactly the area the stroke paints (SVG semantics for joins, caps and dashes).</summary>
/// <remarks>
/// The outline is the classic left/right offset pair, with inner corners routed through the vertex itself (as
/// tiny-skia and Skia do). As a chain of edges that is the sum of simple, identically oriented pieces: one
/// rectangle per segment, one wedge on the outer side of each corner, one piece per cap. Winding numbers add, so
/// the winding anywhere is the number of pieces covering the point; it is never negative and is zero only outside
/// the stroke. That is why sharp turns, reversals and self-overlapping strokes need no special cases, and why the
/// result stays correct when it overlaps other outlines in the same path.
/// </remarks>
public static class Stroker
{
    /// <summary>Strokes <paramref name="path"/> in its own coordinate space.</summary>
    /// <param name="path">The centre line.</param>
    /// <param name="style">Width, joins, caps and dashes.</param>
    /// <param name="tolerance">Largest distance, in the path's units, between the ideal outline and the returned
    /// polygon (curve flattening and round joins and caps). When the outline will be drawn through a transform,
    /// divide the device tolerance by the transform's <see cref="Affine.MaxScale"/>.</param>
    /// <returns>A fillable outline (nonzero rule); empty for a non-positive or non-finite width or a path with
    /// non-finite points.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive.</exception>
    public static Path Stroke(Path path, StrokeStyle style, double tolerance = Flattener.DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(style);
        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The stroking tolerance must be positive.");
        }

        double halfWidth = style.Width / 2;
        if (!(halfWidth > 0) || !double.IsFinite(halfWidth) || path.IsEmpty || !path.IsFinite)
        {
            return Path.Empty;
        }

        var centreLine = Flattener.Flatten(path, Affine.Identity, tolerance);
        if (style.Dashes is { } dashes && DashPattern.Create(dashes, style.DashOffset) is { } pattern &&
            Dasher.DashFlattened(centreLine, pattern) is { } dashed)
        {
            centreLine = dashed;
        }

        var outline = new StrokeOutline(halfWidth, style.Join, style.Cap, style.MiterLimit, tolerance);
        for (int i = 0; i < centreLine.ContourCount; i++)
        {
            outline.AddContour(centreLine.Contour(i), centreLine.IsClosed(i));
        }

        return outline.Build();
    }
}
