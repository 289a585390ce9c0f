using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>The fast paths of the core against the exact-area oracle: vertical pieces written once per row pattern,
/// short edge runs accumulated inline, run ends that join the neighbouring constant run.</summary>
public class FastPathOracleTests
{
    private const int W = 40, H = 32;

    // Axis-aligned staircases and rectangles with fractional and integer corners (the carpet scene's shapes),
    // overlapping sub-paths of both orientations, and rectangles touching the clip's left edge.
    private static List<IReadOnlyList<Vec2>> AxisAligned(TestRandom rng)
    {
        var list = new List<IReadOnlyList<Vec2>>();
        int k = rng.NextInt(1, 4);
        for (int i = 0; i < k; i++)
        {
            double Snap(double v) => rng.NextDouble() < 0.3 ? Math.Round(v) : rng.NextDouble() < 0.2 ? Math.Round(v * 2) / 2 : v;
            double x0 = Snap(rng.NextDouble(-6, W - 4)), y0 = Snap(rng.NextDouble(-4, H - 4));
            var pts = new List<Vec2>();
            if (rng.NextDouble() < 0.5)
            {
                double x1 = Snap(x0 + rng.NextDouble(0.2, 20)), y1 = Snap(y0 + rng.NextDouble(0.2, 18));
                pts.AddRange([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1)]);
            }
            else
            {
                // A staircase: right and down steps, then back along the bottom and left side.
                double x = x0, y = y0;
                pts.Add(new(x, y));
                int steps = rng.NextInt(2, 7);
                for (int s = 0; s < steps; s++)
                {
                    x = Snap(x + rng.NextDouble(0.3, 4));
                    pts.Add(new(x, y));
                    y = Snap(y + rng.NextDouble(0.3, 4));
                    pts.Add(new(x, y));
                }

                pts.Add(new(x0, y));
            }

            if (rng.NextDouble() < 0.5)
            {
                pts.Reverse();
            }

            list.Add(pts);
        }

        return list;
    }

    // 45° and axis-aligned edges mixed (octagons, diamonds), the carpet's other edge kind.
    private static List<IReadOnlyList<Vec2>> Octagon(TestRandom rng)
    {
        var c = new Vec2(rng.NextDouble(4, W - 4), rng.NextDouble(4, H - 4));
        double a = rng.NextDouble(0.5, 12), b = rng.NextDouble(0, 8);
        var pts = new List<Vec2>
        {
            c + new Vec2(-b, -a - b), c + new Vec2(b, -a - b), c + new Vec2(a + b, -b), c + new Vec2(a + b, b),
            c + new Vec2(b, a + b), c + new Vec2(-b, a + b), c + new Vec2(-a - b, b), c + new Vec2(-a - b, -b),
        };
        return [pts];
    }

    [Theory]
    [InlineData("axis", 400)]
    [InlineData("octagon", 300)]
    public void Matches_oracle_within_one_level(string kind, int count)
    {
        var rng = new TestRandom(kind == "axis" ? 31UL : 32UL);
        var raster = new Rasterizer();
        var scalar = new Rasterizer(SimdWidth.Scalar);
        for (int n = 0; n < count; n++)
        {
            var poly = kind == "axis" ? AxisAligned(rng) : Octagon(rng);
            CoverageOracleTests.AssertMatchesOracleAndScalar(raster, scalar, poly, $"{kind} #{n}");
        }
    }

    [Fact]
    public void A_rectangle_on_pixel_boundaries_is_all_constant_runs()
    {
        // Every pixel is fully covered or empty, so the edge cells join the interior run: no per-pixel spans.
        var raster = new Rasterizer();
        var sink = new CoverageCollector(W, H);
        var flat = Flattener.Flatten(Shapes.Rectangle(3, 2, 17, 9), Affine.Identity);
        raster.Fill(flat, FillRule.NonZero, new PixelRect(0, 0, W, H), ref sink);
        Assert.Equal(17 * 9, sink.ConstantPixels);
        Assert.Equal(9, sink.Calls);
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                Assert.Equal(x is >= 3 and < 20 && y is >= 2 and < 11 ? 255 : 0, sink.Coverage[(y * W) + x]);
            }
        }
    }
}

/// <summary>Pieces lying exactly on the right edge of the path's box land in the cell just past it.</summary>
public class RightEdgeCellTests
{
    [Fact]
    public void Two_contours_meeting_on_the_right_edge_of_the_box_render_like_the_oracle()
    {
        // Both quadrilaterals end at x = 10 (the box's right edge) on the canvas, by edges so nearly vertical that
        // x rounds to exactly 10 there, and overlap in row 5: the cell past the box holds pieces of two chains,
        // which once made the exact fix index past the coverage row (found with a point at 9.2e18).
        List<IReadOnlyList<Vec2>> p =
        [
            new List<Vec2> { new(0, -1e9), new(10 - 1e-9, -1e9), new(10, 5.5), new(0, 5.5) },
            new List<Vec2> { new(2.5, 5.2), new(10, 5.2), new(10 - 1e-9, 1e9), new(2.5, 1e9) },
            new List<Vec2> { new(0, 12), new(10, 14), new(10, 20), new(4, 20), new(10, 17) },
        ];
        foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
        {
            CoverageOracleTests.AssertWithinOneLevel(ReferenceRasterizer.Rasterize(p, rule, 40, 32), CoverageOracleTests.Rasterize(new Rasterizer(), p, rule), $"{rule}");
        }
    }
}
