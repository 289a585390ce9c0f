using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>The curve kernel of the motif library: centre lines sampled as polylines (arcs, spirals, lines).</summary>
/// <remarks>Everything is sampled finely (≤ 4° per step) so that a motif drawn at a quarter of a 4000-px carpet still
/// shows no facets; motifs are built once and reused, so the point count does not multiply.</remarks>
internal static class Curves
{
    internal const double StepRadians = 4 * Math.PI / 180;

    /// <summary>Points on a circular arc around <paramref name="c"/>, from angle a0 to a1 (radians, either direction).</summary>
    public static List<Vec2> Arc(Vec2 c, double r, double a0, double a1)
    {
        int n = Math.Max(2, (int)Math.Ceiling(Math.Abs(a1 - a0) / StepRadians));
        var pts = new List<Vec2>(n + 1);
        for (int i = 0; i <= n; i++)
        {
            double a = a0 + ((a1 - a0) * i / n);
            pts.Add(c + (Vec2.FromAngle(a) * r));
        }

        return pts;
    }

    /// <summary>A curl whose radius of curvature shrinks linearly from <paramref name="r0"/> to
    /// <paramref name="r1"/> while the tangent turns through <paramref name="turn"/> radians.</summary>
    /// <param name="start">Start point.</param>
    /// <param name="heading">Initial tangent direction (radians).</param>
    /// <param name="r0">Initial radius of curvature.</param>
    /// <param name="r1">Final radius of curvature.</param>
    /// <param name="turn">Total turning (radians, positive).</param>
    /// <param name="clockwise">Turn direction (y up).</param>
    public static List<Vec2> Curl(Vec2 start, double heading, double r0, double r1, double turn, bool clockwise)
    {
        int n = Math.Max(4, (int)Math.Ceiling(turn / (StepRadians / 2)));
        double dphi = turn / n;
        var pts = new List<Vec2>(n + 1) { start };
        var p = start;
        double h = heading;
        double sign = clockwise ? -1 : 1;
        for (int i = 0; i < n; i++)
        {
            // Midpoint rule on the heading keeps the integration symmetric, so mirrored curls stay mirror images.
            double r = r0 + ((r1 - r0) * (i + 0.5) / n);
            double hm = h + (sign * dphi / 2);
            double ds = r * dphi;
            p += Vec2.FromAngle(hm) * ds;
            h += sign * dphi;
            pts.Add(p);
        }

        return pts;
    }

    /// <summary>A straight segment as a two-point polyline.</summary>
    public static List<Vec2> Line(Vec2 a, Vec2 b) => [a, b];

    /// <summary>Joins polylines end to start (dropping the duplicated joint point).</summary>
    public static List<Vec2> Join(params List<Vec2>[] parts)
    {
        var r = new List<Vec2>();
        foreach (var p in parts)
        {
            int start = r.Count > 0 && p.Count > 0 && Vec2.Distance(r[^1], p[0]) < 1e-9 ? 1 : 0;
            for (int i = start; i < p.Count; i++)
            {
                r.Add(p[i]);
            }
        }

        return r;
    }

    /// <summary>The polyline mirrored across x = 0.</summary>
    public static List<Vec2> MirrorX(IReadOnlyList<Vec2> pts) => pts.Select(p => new Vec2(-p.X, p.Y)).ToList();

    /// <summary>The polyline mapped through an affine transform.</summary>
    public static List<Vec2> Map(IReadOnlyList<Vec2> pts, Affine t) => pts.Select(t.Apply).ToList();

    /// <summary>Reversed copy.</summary>
    public static List<Vec2> Reverse(IReadOnlyList<Vec2> pts)
    {
        var r = pts.ToList();
        r.Reverse();
        return r;
    }

    /// <summary>Heading (radians) of the last segment.</summary>
    public static double EndHeading(IReadOnlyList<Vec2> pts)
    {
        var d = pts[^1] - pts[^2];
        return Math.Atan2(d.Y, d.X);
    }
}
