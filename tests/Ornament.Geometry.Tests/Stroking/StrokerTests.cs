using Ornament.Geometry.Tests.Support;
using Ornament.Testing;

namespace Ornament.Geometry.Tests.Stroking;

public sealed class StrokerTests
{
    // Points this close to the reference boundary are not judged (rounding); round pieces add the tolerance.
    private const double Band = 0.02;
    private const double Tolerance = 0.1;

    [Theory]
    [MemberData(nameof(StrokeCases.All), MemberType = typeof(StrokeCases))]
    public void Outline_covers_exactly_the_reference_stroke(StrokeCase c)
    {
        var outline = Stroker.Stroke(c.Path, c.Style, Tolerance);
        CheckAgainstOracle(outline, Dedupe(c.Points, c.Closed), c.Closed, c.Style, new TestRandom(Seed(c.Name)), 4000);
    }

    [Fact]
    public void Random_polylines_with_every_join_and_cap_match_the_oracle()
    {
        var rng = new TestRandom(0x5A0CE);
        for (int i = 0; i < 90; i++)
        {
            var points = new Vec2[rng.NextInt(2, 8)];
            for (int k = 0; k < points.Length; k++)
            {
                points[k] = rng.NextPoint(0, 100);
            }

            bool closed = points.Length > 2 && rng.NextBool(0.3);
            var style = new StrokeStyle(
                rng.NextDouble(1, 25),
                (LineJoin)(i % 3),
                (LineCap)(i / 3 % 3),
                MiterLimit: rng.NextDouble(1, 12));
            var outline = Stroker.Stroke(new StrokeCase("random", points, closed, style).Path, style, Tolerance);
            CheckAgainstOracle(outline, points, closed, style, rng, 1500);
        }
    }

    [Fact]
    public void Round_joins_and_caps_cover_the_points_within_half_the_width()
    {
        // An oracle independent of the piece decomposition: the round stroke is the set of points within w/2.
        var rng = new TestRandom(0x20D);
        for (int i = 0; i < 30; i++)
        {
            var b = new PathBuilder().MoveTo(rng.NextPoint(0, 100));
            for (int k = rng.NextInt(1, 6); k > 0; k--)
            {
                b.LineTo(rng.NextPoint(0, 100));
            }

            var centre = b.Build();
            double hw = rng.NextDouble(0.5, 15);
            var outline = Flattener.Flatten(Stroker.Stroke(centre, new StrokeStyle(2 * hw, LineJoin.Round, LineCap.Round), Tolerance), Affine.Identity);
            var line = Flattener.Flatten(centre, Affine.Identity);
            int inside = 0;
            for (int s = 0; s < 1500; s++)
            {
                var p = rng.NextPoint(-20, 120);
                double d = PathMath.DistanceToPolylines(line, p);
                int wn = PathMath.Winding(outline, p);
                Assert.True(wn <= 0, "every piece winds the same way");
                if (d <= hw - Tolerance - Band)
                {
                    Assert.True(wn != 0, "a point closer than w/2 is not covered");
                    inside++;
                }
                else if (d >= hw + Band)
                {
                    Assert.True(wn == 0, "a point further than w/2 is covered");
                }
            }

            Assert.True(inside > 0 || hw < 2, "the sampling reached the inside");
        }
    }

    [Fact]
    public void Stroked_curves_follow_their_flattened_centre_line()
    {
        var rng = new TestRandom(0xC0BE);
        for (int i = 0; i < 24; i++)
        {
            var path = Flattening.FlattenerTests.RandomCurve(rng, i % 3);
            var style = new StrokeStyle(rng.NextDouble(2, 20), (LineJoin)(i % 3), (LineCap)(i / 3 % 3));
            var outline = Stroker.Stroke(path, style, Tolerance);
            var centre = Flattener.Flatten(path, Affine.Identity, Tolerance);
            CheckAgainstOracle(outline, Dedupe(centre.Contour(0).ToArray(), false), false, style, rng, 1500);
        }
    }

