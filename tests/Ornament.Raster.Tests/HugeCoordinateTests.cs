using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>Edges far beyond the canvas are cut to the rasterizer's box in double precision before anything else,
/// so huge but finite coordinates fill exactly what they cover.</summary>
public class HugeCoordinateTests
{
    private const int W = 40, H = 32;

    [Theory]
    [InlineData(1e12)]
    [InlineData(1e30)]
    [InlineData(1e300)]
    public void A_huge_triangle_covering_the_canvas_fills_it(double s)
    {
        List<IReadOnlyList<Vec2>> tri = [new List<Vec2> { new(-s, -s), new(3 * s, -s), new(-s, 3 * s) }];
        foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
        {
            var cov = CoverageOracleTests.Rasterize(new Rasterizer(), tri, rule);
            Assert.All(cov, c => Assert.Equal(255, c));
        }
    }

    [Theory]
    [InlineData(1e12, 1e12)]
    [InlineData(-1e12, 5)]
    [InlineData(5, 1e15)]
    [InlineData(1e300, -1e300)]
    public void A_triangle_far_away_draws_nothing(double x, double y)
    {
        List<IReadOnlyList<Vec2>> tri = [new List<Vec2> { new(x, y), new(x + (Math.Abs(x) * 1e-3) + 9, y), new(x, y + (Math.Abs(y) * 1e-3) + 9) }];
        var cov = CoverageOracleTests.Rasterize(new Rasterizer(), tri, FillRule.NonZero);
        Assert.All(cov, c => Assert.Equal(0, c));
    }

    // The edge y = 5.3 + 0.37·x − 0.004·x·(its far ends), crossing the canvas diagonally, with the far vertices at
    // distance d: at 1e5 the oracle computes it directly; at 1e8 (beyond the box) and 1e12 the rasterizer must
    // still land within one level of that.
    [Theory]
    [InlineData(1e8)]
    [InlineData(1e12)]
    public void A_huge_polygon_edge_through_the_canvas_matches_the_oracle(double d)
    {
        static List<IReadOnlyList<Vec2>> Poly(double d) =>
        [
            new List<Vec2> { new(-d, 5.3 - (0.37 * d)), new(d, 5.3 + (0.37 * d)), new(-d, d) },
            new List<Vec2> { new(d, 31.1 - (0.61 * d)), new(-d, 31.1 + (0.61 * d)), new(d, -d) },
        ];

        var raster = new Rasterizer();
        foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
        {
            CoverageOracleTests.AssertWithinOneLevel(ReferenceRasterizer.Rasterize(Poly(1e5), rule, W, H), CoverageOracleTests.Rasterize(raster, Poly(d), rule), $"{d} {rule}");
        }
    }

    [Fact]
    public void The_moderate_polygon_is_not_trivial()
    {
        // Guards the test above: its reference picture has partial, full and empty pixels.
        List<IReadOnlyList<Vec2>> p =
        [
            new List<Vec2> { new(-1e5, 5.3 - (0.37 * 1e5)), new(1e5, 5.3 + (0.37 * 1e5)), new(-1e5, 1e5) },
            new List<Vec2> { new(1e5, 31.1 - (0.61 * 1e5)), new(-1e5, 31.1 + (0.61 * 1e5)), new(1e5, -1e5) },
        ];
        var cov = CoverageOracleTests.Rasterize(new Rasterizer(), p, FillRule.EvenOdd);
        Assert.Contains(cov, c => c == 0);
        Assert.Contains(cov, c => c == 255);
        Assert.Contains(cov, c => c is > 10 and < 245);
    }
}
