using Ornament.Geometry;

namespace Ornament.Generators.Landscape;

/// <summary>Builds a brush stroke's filled outline directly as a polygon (no general stroker, no curves for the
/// renderer to flatten): the centreline offset by ±r, smoothed by sampling quadratic midpoint splines at their
/// middle where they bend, closed by two semicircular caps. The cap segment count and the bend test use the radius
/// and the tolerance in scene units, so a stroke has the same outline at every output size. Every outline has the same winding relative to its direction of travel,
/// so many strokes can share one nonzero path without cancelling.</summary>
internal static class StrokeOutline
{
    /// <summary>Largest gap between a cap chord and its arc, in scene units (the scene is 1000 units high: 0.12 is a
    /// quarter pixel at 2160 px).</summary>
    private const double Tolerance = 0.12;
    private const int MaxCapSegments = 24;

    // (cos, sin) of k·π/n for every n up to MaxCapSegments: caps cost no trigonometry.
    private static readonly Vec2[][] CapTables = BuildTables();

    /// <summary>Segments of a semicircle of radius r within <see cref="Tolerance"/> (at least 3).</summary>
    public static int CapSegments(double r)
    {
        if (r <= Tolerance * 2)
        {
            return 3;
        }

        double step = 2 * Math.Acos(1 - (Tolerance / r));
        return Math.Clamp((int)Math.Ceiling(Math.PI / step), 3, MaxCapSegments);
    }

    /// <summary>Appends the outline's vertices (one closed polygon) to <paramref name="into"/>.</summary>
    public static void Polygon(ReadOnlySpan<Vec2> pts, double r, List<Vec2> into)
    {
        var buffer = new Vec2[MaxPoints(pts.Length)];
        into.AddRange(buffer.AsSpan(0, Polygon(pts, r, buffer)));
    }

    /// <summary>The most vertices <see cref="Polygon(ReadOnlySpan{Vec2}, double, Span{Vec2})"/> writes for a
    /// centreline of <paramref name="n"/> points: each side at most two per point, each cap at most
    /// <see cref="MaxCapSegments"/> + 1.</summary>
    public static int MaxPoints(int n) => (4 * n) + (2 * MaxCapSegments) + 2;

    /// <summary>Writes the outline's vertices (one closed polygon) to <paramref name="into"/>, which holds at least
    /// <see cref="MaxPoints"/>; returns how many.</summary>
    public static int Polygon(ReadOnlySpan<Vec2> pts, double r, Span<Vec2> into)
    {
        int n = pts.Length;
        int count = 0;
        var table = CapTables[CapSegments(r)];
        if (n == 1)
        {
            Arc(into, ref count, pts[0], new Vec2(1, 0), r, table, includeEnds: true);
            Arc(into, ref count, pts[0], new Vec2(-1, 0), r, table, includeEnds: false);
            return count;
        }

        Span<Vec2> left = n <= 64 ? stackalloc Vec2[n] : new Vec2[n];
        Span<Vec2> right = n <= 64 ? stackalloc Vec2[n] : new Vec2[n];
        Vec2 t0 = default, tn = default;
        for (int i = 0; i < n; i++)
        {
            var t = (pts[Math.Min(n - 1, i + 1)] - pts[Math.Max(0, i - 1)]).Normalized();
            if (t == Vec2.Zero)
            {
                t = new Vec2(1, 0);
            }

            if (i == 0)
            {
                t0 = t;
            }

            tn = t;
            var nrm = t.Perpendicular * r;
            left[i] = pts[i] + nrm;
            right[i] = pts[i] - nrm;
        }

        Side(into, ref count, left);
        Arc(into, ref count, pts[n - 1], tn, r, table, includeEnds: false);
        right.Reverse();
        Side(into, ref count, right);
        Arc(into, ref count, pts[0], -t0, r, table, includeEnds: false);
        return count;
    }

    /// <summary>Appends the outline as one closed contour of <paramref name="pb"/>.</summary>
    public static void Append(PathBuilder pb, ReadOnlySpan<Vec2> pts, double r)
    {
        var poly = new Vec2[MaxPoints(pts.Length)];
        int count = Polygon(pts, r, poly);
        pb.MoveTo(poly[0]);
        for (int i = 1; i < count; i++)
        {
            pb.LineTo(poly[i]);
        }

        pb.Close();
    }

    /// <summary>A circle, wound like the stroke outlines.</summary>
    public static void Disc(PathBuilder pb, Vec2 c, double r) => Append(pb, [c], r);

    // The side through p[0] … p[^1]: the quadratic midpoint spline (controls p[1..^2]) sampled at each piece's ends and,
    // where the piece bends more than the tolerance, its middle.
    private static void Side(Span<Vec2> into, ref int count, ReadOnlySpan<Vec2> p)
    {
        int n = p.Length;
        into[count++] = p[0];
        var start = p[0];
        for (int k = 1; k < n - 1; k++)
        {
            var end = k == n - 2 ? p[n - 1] : (p[k] + p[k + 1]) * 0.5;
            var mid = (start * 0.25) + (p[k] * 0.5) + (end * 0.25);
            // The piece (a quadratic) lies farthest from its chord at its middle; where that distance is within the
            // tolerance the chord alone is the piece (in scene units, so the outline is the same at every output
            // size). Every point saved is an edge less for the rasterizer.
            var chord = end - start;
            double cross = Vec2.Cross(chord, mid - start);
            if (cross * cross > Tolerance * Tolerance * chord.LengthSquared)
            {
                into[count++] = mid;
            }

            into[count++] = end;
            start = end;
        }

        if (n == 2)
        {
            into[count++] = p[1];
        }
    }

    // Semicircle round c from c + perp(t)·r through c + t·r to c − perp(t)·r; the ends are left to the sides.
    private static void Arc(Span<Vec2> into, ref int count, Vec2 c, Vec2 t, double r, Vec2[] table, bool includeEnds)
    {
        var nrm = t.Perpendicular * r;
        var along = t * r;
        int m = table.Length - 1;
        for (int k = includeEnds ? 0 : 1; k <= (includeEnds ? m : m - 1); k++)
        {
            var cs = table[k];
            into[count++] = c + (nrm * cs.X) + (along * cs.Y);
        }
    }

    private static Vec2[][] BuildTables()
    {
        var t = new Vec2[MaxCapSegments + 1][];
        for (int n = 0; n <= MaxCapSegments; n++)
        {
            t[n] = new Vec2[Math.Max(n, 1) + 1];
            for (int k = 0; k <= Math.Max(n, 1); k++)
            {
                double a = Math.PI * k / Math.Max(n, 1);
                t[n][k] = new Vec2(Math.Cos(a), Math.Sin(a));
            }
        }

        return t;
    }
}
