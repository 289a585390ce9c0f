namespace Ornament.Geometry;

/// <summary>Turns a path into the outline of its stroke (fill it with the nonzero rule).</summary>
/// <remarks>Interim version: every segment becomes a rectangle and every vertex a round disc; all pieces are
/// oriented alike so nonzero filling unions them. Joins and caps other than round are approximated.</remarks>
public static class Stroker
{
    /// <summary>The fillable outline of <paramref name="path"/> stroked with <paramref name="style"/>.</summary>
    public static Path Stroke(Path path, StrokeStyle style, double tolerance = Flattener.DefaultTolerance)
    {
        double hw = style.Width / 2;
        if (!(hw > 0) || !double.IsFinite(hw))
        {
            return Path.Empty;
        }

        var flat = Flattener.Flatten(path, Affine.Identity, tolerance);
        var b = new PathBuilder();
        for (int c = 0; c < flat.ContourCount; c++)
        {
            var pts = flat.Contour(c);
            int n = flat.IsClosed(c) ? pts.Length : pts.Length - 1;
            for (int i = 0; i < n; i++)
            {
                var p = pts[i];
                var q = pts[(i + 1) % pts.Length];
                var d = (q - p).Normalized();
                if (d == Vec2.Zero)
                {
                    continue;
                }

                var nrm = d.Perpendicular * hw;
                b.MoveTo(p - nrm).LineTo(q - nrm).LineTo(q + nrm).LineTo(p + nrm).Close();
            }

            foreach (var p in pts)
            {
                b.Append(Shapes.Circle(p, hw));
            }
        }

        return b.Build();
    }
}
