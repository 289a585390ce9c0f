using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>The real rasterizer against the exact-area oracle on seeded random polygons.</summary>
public class CoverageOracleTests
{
    private const int W = 40, H = 32;

    public static TheoryData<string, int> Kinds()
    {
        var d = new TheoryData<string, int>();
        foreach (var k in new[] { "convex", "concave", "selfintersecting", "sliver", "subpixel", "huge", "offcanvas", "multicontour" })
        {
            d.Add(k, 130);
        }

        return d;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Matches_oracle_within_one_level(string kind, int count)
    {
        var rng = new TestRandom(Seed(kind));
        var raster = new Rasterizer();
        int worst = 0;
        string worstAt = "";
        for (int n = 0; n < count; n++)
        {
            var contours = MakePolygon(kind, rng);
            foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
            {
                var expected = ReferenceRasterizer.Rasterize(contours, rule, W, H);
                var actual = Rasterize(raster, contours, rule);
                for (int i = 0; i < expected.Length; i++)
                {
                    int d = Math.Abs(expected[i] - actual[i]);
                    if (d > worst)
                    {
                        worst = d;
                        worstAt = $"{kind} #{n} {rule} pixel ({i % W},{i / W}): oracle {expected[i]}, rasterizer {actual[i]}";
                    }
                }
            }
        }

        Assert.True(worst <= 1, "largest difference " + worst + " at " + worstAt);
    }

    [Fact]
    public void Integer_translation_shifts_coverage_exactly()
    {
        var rng = new TestRandom(77);
        var raster = new Rasterizer();
        for (int n = 0; n < 100; n++)
        {
            var poly = MakePolygon("selfintersecting", rng);
            var a = Rasterize(raster, poly, FillRule.NonZero);
            var moved = poly.Select(c => (IReadOnlyList<Vec2>)c.Select(p => p + new Vec2(3, 2)).ToList()).ToList();
            var b = Rasterize(raster, moved, FillRule.NonZero);
            for (int y = 0; y < H - 2; y++)
            {
                for (int x = 0; x < W - 3; x++)
                {
                    // Only pixels whose source is fully on the canvas in both.
                    Assert.Equal(a[(y * W) + x], b[((y + 2) * W) + x + 3]);
                }
            }
        }
    }

    [Fact]
    public void Total_coverage_equals_polygon_area()
    {
        var rng = new TestRandom(99);
        var raster = new Rasterizer();
        for (int n = 0; n < 200; n++)
        {
            var pts = Enumerable.Range(0, 3).Select(_ => new Vec2(rng.NextDouble(2, W - 2), rng.NextDouble(2, H - 2))).ToList();
            double area = Math.Abs(Vec2.Cross(pts[1] - pts[0], pts[2] - pts[0])) / 2;
            var cov = Rasterize(raster, [pts], FillRule.NonZero);
            double sum = cov.Sum(c => (double)c) / 255;
            // Each pixel's byte is rounded once: at most half a level per pixel of the triangle's box.
            int box = (int)((Math.Ceiling(pts.Max(p => p.X)) - Math.Floor(pts.Min(p => p.X))) * (Math.Ceiling(pts.Max(p => p.Y)) - Math.Floor(pts.Min(p => p.Y))));
            Assert.True(Math.Abs(sum - area) <= (box * 0.5 / 255) + 1e-9, $"triangle {n}: area {area}, coverage sum {sum}");
        }
    }

    [Fact]
    public void Band_height_does_not_change_output_for_tall_shapes()
    {
        // A shape much taller than one band is cut at band boundaries; the rows must not show seams.
        var raster = new Rasterizer();
        const int w = 64, h = 300;
        var c = new List<Vec2> { new(3.3, 1.7), new(60.2, 40.1), new(20.5, 297.9), new(50.5, 150.25) };
        var sink = new CoverageCollector(w, h);
        var flat = Flattener.Flatten(Shapes.Polygon(c.ToArray()), Affine.Identity);
        raster.Fill(flat, FillRule.EvenOdd, new PixelRect(0, 0, w, h), ref sink);
        var expected = ReferenceRasterizer.Rasterize([c], FillRule.EvenOdd, w, h);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - sink.Coverage[i]) <= 1, $"pixel ({i % w},{i / w}): oracle {expected[i]}, rasterizer {sink.Coverage[i]}");
        }
    }

    [Fact]
    public void Clip_rect_gives_the_same_rows_as_a_full_render()
    {
        var rng = new TestRandom(5);
        var raster = new Rasterizer();
        for (int n = 0; n < 50; n++)
        {
            var poly = MakePolygon("multicontour", rng);
            var full = Rasterize(raster, poly, FillRule.NonZero);
            var flat = ToFlat(poly);
            var sink = new CoverageCollector(W, H);
            raster.Fill(flat, FillRule.NonZero, new PixelRect(0, 7, W, 19), ref sink);
            for (int y = 0; y < H; y++)
            {
                for (int x = 0; x < W; x++)
                {
                    byte want = y is >= 7 and < 19 ? full[(y * W) + x] : (byte)0;
                    Assert.Equal(want, sink.Coverage[(y * W) + x]);
                }
            }
        }
    }

    /// <summary>Every pixel of <paramref name="actual"/> within one level of the oracle's <paramref name="expected"/>
    /// (both W × H rows); the message names <paramref name="label"/> and the first pixel off.</summary>
    internal static void AssertWithinOneLevel(byte[] expected, byte[] actual, string label)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1, $"{label} pixel ({i % W},{i / W}): oracle {expected[i]}, rasterizer {actual[i]}");
        }
    }

    /// <summary>Under both fill rules: <paramref name="raster"/> within one level of the oracle, and byte-equal to
    /// <paramref name="scalar"/> (the scalar twin).</summary>
    internal static void AssertMatchesOracleAndScalar(Rasterizer raster, Rasterizer scalar, IReadOnlyList<IReadOnlyList<Vec2>> poly, string label)
    {
        foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
        {
            var actual = Rasterize(raster, poly, rule);
            AssertWithinOneLevel(ReferenceRasterizer.Rasterize(poly, rule, W, H), actual, $"{label} {rule}");
            Assert.Equal(actual, Rasterize(scalar, poly, rule));
        }
    }

    internal static byte[] Rasterize(Rasterizer raster, IReadOnlyList<IReadOnlyList<Vec2>> contours, FillRule rule)
    {
        var sink = new CoverageCollector(W, H);
        raster.Fill(ToFlat(contours), rule, new PixelRect(0, 0, W, H), ref sink);
        return sink.Coverage;
    }

    private static FlattenedPath ToFlat(IReadOnlyList<IReadOnlyList<Vec2>> contours)
    {
        var flat = new FlattenedPath();
        foreach (var c in contours)
        {
            foreach (var p in c)
            {
                flat.Add(p);
            }

            flat.EndContour(true);
        }

        return flat;
    }

    private static ulong Seed(string kind)
    {
        ulong h = 1469598103934665603UL;
        foreach (char ch in kind)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return h;
    }

    internal static List<IReadOnlyList<Vec2>> MakePolygon(string kind, TestRandom rng)
    {
        Vec2 P(double x0, double y0, double x1, double y1) => new(rng.NextDouble(x0, x1), rng.NextDouble(y0, y1));
        var c = new Vec2(rng.NextDouble(8, W - 8), rng.NextDouble(8, H - 8));
        switch (kind)
        {
            case "convex":
            {
                int n = rng.NextInt(3, 12);
                double r = rng.NextDouble(2, 14);
                var angles = Enumerable.Range(0, n).Select(_ => rng.NextDouble(0, 2 * Math.PI)).Order().ToList();
                return [angles.Select(a => c + (Vec2.FromAngle(a) * r)).ToList()];
            }

            case "concave":
            {
                int n = rng.NextInt(5, 16);
                var pts = Enumerable.Range(0, n).Select(i => c + (Vec2.FromAngle(i * 2 * Math.PI / n) * rng.NextDouble(2, 14))).ToList();
                return [pts];
            }

            case "selfintersecting":
                return [Enumerable.Range(0, rng.NextInt(4, 12)).Select(_ => P(1, 1, W - 1, H - 1)).ToList()];
            case "sliver":
            {
                var a = P(0, 0, W, H);
                var b = P(0, 0, W, H);
                var d = (b - a).Perpendicular.Normalized() * rng.NextDouble(0.01, 0.6);
                return [new List<Vec2> { a, b, Vec2.Lerp(a, b, rng.NextDouble()) + d }];
            }

            case "subpixel":
            {
                var o = P(1, 1, W - 2, H - 2);
                return [Enumerable.Range(0, rng.NextInt(3, 7)).Select(_ => o + new Vec2(rng.NextDouble(0, 1.2), rng.NextDouble(0, 1.2))).ToList()];
            }

            case "huge":
                return [Enumerable.Range(0, rng.NextInt(3, 8)).Select(_ => P(-200, -200, W + 200, H + 200)).ToList()];
            case "offcanvas":
                return [Enumerable.Range(0, rng.NextInt(3, 9)).Select(_ => P(-20, -15, W + 20, H + 15)).ToList()];
            default:
            {
                var list = new List<IReadOnlyList<Vec2>>();
                int k = rng.NextInt(2, 4);
                for (int i = 0; i < k; i++)
                {
                    var cc = P(4, 4, W - 4, H - 4);
                    double r = rng.NextDouble(2, 12);
                    bool reverse = rng.NextDouble() < 0.5;
                    var pts = Enumerable.Range(0, rng.NextInt(3, 9)).Select(j => cc + (Vec2.FromAngle(j * 2 * Math.PI / 8) * r)).ToList();
                    if (reverse)
                    {
                        pts.Reverse();
                    }

                    list.Add(pts);
                }

                return list;
            }
        }
    }
}
