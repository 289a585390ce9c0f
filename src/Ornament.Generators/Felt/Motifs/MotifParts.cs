using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>Small constructors shared by the motif builders.</summary>
internal static class MotifParts
{
    public static double Rad(double degrees) => degrees * Math.PI / 180;

    public static BandPart Band(double w, bool round, params IReadOnlyList<Vec2>[] lines) => new(lines, w, round);

    public static SolidPart Solid(params IReadOnlyList<Vec2>[] contours) =>
        new(contours.Select((c, i) => (IReadOnlyList<Vec2>)Contours.Oriented(c, true)).ToArray());

    /// <summary>A solid with holes: the first contour is the outside, the rest are holes.</summary>
    public static SolidPart WithHoles(IReadOnlyList<Vec2> outer, params IReadOnlyList<Vec2>[] holes)
    {
        var list = new List<IReadOnlyList<Vec2>> { Contours.Oriented(outer, true) };
        list.AddRange(holes.Select(h => (IReadOnlyList<Vec2>)Contours.Oriented(h, false)));
        return new SolidPart(list);
    }

    public static List<Vec2> Ellipse(Vec2 c, double rx, double ry, double rotation = 0)
    {
        int n = 72;
        var r = new List<Vec2>(n);
        var rot = Affine.Rotate(rotation);
        for (int i = 0; i < n; i++)
        {
            double a = 2 * Math.PI * i / n;
            r.Add(c + rot.ApplyVector(new Vec2(rx * Math.Cos(a), ry * Math.Sin(a))));
        }

        return r;
    }

    public static List<Vec2> Rhombus(Vec2 c, double hx, double hy) =>
        [c + new Vec2(0, -hy), c + new Vec2(hx, 0), c + new Vec2(0, hy), c + new Vec2(-hx, 0)];

    public static List<Vec2> Triangle(Vec2 c, double halfBase, double height) =>
        [c + new Vec2(-halfBase, -height / 3), c + new Vec2(halfBase, -height / 3), c + new Vec2(0, 2 * height / 3)];

    /// <summary>Star polygon with n points.</summary>
    public static List<Vec2> Star(int n, double outer, double inner, double rotation = Math.PI / 2)
    {
        var r = new List<Vec2>(2 * n);
        for (int i = 0; i < 2 * n; i++)
        {
            double a = rotation + (Math.PI * i / n);
            r.Add(Vec2.FromAngle(a) * (i % 2 == 0 ? outer : inner));
        }

        return r;
    }

    /// <summary>A crescent: disc (c, R) minus disc (c + (0, d), r), horns pointing up (+y).</summary>
    public static List<Vec2> Crescent(Vec2 c, double big, double small, double d, double rotation = 0)
    {
        // Circles x²+y²=R² and x²+(y-d)²=r² meet at y0 = (R² - r² + d²) / 2d.
        double y0 = ((big * big) - (small * small) + (d * d)) / (2 * d);
        double x0 = Math.Sqrt(Math.Max(1e-9, (big * big) - (y0 * y0)));
        double aOuter = Math.Atan2(y0, x0);               // right intersection on the big circle
        double aInner = Math.Atan2(y0 - d, x0);           // same point seen from the small circle's centre
        var outer = Curves.Arc(Vec2.Zero, big, aOuter, Math.PI - aOuter - (2 * Math.PI));
        var inner = Curves.Arc(new Vec2(0, d), small, Math.PI - aInner - (2 * Math.PI), aInner);
        var pts = Curves.Join(outer, inner);
        pts.RemoveAt(pts.Count - 1);
        var t = Affine.Rotate(rotation).Then(Affine.Translate(c));
        return Curves.Map(pts, t);
    }

    /// <summary>Samples a quadratic Bézier.</summary>
    public static List<Vec2> Quad(Vec2 a, Vec2 c, Vec2 b, int n = 24)
    {
        var r = new List<Vec2>(n + 1);
        for (int i = 0; i <= n; i++)
        {
            double t = (double)i / n, u = 1 - t;
            r.Add((a * (u * u)) + (c * (2 * u * t)) + (b * (t * t)));
        }

        return r;
    }

    /// <summary>Splits a polyline at the given point indices (ascending), so branches can meet it at end points.</summary>
    public static List<List<Vec2>> SplitAt(List<Vec2> line, params int[] at)
    {
        var r = new List<List<Vec2>>();
        int start = 0;
        foreach (int i in at)
        {
            r.Add(line.GetRange(start, i - start + 1));
            start = i;
        }

        r.Add(line.GetRange(start, line.Count - start));
        return r;
    }

    /// <summary>The two curls of a ram's horn springing from <paramref name="top"/>, opening upward.</summary>
    public static (List<Vec2> Right, List<Vec2> Left) HornCurls(Vec2 top, double theta0Deg, double r0, double turnDeg, double endRatio = 0.3)
    {
        // A short straight arm carries each curl away from the stem, so the rolled-in curl never touches it.
        var dir = Vec2.FromAngle(Rad(90 - theta0Deg));
        var start = top + (dir * (r0 * 0.6));
        var right = Curves.Join([top], Curves.Curl(start, Rad(90 - theta0Deg), r0, r0 * endRatio, Rad(turnDeg), clockwise: true));
        var left = Curves.MirrorX(right);
        return (right, left);
    }
}
