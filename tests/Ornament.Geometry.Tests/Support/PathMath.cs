using Ornament.Geometry;

namespace Ornament.Geometry.Tests.Support;

/// <summary>Independent, brute-force measurements on paths and polylines used as test oracles.</summary>
internal static class PathMath
{
    /// <summary>Nonzero winding number of the (line-only) path at <paramref name="p"/>; every contour is taken as
    /// closed, as filling does. Positive for contours with positive shoelace area.</summary>
    public static int Winding(FlattenedPath polygons, Vec2 p)
    {
        int wn = 0;
        for (int c = 0; c < polygons.ContourCount; c++)
        {
            var pts = polygons.Contour(c);
            for (int i = 0; i < pts.Length; i++)
            {
                var a = pts[i];
                var b = pts[(i + 1) % pts.Length];
                double side = Vec2.Cross(b - a, p - a);
                if (a.Y <= p.Y)
                {
                    if (b.Y > p.Y && side > 0)
                    {
                        wn++;
                    }
                }
                else if (b.Y <= p.Y && side < 0)
                {
                    wn--;
                }
            }
        }

        return wn;
    }

    /// <summary>Shoelace area of every contour summed (signed).</summary>
    public static double SignedArea(FlattenedPath polygons)
    {
        double twice = 0;
        for (int c = 0; c < polygons.ContourCount; c++)
        {
            var pts = polygons.Contour(c);
            for (int i = 0; i < pts.Length; i++)
            {
                twice += Vec2.Cross(pts[i], pts[(i + 1) % pts.Length]);
            }
        }

        return twice / 2;
    }

    /// <summary>Distance from <paramref name="p"/> to segment ab.</summary>
    public static double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        var ab = b - a;
        double len2 = ab.LengthSquared;
        double t = len2 > 0 ? Math.Clamp(Vec2.Dot(p - a, ab) / len2, 0, 1) : 0;
        return Vec2.Distance(p, a + (ab * t));
    }

    /// <summary>Distance from <paramref name="p"/> to the nearest segment of any contour (closing segments of
    /// closed contours included).</summary>
    public static double DistanceToPolylines(FlattenedPath flat, Vec2 p)
    {
        double best = double.PositiveInfinity;
        for (int c = 0; c < flat.ContourCount; c++)
        {
            var pts = flat.Contour(c);
            int n = flat.IsClosed(c) ? pts.Length : pts.Length - 1;
            for (int i = 0; i < n; i++)
            {
                best = Math.Min(best, DistanceToSegment(p, pts[i], pts[(i + 1) % pts.Length]));
            }
        }

        return best;
    }

    /// <summary>Total length of the contours of a polyline set.</summary>
    public static double Length(FlattenedPath flat)
    {
        double total = 0;
        for (int c = 0; c < flat.ContourCount; c++)
        {
            var pts = flat.Contour(c);
            for (int i = 1; i < pts.Length; i++)
            {
                total += Vec2.Distance(pts[i - 1], pts[i]);
            }

            if (flat.IsClosed(c))
            {
                total += Vec2.Distance(pts[^1], pts[0]);
            }
        }

        return total;
    }

    /// <summary>Evaluates a quadratic Bézier.</summary>
    public static Vec2 Quad(Vec2 p0, Vec2 p1, Vec2 p2, double t)
    {
        double u = 1 - t;
        return (p0 * (u * u)) + (p1 * (2 * u * t)) + (p2 * (t * t));
    }

    /// <summary>Evaluates a cubic Bézier.</summary>
    public static Vec2 Cubic(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3, double t)
    {
        double u = 1 - t;
        return (p0 * (u * u * u)) + (p1 * (3 * u * u * t)) + (p2 * (3 * u * t * t)) + (p3 * (t * t * t));
    }

    /// <summary>Dense samples of every segment of a path (lines, quads, cubics), <paramref name="perVerb"/> + 1 per
    /// verb, mapped through <paramref name="transform"/>.</summary>
    public static List<Vec2> Sample(Path path, Affine transform, int perVerb)
    {
        var result = new List<Vec2>();
        var pts = path.Points;
        int pi = 0;
        Vec2 current = default, start = default;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo:
                    current = start = pts[pi++];
                    result.Add(transform.Apply(current));
                    break;
                case PathVerb.LineTo:
                {
                    var e = pts[pi++];
                    for (int k = 0; k <= perVerb; k++)
                    {
                        result.Add(transform.Apply(Vec2.Lerp(current, e, (double)k / perVerb)));
                    }

                    current = e;
                    break;
                }

                case PathVerb.QuadTo:
                {
                    var (c, e) = (pts[pi], pts[pi + 1]);
                    pi += 2;
                    for (int k = 0; k <= perVerb; k++)
                    {
                        result.Add(transform.Apply(Quad(current, c, e, (double)k / perVerb)));
                    }

                    current = e;
                    break;
                }

                case PathVerb.CubicTo:
                {
                    var (c1, c2, e) = (pts[pi], pts[pi + 1], pts[pi + 2]);
                    pi += 3;
                    for (int k = 0; k <= perVerb; k++)
                    {
                        result.Add(transform.Apply(Cubic(current, c1, c2, e, (double)k / perVerb)));
                    }

                    current = e;
                    break;
                }

                default:
                    current = start;
                    break;
            }
        }

        return result;
    }
}
