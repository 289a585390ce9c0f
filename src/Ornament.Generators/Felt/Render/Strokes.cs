using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>Fillable geometry for lines drawn on felt: cord rings, twisted-cord dashes, quilting dashes, chain
/// stitches. Built as polygons (not strokes) so they are exact, cheap, and reusable per motif shape.</summary>
internal static class Strokes
{
    /// <summary>A ring of width <paramref name="w"/> centred on each closed contour (2-point lines become bars).</summary>
    public static List<Vec2[]> Rings(IEnumerable<IReadOnlyList<Vec2>> contours, double w)
    {
        var r = new List<Vec2[]>();
        foreach (var c in contours)
        {
            if (c.Count == 2)
            {
                r.Add(Bar(c[0], c[1], w));
                continue;
            }

            var outer = Contours.Offset(c, w / 2);
            var inner = Contours.Offset(c, -w / 2);
            Array.Reverse(inner);
            r.Add(outer);
            r.Add(inner);
        }

        return r;
    }

    public static Vec2[] Bar(Vec2 a, Vec2 b, double w)
    {
        var n = (b - a).Normalized().Perpendicular * (w / 2);
        var t = (b - a).Normalized() * (w / 2);
        return Contours.Oriented([a - n - t, b - n + t, b + n + t, a + n - t], true);
    }

    /// <summary>Slanted dashes along closed contours: the second strand of a two-tone twisted cord.</summary>
    public static List<Vec2[]> Twist(IEnumerable<IReadOnlyList<Vec2>> contours, double w)
    {
        var r = new List<Vec2[]>();
        double hw = w / 2;
        foreach (var c in contours)
        {
            bool closed = c.Count > 2;
            foreach (var (p, t) in Contours.Walk(c, closed, w * 1.2))
            {
                var n = new Vec2(t.Y, -t.X) * hw;
                var tt = t * hw;
                var l = t * (w * 0.22);
                r.Add(Contours.Oriented([p - n - tt - l, p - n - tt + l, p + n + tt + l, p + n + tt - l], true));
            }
        }

        return r;
    }

    /// <summary>Dashed thin line along polylines (quilting stitches).</summary>
    public static List<Vec2[]> Dashes(IEnumerable<IReadOnlyList<Vec2>> lines, bool closed, double width, double dash, double gap)
    {
        var r = new List<Vec2[]>();
        foreach (var c in lines)
        {
            if (c.Count < 2)
            {
                continue;
            }

            foreach (var (p, t) in Contours.Walk(c, closed && c.Count > 2, dash + gap))
            {
                r.Add(Bar(p - (t * (dash / 2)), p + (t * (dash / 2)), width));
            }
        }

        return r;
    }

    /// <summary>Chain stitch: small ellipses (length ≈ 2.5 × thread) along polylines.</summary>
    public static List<Vec2[]> Chain(IEnumerable<IReadOnlyList<Vec2>> lines, bool closed, double thread)
    {
        var r = new List<Vec2[]>();
        double len = thread * 2.5;
        foreach (var c in lines)
        {
            if (c.Count < 2)
            {
                continue;
            }

            foreach (var (p, t) in Contours.Walk(c, closed && c.Count > 2, len))
            {
                var n = new Vec2(-t.Y, t.X);
                var e = new Vec2[6];
                for (int k = 0; k < 6; k++)
                {
                    double a = 2 * Math.PI * k / 6;
                    e[k] = p + (t * (Math.Cos(a) * len * 0.46)) + (n * (Math.Sin(a) * thread * 0.55));
                }

                r.Add(e);
            }
        }

        return r;
    }
}
