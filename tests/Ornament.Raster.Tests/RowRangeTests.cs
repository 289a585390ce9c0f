using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>The general path's per-row piece ranges (Rasterizer.Ranges.cs) on crowded rows: dozens of pieces in one
/// row (the sort beyond the insertion sort), three or more pieces meeting in one cell, horizontal edges splitting
/// cells, pieces on the right border — every pixel against the exact-area oracle.</summary>
public class RowRangeTests
{
    private const int W = 40, H = 32;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Crowded_rows_match_the_oracle_within_one_level(int variant)
    {
        var rng = new TestRandom(4242 + (ulong)variant);
        var raster = new Rasterizer();
        int worst = 0;
        string worstAt = "";
        for (int n = 0; n < 40; n++)
        {
            var contours = Crowd(rng, variant);
            foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
            {
                var expected = ReferenceRasterizer.Rasterize(contours, rule, W, H);
                var actual = CoverageOracleTests.Rasterize(raster, contours, rule);
                for (int i = 0; i < expected.Length; i++)
                {
                    int d = Math.Abs(expected[i] - actual[i]);
                    if (d > worst)
                    {
                        worst = d;
                        worstAt = $"variant {variant} #{n} {rule} pixel ({i % W},{i / W}): oracle {expected[i]}, rasterizer {actual[i]}";
                    }
                }
            }
        }

        Assert.True(worst <= 1, "largest difference " + worst + " at " + worstAt);
    }

    [Fact]
    public void Rows_rendered_in_pieces_equal_the_whole()
    {
        // Each band of rows keeps its own range lists: a clip to any row range must give exactly those rows.
        var rng = new TestRandom(777);
        var raster = new Rasterizer();
        for (int n = 0; n < 20; n++)
        {
            var contours = Crowd(rng, n % 3);
            var whole = CoverageOracleTests.Rasterize(raster, contours, FillRule.EvenOdd);
            int y0 = rng.NextInt(0, H - 1), y1 = rng.NextInt(y0 + 1, H);
            var sink = new CoverageCollector(W, H);
            var flat = new FlattenedPath();
            foreach (var c in contours)
            {
                foreach (var p in c)
                {
                    flat.Add(p);
                }

                flat.EndContour(true);
            }

            raster.Fill(flat, FillRule.EvenOdd, new PixelRect(0, y0, W, y1), ref sink);
            for (int y = y0; y < y1; y++)
            {
                for (int x = 0; x < W; x++)
                {
                    Assert.Equal(whole[(y * W) + x], sink.Coverage[(y * W) + x]);
                }
            }
        }
    }

    [Fact]
    public void A_path_shape_worked_out_once_gives_the_bytes_of_fresh_fills_in_every_band()
    {
        // The renderer works out each path's shape (general or one-signed) once and hands it to the fill of every band,
        // and one rasterizer fills other paths in between: every band must equal the same rows of a fresh full fill.
        var rng = new TestRandom(31337);
        var raster = new Rasterizer();
        var convex = new List<IReadOnlyList<Vec2>> { new[] { new Vec2(3.3, 1.2), new Vec2(30.5, 4.1), new Vec2(22.7, 29.6), new Vec2(5.1, 21.9) } };
        for (int n = 0; n < 20; n++)
        {
            var paths = new[] { Flat(Crowd(rng, n % 3)), Flat(convex), Flat(Crowd(rng, (n + 1) % 3)) };
            var expected = paths.Select(p => Whole(new Rasterizer(), p)).ToArray();
            var shapes = paths.Select(p => Rasterizer.PathShape(p.Points, p.ContourEnds)).ToArray();
            var actual = paths.Select(_ => new byte[W * H]).ToArray();
            for (int y0 = 0; y0 < H; y0 += 5)
            {
                for (int i = 0; i < paths.Length; i++)
                {
                    var sink = new CoverageCollector(W, H);
                    raster.Fill(paths[i].Points, paths[i].ContourEnds, FillRule.NonZero, new PixelRect(0, y0, W, Math.Min(H, y0 + 5)), ref sink, shapes[i]);
                    for (int k = y0 * W; k < Math.Min(H, y0 + 5) * W; k++)
                    {
                        actual[i][k] = sink.Coverage[k];
                    }
                }
            }

            for (int i = 0; i < paths.Length; i++)
            {
                Assert.Equal(expected[i], actual[i]);
            }
        }
    }

    private static byte[] Whole(Rasterizer raster, FlattenedPath path)
    {
        var sink = new CoverageCollector(W, H);
        raster.Fill(path, FillRule.NonZero, new PixelRect(0, 0, W, H), ref sink);
        return sink.Coverage;
    }

    private static FlattenedPath Flat(List<IReadOnlyList<Vec2>> contours)
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

    // Variant 0: many thin slanted quads across the same rows (30+ pieces per row); 1: axis-aligned rectangles at
    // fractional coordinates (horizontal edges inside pixels, stacks of three or more edges in a cell); 2: star-like
    // triangles from a few shared points (pieces meeting at vertices, touching the right border).
    private static List<IReadOnlyList<Vec2>> Crowd(TestRandom rng, int variant)
    {
        var list = new List<IReadOnlyList<Vec2>>();
        int count = rng.NextInt(20, 45);
        for (int k = 0; k < count; k++)
        {
            switch (variant)
            {
                case 0:
                {
                    double x = rng.NextDouble(-2, W + 2), dx = rng.NextDouble(-12, 12), w = rng.NextDouble(0.05, 2.5);
                    double ya = rng.NextDouble(-2, 8), yb = rng.NextDouble(H - 8, H + 2);
                    list.Add([new Vec2(x, ya), new Vec2(x + w, ya), new Vec2(x + w + dx, yb), new Vec2(x + dx, yb)]);
                    break;
                }

                case 1:
                {
                    double x0 = rng.NextDouble(-1, W), y0 = rng.NextDouble(-1, H);
                    double x1 = x0 + rng.NextDouble(0.1, 15), y1 = y0 + rng.NextDouble(0.1, 12);
                    list.Add(rng.NextBool()
                        ? [new Vec2(x0, y0), new Vec2(x1, y0), new Vec2(x1, y1), new Vec2(x0, y1)]
                        : [new Vec2(x0, y0), new Vec2(x0, y1), new Vec2(x1, y1), new Vec2(x1, y0)]);
                    break;
                }

                default:
                {
                    var hub = new Vec2(rng.NextInt(0, 3) * (W / 2.0), rng.NextDouble(0, H));
                    var a = new Vec2(rng.NextDouble(0, W), rng.NextDouble(-3, H + 3));
                    var b = rng.NextBool(0.3) ? new Vec2(W, rng.NextDouble(0, H)) : new Vec2(rng.NextDouble(0, W), rng.NextDouble(-3, H + 3));
                    list.Add([hub, a, b]);
                    break;
                }
            }
        }

        return list;
    }
}
