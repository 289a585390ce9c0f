using Ornament.Geometry.Tests.Support;
using Ornament.Testing;

namespace Ornament.Geometry.Tests.Flattening;

public sealed class FlattenerTests
{
    public static TheoryData<double, bool> Tolerances => new()
    {
        { 0.1, false },
        { 0.25, false },
        { 0.1, true },
        { 0.25, true },
    };

    [Theory]
    [MemberData(nameof(Tolerances))]
    public void Random_curves_stay_within_tolerance_of_their_polyline(double tolerance, bool transformed)
    {
        var rng = new TestRandom(transformed ? 0xF1A7_0002UL : 0xF1A7_0001UL);
        double worst = 0;
        for (int i = 0; i < 240; i++)
        {
            var path = RandomCurve(rng, i % 3);
            var transform = transformed ? rng.NextAffine() : Affine.Identity;
            var flat = Flattener.Flatten(path, transform, tolerance);
            var polyline = flat.Contour(0);
            int near = 0;
            foreach (var p in PathMath.Sample(path, transform, 2000))
            {
                // Search near the previous nearest segment first; only a miss there needs the full scan, so the
                // bound stays exact where it matters (any distance ≤ tolerance found locally is an upper bound).
                double d = NearestSegment(polyline, p, Math.Max(0, near - 3), Math.Min(polyline.Length - 1, near + 4), ref near);
                if (d > tolerance)
                {
                    d = NearestSegment(polyline, p, 0, polyline.Length - 1, ref near);
                }

                worst = Math.Max(worst, d);
            }
        }

        Assert.InRange(worst, 0, tolerance * (1 + 1e-9));
        Assert.True(worst > tolerance / 20, $"worst error {worst} is suspiciously small: is the test sampling anything?");
    }

    [Fact]
    public void Curve_endpoints_are_exact_after_the_transform()
    {
        var rng = new TestRandom(7);
        for (int i = 0; i < 200; i++)
        {
            var path = RandomCurve(rng, i % 3);
            var transform = rng.NextAffine();
            var flat = Flattener.Flatten(path, transform, 0.1);
            var pts = path.Points;
            Assert.Equal(transform.Apply(pts[0]), flat.Points[0]);
            Assert.Equal(transform.Apply(pts[^1]), flat.Points[^1]);
        }
    }

    [Fact]
    public void Absurd_coordinates_are_capped_at_MaxSegmentsPerCurve()
    {
        var path = new PathBuilder().MoveTo(0, 0).CubicTo(1e300, -1e300, -1e300, 1e300, 1, 1).Build();
        var flat = Flattener.Flatten(path, Affine.Identity, 0.1);
        Assert.Equal(Flattener.MaxSegmentsPerCurve + 1, flat.PointCount);
        Assert.Equal(Flattener.MaxSegmentsPerCurve, Flattener.CubicSegments(new(0, 0), new(1e300, 0), new(-1e300, 0), new(1, 1), 0.1));
        Assert.Equal(1, Flattener.QuadSegments(new(0, 0), new(double.NaN, 0), new(1, 1), 0.1));
    }

    [Fact]
    public void Segment_counts_grow_as_the_inverse_square_root_of_the_tolerance()
    {
        var (p0, p1, p2, p3) = (new Vec2(0, 0), new Vec2(0, 100), new Vec2(100, 100), new Vec2(100, 0));
        int coarse = Flattener.CubicSegments(p0, p1, p2, p3, 1);
        int fine = Flattener.CubicSegments(p0, p1, p2, p3, 0.01);
        Assert.InRange(fine, (coarse - 1) * 10, (coarse + 1) * 10);
    }

    [Fact]
    public void A_non_positive_tolerance_is_rejected()
    {
        var path = Geometry.Shapes.Circle(0, 0, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Flattener.Flatten(path, Affine.Identity, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Flattener.Flatten(path, Affine.Identity, double.NaN));
    }

    [Fact]
    public void Contours_and_closed_flags_follow_the_path()
    {
        var path = new PathBuilder()
            .MoveTo(0, 0).LineTo(10, 0).LineTo(10, 10).Close()
            .MoveTo(20, 0).QuadTo(25, 10, 30, 0)
            .Build();
        var flat = Flattener.Flatten(path, Affine.Identity, 0.1);
        Assert.Equal(2, flat.ContourCount);
        Assert.True(flat.IsClosed(0));
        Assert.False(flat.IsClosed(1));
        Assert.Equal(3, flat.Contour(0).Length);
    }

    private static double NearestSegment(ReadOnlySpan<Vec2> polyline, Vec2 p, int from, int to, ref int nearest)
    {
        double best = double.PositiveInfinity;
        for (int i = from; i < to; i++)
        {
            double d = PathMath.DistanceToSegment(p, polyline[i], polyline[i + 1]);
            if (d < best)
            {
                best = d;
                nearest = i;
            }
        }

        return best;
    }

    // kind 0: quad, 1: cubic, 2: SVG arc (several cubics).
    internal static Path RandomCurve(TestRandom rng, int kind)
    {
        var b = new PathBuilder().MoveTo(rng.NextPoint(0, 100));
        switch (kind)
        {
            case 0:
                b.QuadTo(rng.NextPoint(-20, 120), rng.NextPoint(0, 100));
                break;
            case 1:
                b.CubicTo(rng.NextPoint(-20, 120), rng.NextPoint(-20, 120), rng.NextPoint(0, 100));
                break;
            default:
                b.ArcTo(rng.NextDouble(5, 80), rng.NextDouble(5, 80), rng.NextDouble(0, 360), rng.NextBool(), rng.NextBool(), rng.NextPoint(0, 100));
                break;
        }

        return b.Build();
    }
}
