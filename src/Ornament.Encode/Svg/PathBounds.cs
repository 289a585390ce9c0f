using Ornament.Geometry;

namespace Ornament.Encode.Svg;

/// <summary>The exact bounding box of a path's geometry (curve extrema, not control points): SVG's
/// objectBoundingBox units are defined on it.</summary>
internal static class PathBounds
{
    public static Rect Tight(Path path)
    {
        var r = Rect.Empty;
        var pts = path.Points;
        int pi = 0;
        Vec2 cur = Vec2.Zero;
        foreach (var v in path.Verbs)
        {
            switch (v)
            {
                case PathVerb.MoveTo:
                case PathVerb.LineTo:
                    cur = pts[pi++];
                    r = r.Union(cur);
                    break;
                case PathVerb.QuadTo:
                {
                    Vec2 c = pts[pi], e = pts[pi + 1];
                    pi += 2;
                    r = r.Union(e);
                    foreach (double t in QuadExtrema(cur, c, e))
                    {
                        double u = 1 - t;
                        r = r.Union((cur * (u * u)) + (c * (2 * u * t)) + (e * (t * t)));
                    }

                    cur = e;
                    break;
                }

                case PathVerb.CubicTo:
                {
                    Vec2 c1 = pts[pi], c2 = pts[pi + 1], e = pts[pi + 2];
                    pi += 3;
                    r = r.Union(e);
                    foreach (double t in CubicExtrema(cur, c1, c2, e))
                    {
                        double u = 1 - t;
                        r = r.Union((cur * (u * u * u)) + (c1 * (3 * u * u * t)) + (c2 * (3 * u * t * t)) + (e * (t * t * t)));
                    }

                    cur = e;
                    break;
                }
            }
        }

        return r;
    }

    private static List<double> QuadExtrema(Vec2 p0, Vec2 p1, Vec2 p2)
    {
        var ts = new List<double>(2);
        Add(ts, p0.X - (2 * p1.X) + p2.X, p0.X - p1.X);
        Add(ts, p0.Y - (2 * p1.Y) + p2.Y, p0.Y - p1.Y);
        return ts;

        static void Add(List<double> ts, double den, double num)
        {
            if (den != 0)
            {
                double t = num / den;
                if (t > 0 && t < 1)
                {
                    ts.Add(t);
                }
            }
        }
    }

    private static List<double> CubicExtrema(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3)
    {
        var ts = new List<double>(4);
        Solve(ts, p0.X, p1.X, p2.X, p3.X);
        Solve(ts, p0.Y, p1.Y, p2.Y, p3.Y);
        return ts;

        // Roots in (0,1) of the derivative a·t² + b·t + c of one coordinate.
        static void Solve(List<double> ts, double q0, double q1, double q2, double q3)
        {
            double a = 3 * (-q0 + (3 * q1) - (3 * q2) + q3);
            double b = 6 * (q0 - (2 * q1) + q2);
            double c = 3 * (q1 - q0);
            if (Math.Abs(a) < 1e-12)
            {
                if (b != 0)
                {
                    Keep(ts, -c / b);
                }

                return;
            }

            double disc = (b * b) - (4 * a * c);
            if (disc < 0)
            {
                return;
            }

            double sq = Math.Sqrt(disc);
            Keep(ts, (-b + sq) / (2 * a));
            Keep(ts, (-b - sq) / (2 * a));
        }

        static void Keep(List<double> ts, double t)
        {
            if (t > 0 && t < 1)
            {
                ts.Add(t);
            }
        }
    }
}
