namespace Ornament.Geometry;

/// <summary>Turns curves into polylines whose distance from the true curve is at most a tolerance in device
/// pixels.</summary>
/// <remarks>
/// Each curve gets a subdivision count computed up front from its second-difference bound instead of recursive
/// subdivision: for a Bézier of degree n evaluated at m uniform parameter steps, the chord error is at most
/// max|B''| / (8 m²), and max|B''| is bounded by n(n−1) times the largest second difference of the control points.
/// That gives m = ⌈√(max|B''| / (8·tol))⌉ with no branching per point, a count the SIMD issue can vectorise, and
/// a bound the tests can check directly. Points are evaluated from the Bernstein form (not forward differences) so
/// the result does not drift on long curves.
/// </remarks>
public static class Flattener
{
    /// <summary>Default tolerance in device pixels.</summary>
    public const double DefaultTolerance = 0.1;

    /// <summary>Upper bound on segments per curve, so absurd coordinates cannot exhaust memory or time. A curve
    /// needs more only when it spans millions of pixels (a 20,000-pixel curve needs a few hundred); fuzzing found
    /// that 65,536 let one stroked cubic with a control point at 1e30 take seconds.</summary>
    public const int MaxSegmentsPerCurve = 1 << 12;

    /// <summary>Once a flattened path holds this many points, its remaining curves are drawn as straight chords.
    /// No real path comes near it; it keeps a path of many curves with gigantic coordinates (e.g. 10,000 cubics
    /// spanning 1e30, each worth <see cref="MaxSegmentsPerCurve"/> segments) from needing gigabytes.</summary>
    public const int MaxCurvePointsPerPath = 1 << 22;

    /// <summary>Flattens <paramref name="path"/> after mapping it through <paramref name="transform"/>.</summary>
    public static FlattenedPath Flatten(Path path, Affine transform, double tolerance = DefaultTolerance)
    {
        var output = new FlattenedPath();
        Flatten(path, transform, tolerance, output);
        return output;
    }

    /// <summary>Flattens into <paramref name="output"/> (cleared first), reusing its storage.</summary>
    public static void Flatten(Path path, Affine transform, double tolerance, FlattenedPath output)
    {
        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The flattening tolerance must be positive.");
        }

        output.Clear();
        var pts = path.Points;
        int pi = 0;
        bool open = false;
        Vec2 current = default;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo:
                    if (open)
                    {
                        output.EndContour(false);
                    }

                    current = transform.Apply(pts[pi++]);
                    output.Add(current);
                    open = true;
                    break;
                case PathVerb.LineTo:
                    current = transform.Apply(pts[pi++]);
                    output.Add(current);
                    break;
                case PathVerb.QuadTo:
                {
                    var c = transform.Apply(pts[pi]);
                    var e = transform.Apply(pts[pi + 1]);
                    pi += 2;
                    if (output.PointCount < MaxCurvePointsPerPath)
                    {
                        AddQuad(output, current, c, e, tolerance);
                    }
                    else
                    {
                        output.Add(e);
                    }

                    current = e;
                    break;
                }

                case PathVerb.CubicTo:
                {
                    var c1 = transform.Apply(pts[pi]);
                    var c2 = transform.Apply(pts[pi + 1]);
                    var e = transform.Apply(pts[pi + 2]);
                    pi += 3;
                    if (output.PointCount < MaxCurvePointsPerPath)
                    {
                        AddCubic(output, current, c1, c2, e, tolerance);
                    }
                    else
                    {
                        output.Add(e);
                    }

                    current = e;
                    break;
                }

                default:
                    if (open)
                    {
                        output.EndContour(true);
                        open = false;
                    }

                    break;
            }
        }

        if (open)
        {
            output.EndContour(false);
        }
    }

    /// <summary>Number of uniform segments that keep a quadratic within <paramref name="tolerance"/>.</summary>
    public static int QuadSegments(Vec2 p0, Vec2 p1, Vec2 p2, double tolerance)
    {
        // B''(t) = 2 (p0 − 2 p1 + p2), constant.
        double dd = 2 * (p0 - (2 * p1) + p2).Length;
        return SegmentCount(dd, tolerance);
    }

    /// <summary>Number of uniform segments that keep a cubic within <paramref name="tolerance"/>.</summary>
    public static int CubicSegments(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3, double tolerance)
    {
        // B''(t) = 6 [(1−t)(p0 − 2p1 + p2) + t (p1 − 2p2 + p3)], so |B''| ≤ 6 max of the two second differences.
        double d1 = (p0 - (2 * p1) + p2).Length;
        double d2 = (p1 - (2 * p2) + p3).Length;
        return SegmentCount(6 * Math.Max(d1, d2), tolerance);
    }

    private static int SegmentCount(double maxSecondDerivative, double tolerance)
    {
        double m = Math.Ceiling(Math.Sqrt(maxSecondDerivative / (8 * tolerance)));
        if (!(m >= 1))
        {
            return 1;
        }

        return m > MaxSegmentsPerCurve ? MaxSegmentsPerCurve : (int)m;
    }

    private static void AddQuad(FlattenedPath output, Vec2 p0, Vec2 p1, Vec2 p2, double tolerance)
    {
        int n = QuadSegments(p0, p1, p2, tolerance);
        double inv = 1.0 / n;
        for (int i = 1; i < n; i++)
        {
            double t = i * inv, u = 1 - t;
            output.Add(new Vec2(
                (u * u * p0.X) + (2 * u * t * p1.X) + (t * t * p2.X),
                (u * u * p0.Y) + (2 * u * t * p1.Y) + (t * t * p2.Y)));
        }

        output.Add(p2);
    }

    private static void AddCubic(FlattenedPath output, Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3, double tolerance)
    {
        int n = CubicSegments(p0, p1, p2, p3, tolerance);
        double inv = 1.0 / n;
        for (int i = 1; i < n; i++)
        {
            double t = i * inv, u = 1 - t;
            double b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t;
            output.Add(new Vec2(
                (b0 * p0.X) + (b1 * p1.X) + (b2 * p2.X) + (b3 * p3.X),
                (b0 * p0.Y) + (b1 * p1.Y) + (b2 * p2.Y) + (b3 * p3.Y)));
        }

        output.Add(p3);
    }
}
