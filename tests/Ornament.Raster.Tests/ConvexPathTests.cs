using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>Single convex contours skip the complex-cell bookkeeping; the classification must never call a
/// self-overlapping contour convex, and the convex path must match the oracle.</summary>
public class ConvexPathTests
{
    private const int W = 40, H = 32;

    private static Vec2[] P(params double[] xy) => Enumerable.Range(0, xy.Length / 2).Select(i => new Vec2(xy[2 * i], xy[(2 * i) + 1])).ToArray();

    [Theory]
    [InlineData(true, new double[] { 0, 0, 4, 0, 0, 3 })]
    [InlineData(true, new double[] { 0, 0, 0, 3, 4, 0 })]
    [InlineData(true, new double[] { 0, 0, 4, 0, 4, 4, 0, 4 })]
    [InlineData(true, new double[] { 0, 0, 2, 0, 4, 0, 4, 4, 4, 4, 0, 4 })] // collinear and repeated points
    [InlineData(true, new double[] { 1, 0, 3, 0, 4, 1, 4, 3, 3, 4, 1, 4, 0, 3, 0, 1 })] // octagon
    [InlineData(false, new double[] { 0, 0, 4, 0, 2, 1, 4, 4, 0, 4 })] // concave
    [InlineData(false, new double[] { 0, 0, 2, 2, 2, 0, 0, 2 })] // bow-tie
    [InlineData(false, new double[] { 0, 0, 2, 2, 2, 0, 0, 2, 0, 2 })] // bow-tie, the crossing turn behind a repeated point
    [InlineData(false, new double[] { 0, 0, 2, 2, 2, 2, 2, 0, 2, 0, 0, 2, 0, 2 })] // every turn behind a repeated point
    [InlineData(false, new double[] { 10, 0, 16, 18, 1, 7, 19, 7, 4, 18 })] // pentagram: turns of one sign, twice around
    [InlineData(false, new double[] { 0, 0, 4, 0, 0, 0, 4, 0 })] // back and forth
    [InlineData(false, new double[] { 0, 0, 1e308, 0, 1e308, 1e308, -1e308, 1e308 })] // overflows: not trusted
    public void Classification(bool convex, double[] xy) => Assert.Equal(convex, Rasterizer.IsConvex(P(xy)));

    [Theory]
    [InlineData("tiny", 2000)]
    [InlineData("thin", 600)]
    [InlineData("offcanvas", 400)]
    public void Convex_contours_match_the_oracle(string kind, int count)
    {
        var rng = new TestRandom(kind == "tiny" ? 41UL : kind == "thin" ? 42UL : 43UL);
        var raster = new Rasterizer();
        var scalar = new Rasterizer(SimdWidth.Scalar);
        int convex = 0;
        for (int n = 0; n < count; n++)
        {
            List<Vec2> pts;
            if (kind == "tiny")
            {
                // The tiny scene: triangles of 0.2 to 3 px, often several edges in one pixel.
                var o = new Vec2(rng.NextDouble(0, W), rng.NextDouble(0, H));
                double s = rng.NextDouble(0.2, 3);
                pts = [o, o + new Vec2(rng.NextDouble(-s, s), rng.NextDouble(-s, s)), o + new Vec2(rng.NextDouble(-s, s), rng.NextDouble(-s, s))];
            }
            else if (kind == "thin")
            {
                var a = new Vec2(rng.NextDouble(0, W), rng.NextDouble(0, H));
                var b = new Vec2(rng.NextDouble(0, W), rng.NextDouble(0, H));
                var d = (b - a).Perpendicular.Normalized() * rng.NextDouble(0.01, 1.5);
                pts = [a, b, b + d, a + d];
            }
            else
            {
                var c = new Vec2(rng.NextDouble(-10, W + 10), rng.NextDouble(-10, H + 10));
                double r = rng.NextDouble(1, 25);
                int k = rng.NextInt(3, 10);
                pts = [.. Enumerable.Range(0, k).Select(_ => rng.NextDouble(0, 2 * Math.PI)).Order().Select(a => c + (Vec2.FromAngle(a) * r))];
            }

            if (rng.NextDouble() < 0.5)
            {
                pts.Reverse();
            }

            convex += Rasterizer.IsConvex(pts.ToArray()) ? 1 : 0;
            CoverageOracleTests.AssertMatchesOracleAndScalar(raster, scalar, [pts], $"{kind} #{n}");
        }

        Assert.True(convex > count * 9 / 10, $"only {convex} of {count} took the convex path");
    }
}