    [Theory]
    [InlineData(LineCap.Round)]
    [InlineData(LineCap.Square)]
    [InlineData(LineCap.Butt)]
    public void A_zero_length_contour_draws_a_dot_for_round_and_square_caps(LineCap cap)
    {
        var dot = new PathBuilder().MoveTo(50, 50).LineTo(50, 50).LineTo(50, 50).Build();
        var style = new StrokeStyle(10, LineJoin.Miter, cap);
        var outline = Stroker.Stroke(dot, style, Tolerance);
        if (cap == LineCap.Butt)
        {
            Assert.True(outline.IsEmpty);
            return;
        }

        CheckAgainstOracle(outline, [new Vec2(50, 50)], false, style, new TestRandom(0xD07), 3000);
        double expectedArea = cap == LineCap.Round ? Math.PI * 25 : 100;
        double area = Math.Abs(PathMath.SignedArea(Flattener.Flatten(outline, Affine.Identity)));
        Assert.InRange(area, expectedArea - (2 * Math.PI * 5 * Tolerance), expectedArea);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Invalid_widths_give_an_empty_outline(double width)
    {
        Assert.True(Stroker.Stroke(Geometry.Shapes.Circle(0, 0, 10), new StrokeStyle(width)).IsEmpty);
    }

    [Fact]
    public void Non_finite_points_and_bad_tolerances_are_handled()
    {
        var nan = new PathBuilder().MoveTo(0, 0).LineTo(double.NaN, 1).Build();
        Assert.True(Stroker.Stroke(nan, new StrokeStyle(2)).IsEmpty);
        Assert.True(Stroker.Stroke(Path.Empty, new StrokeStyle(2)).IsEmpty);
        Assert.Throws<ArgumentOutOfRangeException>(() => Stroker.Stroke(Geometry.Shapes.Circle(0, 0, 1), new StrokeStyle(1), 0));
    }

    [Fact]
    public void Straight_butt_line_is_exactly_its_rectangle()
    {
        var line = new PathBuilder().MoveTo(10, 20).LineTo(40, 20).Build();
        var flat = Flattener.Flatten(Stroker.Stroke(line, new StrokeStyle(6)), Affine.Identity);
        Assert.Equal(180, Math.Abs(PathMath.SignedArea(flat)), 9);
        Assert.Equal(new Rect(10, 17, 40, 23), flat.Bounds);
    }

    [Fact]
    public void Round_joins_use_enough_segments_for_the_tolerance()
    {
        // A round cap of radius r cut into chords with sagitta ≤ tol: the area deficit of a half disc is at most
        // the tolerance times the half circumference, and the count of points grows as tol^(-1/2).
        var line = new PathBuilder().MoveTo(0, 0).LineTo(100, 0).Build();
        int Points(double tol) => Flattener.Flatten(Stroker.Stroke(line, new StrokeStyle(200, LineJoin.Round, LineCap.Round), tol), Affine.Identity).PointCount;
        int coarse = Points(1), fine = Points(0.01);
        Assert.InRange(fine, (coarse - 8) * 9, (coarse + 8) * 11);
        var outline = Flattener.Flatten(Stroker.Stroke(line, new StrokeStyle(200, LineJoin.Round, LineCap.Round), 0.5), Affine.Identity);
        double area = Math.Abs(PathMath.SignedArea(outline));
        double exact = (100 * 200) + (Math.PI * 100 * 100);
        Assert.InRange(area, exact - (0.5 * 2 * Math.PI * 100), exact);
    }

    internal static Vec2[] Dedupe(Vec2[] points, bool closed)
    {
        var list = new List<Vec2>();
        foreach (var p in points)
        {
            if (list.Count == 0 || list[^1] != p)
            {
                list.Add(p);
            }
        }

        if (closed && list.Count > 1 && list[^1] == list[0])
        {
            list.RemoveAt(list.Count - 1);
        }

        return [.. list];
    }

    internal static void CheckAgainstOracle(Path outlinePath, IReadOnlyList<Vec2> centre, bool closed, StrokeStyle style, TestRandom rng, int samples)
    {
        var outline = Flattener.Flatten(outlinePath, Affine.Identity);
        CheckAgainstOracle(outline, [(centre, closed)], style, rng, samples);
    }

    /// <summary>Samples points around the polylines; each must be covered iff the reference says so, unless it is
    /// within the band of the reference boundary.</summary>
    internal static void CheckAgainstOracle(FlattenedPath outline, IReadOnlyList<(IReadOnlyList<Vec2> Points, bool Closed)> centre, StrokeStyle style, TestRandom rng, int samples)
    {
        var box = Rect.Empty;
        foreach (var (points, _) in centre)
        {
            foreach (var p in points)
            {
                box = box.Union(p);
            }
        }

        // Miters reach further than the width; keep a generous margin so spikes are sampled too.
        box = box.Inflate((style.Width * Math.Max(1, style.MiterLimit) / 2) + 2);
        int inside = 0, outside = 0;
        for (int s = 0; s < samples; s++)
        {
            var p = new Vec2(rng.NextDouble(box.Left, box.Right), rng.NextDouble(box.Top, box.Bottom));
            int wn = PathMath.Winding(outline, p);
            if (wn > 0)
            {
                Assert.Fail($"{p}: winding {wn}; every piece must wind the same way");
            }

            bool surelyIn = false, maybeIn = false;
            foreach (var (points, closed) in centre)
            {
                surelyIn |= StrokeOracle.Inside(p, points, closed, style, -(Band + Tolerance));
                maybeIn |= StrokeOracle.Inside(p, points, closed, style, Band);
            }

            if (surelyIn)
            {
                if (wn == 0)
                {
                    Assert.Fail($"{p} is inside the stroke but not covered");
                }

                inside++;
            }
            else if (!maybeIn)
            {
                if (wn != 0)
                {
                    Assert.Fail($"{p} is outside the stroke but covered (winding {wn})");
                }

                outside++;
            }
        }

        Assert.True(outside > 0, "no sample fell outside: the check would be vacuous");
        Assert.True(inside > 0 || style.Width < 2 * (Band + Tolerance) || centre.All(c => c.Points.Count == 1 && style.Cap == LineCap.Butt), "no sample fell inside");
    }

    private static ulong Seed(string name)
    {
        ulong h = 14695981039346656037UL; // FNV-1a: string.GetHashCode is randomised per process.
        foreach (char ch in name)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return h;
    }
}
