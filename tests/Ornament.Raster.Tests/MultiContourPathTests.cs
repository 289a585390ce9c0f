using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>Paths of several contours take the one-signed path (no owners, no exact fix) only when accumulation is
/// provably exact for them: every contour one-signed, boxes disjoint, contours of opposite winding sharing no pixel.
/// Accepted paths must match the oracle and the kernel twins; everything else must take the general path.</summary>
public class MultiContourPathTests
{
    private const int W = 72, H = 48;

    private static Vec2[] Rect(double x0, double y0, double x1, double y1, bool reverse = false)
    {
        Vec2[] r = [new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1)];
        return reverse ? [.. r.Reverse()] : r;
    }

    private static Vec2[] Reversed(Vec2[] pts) => [.. pts.Reverse()];

    // A band between two zigzag lines: 2·teeth y-monotone chains, none meeting.
    private static Vec2[] Zigzag(double x, double y, int teeth, double dx, double amp, double gap)
    {
        var upper = Enumerable.Range(0, 2 * teeth).Select(i => new Vec2(x + (i * dx), y + ((i & 1) == 1 ? amp : 0))).ToList();
        var lower = upper.Select(p => new Vec2(p.X, p.Y + gap)).Reverse();
        return [.. upper, .. lower];
    }

    private static Vec2[] Bowtie(double x, double y, double s) => [new(x, y), new(x + s, y + s), new(x + s, y), new(x, y + s)];

    // A five-pointed star drawn in one stroke: winding 2 in the middle, crossings at every inner corner.
    private static Vec2[] Pentagram(double cx, double cy, double r) =>
        [.. Enumerable.Range(0, 5).Select(k => new Vec2(cx + (r * Math.Sin(k * 4 * Math.PI / 5)), cy - (r * Math.Cos(k * 4 * Math.PI / 5))))];

    private static Vec2[] Triangle(double x, double y, double s, bool reverse) =>
        reverse ? [new(x, y), new(x, y + s), new(x + s, y + (s / 2))] : [new(x, y), new(x + s, y + (s / 2)), new(x, y + s)];

    /// <summary>An arch: chains apart (4), like a bent brush stroke.</summary>
    private static Vec2[] Arch(double x, double y, double s) =>
        [.. new[] { 0, 10, 5, 0, 10, 10, 8, 9.5, 5, 3, 2, 9.5 }.Chunk(2).Select(p => new Vec2(x + (p[0] * s), y + (p[1] * s)))];

    private static Vec2[][] Grid(int count, double size, double pitch)
    {
        var list = new List<Vec2[]>();
        for (int i = 0; i < count; i++)
        {
            double x = 1 + ((i % 8) * pitch), y = 1 + ((i / 8) * pitch);
            list.Add((i % 3) switch
            {
                0 => Rect(x + 0.2, y + 0.3, x + size, y + size - 0.1, reverse: (i & 1) == 1),
                1 => Triangle(x + 0.4, y, size - 0.5, reverse: (i & 2) == 2),
                _ => Arch(x, y + 0.5, size / 11),
            });
        }

        return [.. list];
    }

    public static TheoryData<string> Accepted() =>
    [
        "two squares", "opposite signs a pixel apart", "opposite signs meeting on a pixel line", "shared pixel, same sign",
        "touching boxes, same sign", "sixteen contours", "zigzags", "stacked in y", "repeated closing points",
        "partly off the canvas", "arcs of both orientations", "more chains than slots",
    ];

    public static TheoryData<string> Rejected() =>
    [
        "overlapping boxes", "nested contour", "opposite signs sharing a pixel", "opposite signs sharing a corner pixel",
        "self-crossing contour", "zero-area bow tie", "seventeen contours", "two-point contour", "zero-area contour", "one point repeated",
        "overlapping in y only by a hair",
    ];

    private static Vec2[][] Shape(string name) => name switch
    {
        "two squares" => [Rect(2, 2, 12, 10), Rect(30.5, 20.25, 44, 40)],
        "opposite signs a pixel apart" => [Rect(2, 2, 9.5, 9), Rect(10, 2.5, 20, 9.7, reverse: true)],
        "opposite signs meeting on a pixel line" => [Rect(2, 2, 10, 9), Rect(10, 2, 20, 9, reverse: true)],
        "shared pixel, same sign" => [Rect(2, 2, 9.5, 9), Rect(9.7, 3.2, 20, 12.5), Triangle(3, 9.2, 6, false)],
        "touching boxes, same sign" => [Rect(2, 2, 9.5, 9), Rect(9.5, 2, 20, 9), Rect(2, 9, 9.5, 15.5)],
        "sixteen contours" => Grid(16, 7.5, 8.8),
        "zigzags" => [Zigzag(1, 2, 3, 3.3, 6, 2.5), Reversed(Zigzag(26, 1.5, 2, 4.1, 9, 3)), Zigzag(1, 20.5, 5, 2.9, 7, 1.2)],
        "stacked in y" => [Arch(4, 1, 2.1), Reversed(Arch(14, 24, 2)), Triangle(1, 23.5, 8, true)],
        "repeated closing points" => [[.. Rect(2, 2, 12, 10), new(2, 2)], [new(20, 20), new(20, 20), .. Rect(20, 20, 30.5, 33.3)]],
        "partly off the canvas" => [Rect(-8, 3, 5.5, 12), Reversed(Zigzag(-20, 20, 4, 5, 8, 3)), Rect(60, 30, 90, 60), Arch(30, -10, 2.5)],
        "arcs of both orientations" => [Arch(1, 1, 2.2), Reversed(Arch(25.5, 1, 2.2)), Arch(49, 1.5, 2.1), Reversed(Arch(1, 24, 2.3))],
        "overlapping boxes" => [Rect(2, 2, 12, 12), Rect(8, 5, 20, 15)],
        "nested contour" => [Rect(2, 2, 30, 30), Rect(8, 8, 20, 20, reverse: true)],
        "opposite signs sharing a pixel" => [Rect(2, 2, 9.5, 9), Rect(9.7, 3.2, 20, 12.5, reverse: true)],
        "opposite signs sharing a corner pixel" => [Rect(2, 2, 9.5, 9.3), Rect(9.6, 9.6, 20, 20, reverse: true)],
        "self-crossing contour" => [Rect(2, 2, 9.5, 9), Pentagram(22.3, 14.2, 11.5), Rect(40, 2, 50, 9)],
        "zero-area bow tie" => [Rect(2, 2, 9.5, 9), Bowtie(12.3, 2.2, 8), Rect(30, 2, 40, 9)],
        "seventeen contours" => Grid(17, 7.5, 8.8),
        "two-point contour" => [Rect(2, 2, 9.5, 9), [new(12, 3), new(20, 11.5)]],
        "one point repeated" => [Rect(2, 2, 9.5, 9), [new(15.5, 5), new(15.5, 5), new(15.5, 5)]], // "convex", but no area
        "zero-area contour" => [Rect(2, 2, 9.5, 9), [new(12, 3), new(16, 7), new(20, 11)]],
        "more chains than slots" => [Zigzag(1, 1, 6, 2.5, 6, 2), Zigzag(1, 12, 6, 2.5, 6, 2), Zigzag(1, 24, 6, 2.5, 6, 2)], // 3 × 23 > 64: the last slot is shared
        _ /* overlapping in y only by a hair */ => [Rect(2, 2, 12, 10.000001), Rect(11.9, 10, 30, 20)],
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_paths_take_the_one_signed_path_and_match_the_oracle(string name)
    {
        var shape = Shape(name);
        Assert.True(Slots(shape) > 0, $"{name}: refused");
        Assert.True(TakesOneSignedPath(shape), $"{name}: Fill took the general path");
        AssertMatchesOracleAndTwins(shape, name);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Refused_paths_take_the_general_path(string name)
    {
        var shape = Shape(name);
        Assert.Equal(0, Slots(shape));
        Assert.False(TakesOneSignedPath(shape), $"{name}: Fill took the one-signed path");
        AssertMatchesOracleAndTwins(shape, name);
    }

    [Fact]
    public void Path_shapes()
    {
        // One contour is classified exactly as before: convex or two chains → 2 slots, k chains → k + 1, else 0.
        Assert.Equal(2, Rasterizer.PathShape(Rect(1, 1, 5, 5), [4]));
        Assert.Equal(5, Rasterizer.PathShape(Arch(0, 0, 1), [6]));
        Assert.Equal(23, Rasterizer.PathShape(Zigzag(1, 1, 6, 2.5, 6, 2), [24])); // 22 chains
        Assert.Equal(0, Rasterizer.PathShape(Bowtie(0, 0, 4), [4]));

        // Several contours: one shape, their slots numbered as they come.
        var (pts, ends) = Flatten([Rect(1, 1, 5, 5), Arch(10, 0, 1), Zigzag(30, 0, 3, 2, 5, 2)]);
        Assert.Equal(Rasterizer.SeveralContours, Rasterizer.PathShape(pts, ends));
    }

    [Fact]
    public void A_shape_worked_out_before_fills_like_one_worked_out_per_fill()
    {
        // The renderer classifies a path once when it prepares the scene and hands the shape to every band's fill.
        var rng = new TestRandom(75);
        var raster = new Rasterizer();
        for (int n = 0; n < 60; n++)
        {
            var contours = n % 3 == 0 ? [Stroke(rng)] : DisjointStrokes(rng, rng.NextInt(2, 7), mixed: n % 2 == 0);
            var (pts, ends) = Flatten(contours);
            int shape = Rasterizer.PathShape(pts, ends);
            foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
            {
                var fresh = new CoverageCollector(W, H);
                raster.Fill(pts, ends, rule, new PixelRect(0, 0, W, H), ref fresh);
                Assert.Equal(shape > 0, raster.LastFillOneSigned);
                var given = new CoverageCollector(W, H);
                raster.Fill(pts, ends, rule, new PixelRect(0, 3, W, H - 5), ref given, shape);
                Assert.Equal(shape > 0, raster.LastFillOneSigned);
                Assert.Equal(fresh.Coverage.AsSpan(3 * W, (H - 8) * W).ToArray(), given.Coverage.AsSpan(3 * W, (H - 8) * W).ToArray());
            }
        }
    }

    [Theory]
    [InlineData(71UL, false)]
    [InlineData(72UL, true)]
    [InlineData(73UL, true)]
    public void Random_sets_of_disjoint_strokes_match_the_oracle(ulong seed, bool mixedOrientation)
    {
        var rng = new TestRandom(seed);
        var raster = new Rasterizer();
        int accepted = 0, refused = 0;
        const int Sets = 150;
        for (int n = 0; n < Sets; n++)
        {
            var strokes = DisjointStrokes(rng, rng.NextInt(2, 7), mixedOrientation);
            if (strokes.Length < 2)
            {
                continue;
            }

            var (pts, ends) = Flatten(strokes);
            var sink = new CoverageCollector(W, H);
            raster.Fill(pts, ends, FillRule.NonZero, new PixelRect(0, 0, W, H), ref sink);
            if (raster.LastFillOneSigned)
            {
                accepted++;
            }
            else
            {
                refused++;
            }

            AssertMatchesOracleAndTwins(strokes, $"seed {seed} set {n}");
        }

        // Both ways must be exercised: most sets are accepted; strokes folding over themselves under a wide brush,
        // and (mixed) opposite orientations sharing a pixel, fall back.
        Assert.True(accepted > Sets / 2, $"only {accepted} of {Sets} sets took the one-signed path");
        Assert.True(refused > Sets / 50, $"only {refused} of {Sets} sets fell back");
    }

    [Fact]
    public void Rows_of_a_band_render_like_the_same_rows_of_the_whole_path()
    {
        var rng = new TestRandom(74);
        var raster = new Rasterizer();
        for (int n = 0; n < 40; n++)
        {
            var strokes = DisjointStrokes(rng, 5, mixed: true);
            var (pts, ends) = Flatten(strokes);
            var whole = new CoverageCollector(W, H);
            raster.Fill(pts, ends, FillRule.NonZero, new PixelRect(0, 0, W, H), ref whole);
            int y0 = rng.NextInt(0, H - 2), y1 = rng.NextInt(y0 + 1, H);
            var part = new CoverageCollector(W, H);
            raster.Fill(pts, ends, FillRule.NonZero, new PixelRect(0, y0, W, y1), ref part);
            Assert.Equal(whole.Coverage.AsSpan(y0 * W, (y1 - y0) * W).ToArray(), part.Coverage.AsSpan(y0 * W, (y1 - y0) * W).ToArray());
        }
    }

    // Strokes whose boxes are pairwise apart (open boxes disjoint), as StrokeBuckets merges them: curved outlines with
    // round caps, some wide enough to fold over themselves.
    private static Vec2[][] DisjointStrokes(TestRandom rng, int count, bool mixed)
    {
        var list = new List<Vec2[]>();
        var boxes = new List<(double X0, double Y0, double X1, double Y1)>();
        for (int tries = 0; list.Count < count && tries < 40; tries++)
        {
            var s = Stroke(rng);
            if (mixed && rng.NextBool())
            {
                s = Reversed(s);
            }

            var b = (s.Min(p => p.X), s.Min(p => p.Y), s.Max(p => p.X), s.Max(p => p.Y));
            if (boxes.Any(o => b.Item1 < o.X1 && o.X0 < b.Item3 && b.Item2 < o.Y1 && o.Y0 < b.Item4))
            {
                continue;
            }

            boxes.Add(b);
            list.Add(s);
        }

        return [.. list];
    }

    // The outline of a thick curved polyline with semicircular caps: left side forward, right side back.
    private static Vec2[] Stroke(TestRandom rng)
    {
        int m = rng.NextInt(1, 8);
        double x = rng.NextDouble(-3, W + 3), y = rng.NextDouble(-3, H + 3);
        double heading = rng.NextDouble(0, 2 * Math.PI), turn = rng.NextDouble(-0.7, 0.7), step = rng.NextDouble(0.8, 4);
        double r = rng.NextDouble(0.2, 3.5);
        var centre = new List<Vec2> { new(x, y) };
        for (int i = 0; i < m; i++)
        {
            heading += turn + rng.NextDouble(-0.2, 0.2);
            x += step * Math.Cos(heading);
            y += step * Math.Sin(heading);
            centre.Add(new(x, y));
        }

        var left = new List<Vec2>();
        var right = new List<Vec2>();
        Vec2 t0 = default, tn = default;
        for (int i = 0; i < centre.Count; i++)
        {
            var t = (centre[Math.Min(centre.Count - 1, i + 1)] - centre[Math.Max(0, i - 1)]).Normalized();
            if (i == 0)
            {
                t0 = t;
            }

            tn = t;
            left.Add(centre[i] + (t.Perpendicular * r));
            right.Add(centre[i] - (t.Perpendicular * r));
        }

        var outline = new List<Vec2>(left);
        Cap(outline, centre[^1], tn, r);
        right.Reverse();
        outline.AddRange(right);
        Cap(outline, centre[0], -t0, r);
        return [.. outline];
    }

    // The semicircle from c + perp(t)·r round c + t·r to c − perp(t)·r, ends excluded.
    private static void Cap(List<Vec2> into, Vec2 c, Vec2 t, double r)
    {
        const int K = 6;
        for (int k = 1; k < K; k++)
        {
            double a = Math.PI * k / K;
            into.Add(c + (t.Perpendicular * (r * Math.Cos(a))) + (t * (r * Math.Sin(a))));
        }
    }

    private static (Vec2[] Points, int[] Ends) Flatten(IReadOnlyList<Vec2[]> contours)
    {
        var ends = new int[contours.Count];
        int n = 0;
        for (int i = 0; i < contours.Count; i++)
        {
            n += contours[i].Length;
            ends[i] = n;
        }

        return ([.. contours.SelectMany(c => c)], ends);
    }

    private static int Slots(Vec2[][] shape)
    {
        var (pts, ends) = Flatten(shape);
        return Rasterizer.PathShape(pts, ends);
    }

    private static bool TakesOneSignedPath(Vec2[][] shape)
    {
        var (pts, ends) = Flatten(shape);
        var raster = new Rasterizer();
        var sink = new CoverageCollector(W, H);
        raster.Fill(pts, ends, FillRule.EvenOdd, new PixelRect(0, 0, W, H), ref sink);
        return raster.LastFillOneSigned;
    }

    private static byte[] Rasterize(Rasterizer raster, Vec2[][] shape, FillRule rule)
    {
        var (pts, ends) = Flatten(shape);
        var sink = new CoverageCollector(W, H);
        raster.Fill(pts, ends, rule, new PixelRect(0, 0, W, H), ref sink);
        return sink.Coverage;
    }

    private static readonly Rasterizer Widest = new(), Vector = new(SimdWidth.Vector128), Scalar = new(SimdWidth.Scalar);

    // Within one level of the oracle under both rules, and byte-equal across the kernel widths.
    private static void AssertMatchesOracleAndTwins(Vec2[][] shape, string label)
    {
        foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
        {
            var expected = ReferenceRasterizer.Rasterize(shape, rule, W, H);
            var actual = Rasterize(Widest, shape, rule);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= 1, $"{label} {rule} pixel ({i % W},{i / W}): oracle {expected[i]}, rasterizer {actual[i]}");
            }

            Assert.Equal(actual, Rasterize(Vector, shape, rule));
            Assert.Equal(actual, Rasterize(Scalar, shape, rule));
        }
    }
}
