using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>One-signed contours (convex, or one descending and one ascending chain that never cross) skip the
/// exactness bookkeeping and are emitted from two cell ranges per row. The classification must never accept a
/// contour whose chains cross, and the path must match the oracle — including wide rows (two ranges and a constant
/// run), narrow rows (ranges merged), sub-pixel steps and shapes clipped on either side.</summary>
public class MonotonePathTests
{
    private const int W = 40, H = 32;

    private static Vec2[] P(params double[] xy) => Enumerable.Range(0, xy.Length / 2).Select(i => new Vec2(xy[2 * i], xy[(2 * i) + 1])).ToArray();

    [Theory]
    [InlineData(true, new double[] { 0, 0, 4, 0, 4, 4, 0, 4 })] // square
    [InlineData(true, new double[] { 2, 0, 3, 0, 3, 1, 4, 1, 4, 2, 3, 2, 3, 3, 2, 3, 2, 2, 1, 2, 1, 1, 2, 1 })] // plus
    [InlineData(true, new double[] { 2, 0, 3, 0, 3, 1, 4, 1, 4, 2, 3, 2, 3, 3, 2, 3, 2, 2, 1, 2, 1, 1, 2, 1, 2, 0 })] // repeated closing point
    [InlineData(true, new double[] { 0, 0, 4, 4, 0, 8, 2, 4 })] // arrowhead: concave, chains apart
    [InlineData(true, new double[] { 0, 0, 2, 2, 4, 4, 6, 3, 2, 2, 3, 1 })] // chains touch at a vertex without crossing
    [InlineData(false, new double[] { 0, 0, 2, 2, 4, 4, 1, 3, 2, 2, 3, 1 })] // chains cross at a shared vertex
    [InlineData(false, new double[] { 0, 0, 4, 4, 0, 8, 4, 8 })] // chains cross inside an edge
    [InlineData(false, new double[] { 0, 0, 2, 2, 2, 0, 0, 2 })] // bow-tie
    [InlineData(false, new double[] { 0, 0, 1, 0, 1, 3, 2, 3, 2, 0, 3, 0, 3, 4, 0, 4 })] // U: not monotone in y
    [InlineData(false, new double[] { 10, 0, 16, 18, 1, 7, 19, 7, 4, 18 })] // pentagram
    [InlineData(false, new double[] { 0, 0, 4, 0 })] // two points
    [InlineData(false, new double[] { 0, 0, 1e-13, 5, 0, 10, 1e-13, 15, 0, 20, 1e-12, 10 })] // chains too close to trust
    [InlineData(false, new double[] { 0, 0, 1e308, 0, 1e308, 1e308, -1e308, double.NaN })] // not a number
    public void Classification(bool simple, double[] xy)
    {
        Assert.Equal(simple, Rasterizer.IsMonotoneSimple(P(xy)));
        Assert.Equal(simple, Rasterizer.IsMonotoneSimple(P(xy).Reverse().ToArray()));
    }

    [Fact]
    public void Crossing_chains_at_a_vertex_match_the_oracle()
    {
        // The two chains touch at (2, 2)·s and swap sides there: winding +1 on one side, −1 on the other, in one pixel.
        var raster = new Rasterizer();
        var scalar = new Rasterizer(SimdWidth.Scalar);
        foreach (double s in new[] { 3.0, 5.5, 7.25 })
        {
            foreach (double dx in new[] { 0.0, 0.3, 0.5 })
            {
                var pts = P(0, 0, 2, 2, 4, 4, 1, 3, 2, 2, 3, 1).Select(p => (p * s) + new Vec2(5 + dx, 2 + dx)).ToArray();
                Assert.False(Rasterizer.IsOneSign(pts));
                CoverageOracleTests.AssertMatchesOracleAndScalar(raster, scalar, [pts], $"pinch s={s} dx={dx}");
            }
        }
    }

