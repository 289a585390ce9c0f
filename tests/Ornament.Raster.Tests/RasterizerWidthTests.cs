using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>The rasterizer gives the same coverage with every kernel width, and its constant-run fast path (the
/// inside of a shape between its edges) is exercised and checked against the oracle like every other pixel.</summary>
public class RasterizerWidthTests
{
    [Theory]
    [InlineData("convex")]
    [InlineData("selfintersecting")]
    [InlineData("huge")]
    [InlineData("sliver")]
    [InlineData("multi")]
    public void Every_width_gives_the_scalar_coverage(string kind)
    {
        var rng = new TestRandom(4242);
        var scalar = new Rasterizer(SimdWidth.Scalar);
        var v128 = new Rasterizer(SimdWidth.Vector128);
        var v256 = new Rasterizer(SimdWidth.Vector256);
        for (int n = 0; n < 60; n++)
        {
            var poly = CoverageOracleTests.MakePolygon(kind, rng);
            foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
            {
                var expected = CoverageOracleTests.Rasterize(scalar, poly, rule);
                Assert.Equal(expected, CoverageOracleTests.Rasterize(v128, poly, rule));
                Assert.Equal(expected, CoverageOracleTests.Rasterize(v256, poly, rule));
            }
        }
    }

    [Fact]
    public void Interior_runs_are_delivered_as_constant_coverage_and_match_the_oracle()
    {
        // A large diamond and a square with a hole: long interior runs at full coverage, and a zero-coverage gap.
        List<IReadOnlyList<Vec2>> shape =
        [
            new List<Vec2> { new(20.3, 1.2), new(38.6, 16.1), new(20.3, 30.7), new(1.4, 16.1) },
            new List<Vec2> { new(15.5, 12.5), new(15.5, 19.5), new(25.5, 19.5), new(25.5, 12.5) },
        ];
        foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
        {
            var sink = new CoverageCollector(40, 32);
            var flat = new FlattenedPath();
            foreach (var c in shape)
            {
                foreach (var p in c)
                {
                    flat.Add(p);
                }

                flat.EndContour(true);
            }

            new Rasterizer().Fill(flat, rule, new PixelRect(0, 0, 40, 32), ref sink);
            Assert.True(sink.ConstantPixels > 200, "interior pixels come as constant runs: " + sink.ConstantPixels);
            var expected = ReferenceRasterizer.Rasterize(shape, rule, 40, 32);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.InRange(sink.Coverage[i] - expected[i], -1, 1);
            }
        }
    }
}