    [Theory]
    [InlineData("apart", 600)]
    [InlineData("stairs", 600)]
    [InlineData("any", 600)]
    public void Two_chain_contours_match_the_oracle(string kind, int count)
    {
        var rng = new TestRandom(kind == "apart" ? 51UL : kind == "stairs" ? 52UL : 53UL);
        var raster = new Rasterizer();
        var scalar = new Rasterizer(SimdWidth.Scalar);
        int simple = 0, wide = 0;
        for (int n = 0; n < count; n++)
        {
            var pts = kind == "stairs" ? Stairs(rng) : TwoChains(rng, kind == "apart");
            if (rng.NextDouble() < 0.5)
            {
                pts.Reverse();
            }

            var arr = pts.ToArray();
            bool oneSign = Rasterizer.IsOneSign(arr);
            simple += oneSign ? 1 : 0;
            wide += oneSign && arr.Max(p => p.X) - arr.Min(p => p.X) > 20 ? 1 : 0;
            CoverageOracleTests.AssertMatchesOracleAndScalar(raster, scalar, [pts], $"{kind} #{n}");
        }

        if (kind == "any")
        {
            // Random chains cross often: both paths must be exercised.
            Assert.InRange(simple, count / 10, count * 9 / 10);
        }
        else
        {
            Assert.True(simple > count * 9 / 10, $"only {simple} of {count} took the one-signed path");
            Assert.True(wide > count / 10, $"only {wide} of {count} were wide");
        }
    }

    // One descending chain and one ascending chain over shared rows; "apart" keeps the right chain right of the left
    // one (one-signed, sometimes touching), otherwise the chains are independent and may cross.
    private static List<Vec2> TwoChains(TestRandom rng, bool apart)
    {
        double top = rng.NextDouble(-4, H - 2), bottom = top + rng.NextDouble(0.3, 30);
        int k = rng.NextInt(0, 8);
        var ys = Enumerable.Range(0, k).Select(_ => rng.NextDouble(top, bottom)).Order().ToArray();
        double cx = rng.NextDouble(-10, W + 10), spread = rng.NextDouble(0.2, 25);
        var left = new List<Vec2> { new(cx, top) };
        var right = new List<Vec2> { new(cx + (rng.NextDouble() < 0.5 ? 0 : rng.NextDouble(0, spread)), top) };
        foreach (double y in ys)
        {
            double l = cx + rng.NextDouble(-spread, spread);
            double r = apart ? l + (rng.NextDouble() < 0.1 ? 0 : rng.NextDouble(0, spread)) : cx + rng.NextDouble(-spread, spread);
            left.Add(new(l, y));
            right.Add(new(r, y));
        }

        double lb = cx + rng.NextDouble(-spread, spread);
        left.Add(new(lb, bottom));
        if (rng.NextDouble() < 0.5)
        {
            right.Add(new(apart ? lb + rng.NextDouble(0, spread) : cx + rng.NextDouble(-spread, spread), bottom));
        }

        // Down the left chain, then up the right one (the shared bottom vertex when the right chain has none there).
        right.Reverse();
        return [.. left, .. right];
    }

    // Stepped diamonds and crosses (the carpet scene's staircases), steps from sub-pixel to several pixels.
    private static List<Vec2> Stairs(TestRandom rng)
    {
        double Snap(double v) => rng.NextDouble() < 0.3 ? Math.Round(v) : v;
        double cx = Snap(rng.NextDouble(-8, W + 8)), top = Snap(rng.NextDouble(-6, H - 2));
        int steps = rng.NextInt(1, 8);
        double step = rng.NextDouble(0.2, 4), half = rng.NextDouble(0, 2);
        var right = new List<Vec2>();
        double x = cx + half, y = top;
        right.Add(new(cx - half, y));
        right.Add(new(x, y));
        for (int s = 0; s < steps; s++)
        {
            y = Snap(y + step);
            right.Add(new(x, y));
            x = Snap(x + step);
            right.Add(new(x, y));
        }

        // Mirror the right half about the vertical axis through cx for the left half, and the top half for the bottom.
        double mid = y + rng.NextDouble(0, 3);
        var half1 = new List<Vec2>(right);
        for (int i = right.Count - 1; i >= 1; i--)
        {
            half1.Add(new(right[i].X, (2 * mid) - right[i].Y));
        }

        var all = new List<Vec2>(half1);
        for (int i = half1.Count - 1; i >= 2; i--)
        {
            all.Add(new((2 * cx) - half1[i].X, half1[i].Y));
        }

        return all;
    }
}
