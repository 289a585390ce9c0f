using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>Single contours of four or more y-monotone chains that never meet (brush strokes: arcs, hooks, zigzags)
/// skip the exactness bookkeeping and are emitted from one cell range per chain. The classification must never accept
/// a contour that crosses or touches itself, and the path must match the oracle and the scalar kernels.</summary>
public class ChainPathTests
{
    private const int W = 40, H = 32;

    private static Vec2[] P(params double[] xy) => Enumerable.Range(0, xy.Length / 2).Select(i => new Vec2(xy[2 * i], xy[(2 * i) + 1])).ToArray();

    [Theory]
    [InlineData(4, new double[] { 0, 10, 5, 0, 10, 10, 8, 9.5, 5, 3, 2, 9.5 })] // arch: inner arc inside the outer one
    [InlineData(4, new double[] { 5, 0, 10, 10, 8, 9.5, 5, 3, 2, 9.5, 0, 10 })] // the same, starting at the top
    [InlineData(4, new double[] { 7.5, 5, 10, 10, 8, 9.5, 5, 3, 2, 9.5, 0, 10, 5, 0 })] // starting inside a chain
    [InlineData(4, new double[] { 0, 10, 5, 0, 5, 0, 10, 10, 8, 9.5, 5, 3, 2, 9.5, 0, 10 })] // repeated points at joins
    [InlineData(6, new double[] { 0, 0, 4, 8, 8, 0, 12, 8, 12, 10, 8, 2, 4, 10, 0, 2 })] // zigzag stroke
    [InlineData(4, new double[] { 0, 0, 3, 6, 6, 0, 5, 0.001, 3, 4, 1, 0.001 })] // a V inside a V, one edge almost flat
    [InlineData(0, new double[] { 0, 10, 5, 0, 10, 10, 8, 9.5, 5, -1, 2, 9.5 })] // inner arc pokes through the outer one
    [InlineData(0, new double[] { 3, 0, 5, 5, 7, 0, 5.5, 1, 5, 5, 5, 8, 0, 9, 0, 0.5 })] // a chain through a V's tip
    [InlineData(0, new double[] { 0, 10, 5, 0, 10, 10, 8, 9.5, 5, 0, 2, 9.5 })] // inner arc touches the outer top vertex
    [InlineData(0, new double[] { 0, 10, 5, 0, 10, 10, 8, 10, 5, 3, 2, 10 })] // horizontal edges where chains join
    [InlineData(0, new double[] { 0, 0, 4, 0, 4, 4, 0, 4 })] // two chains: IsMonotoneSimple's case
    [InlineData(0, new double[] { 0, 0, 4, 8, 8, 0, 12, 8, 12, 10, 8, 2, 4, 10, 0, 2, 0, 12, 1, -1 })] // tail crosses
    [InlineData(0, new double[] { 0, 0, 3, 6, 6, 0, 5, 0.001, 3.00000000005, 5.9999999999, 1, 0.001 })] // 1e−10 apart: not trusted
    [InlineData(0, new double[] { 0, 10, 5, 0, 10, 10, 8, 9.5, 5, 3, 2, double.NaN })] // not a number
    public void Classification(int chains, double[] xy)
    {
        Assert.Equal(chains, Rasterizer.SimpleChainCount(P(xy)));
        Assert.Equal(chains, Rasterizer.SimpleChainCount(P(xy).Reverse().ToArray()));
    }

    [Fact]
    public void Accepted_classification_cases_match_the_oracle()
    {
        var raster = new Rasterizer();
        var scalar = new Rasterizer(SimdWidth.Scalar);
        var shapes = new[]
        {
            P(0, 10, 5, 0, 10, 10, 8, 9.5, 5, 3, 2, 9.5),
            P(0, 0, 4, 8, 8, 0, 12, 8, 12, 10, 8, 2, 4, 10, 0, 2),
            P(0, 0, 3, 6, 6, 0, 5, 0.001, 3, 4, 1, 0.001),
            P(3, 0, 5, 5, 7, 0, 5.5, 1, 5, 5, 5, 8, 0, 9, 0, 0.5),
            P(0, 10, 5, 0, 10, 10, 8, 9.5, 5, -1, 2, 9.5),
        };
        foreach (var shape in shapes)
        {
            foreach (double s in new[] { 1.0, 2.5, 3.3 })
            {
                foreach (double d in new[] { 0.0, 0.37, -3.0 })
                {
                    var pts = shape.Select(p => (p * s) + new Vec2(2 + d, 1 + (d / 2))).ToArray();
                    CoverageOracleTests.AssertMatchesOracleAndScalar(raster, scalar, [pts], $"shape s={s} d={d}");
                    CoverageOracleTests.AssertMatchesOracleAndScalar(raster, scalar, [pts.Reverse().ToArray()], $"reversed s={s} d={d}");
                }
            }
        }
    }

    [Theory]
    [InlineData("strokes", 800)]
    [InlineData("zigzags", 500)]
    [InlineData("polygons", 600)]
    public void Many_chain_contours_match_the_oracle(string kind, int count)
    {
        var rng = new TestRandom(kind == "strokes" ? 61UL : kind == "zigzags" ? 62UL : 63UL);
        var raster = new Rasterizer();
        var scalar = new Rasterizer(SimdWidth.Scalar);
        int accepted = 0, rejected = 0;
        for (int n = 0; n < count; n++)
        {
            var pts = kind switch
            {
                "strokes" => Stroke(rng),
                "zigzags" => Zigzag(rng),
                _ => Polygon(rng),
            };
            if (rng.NextBool())
            {
                Array.Reverse(pts);
            }

            if (!Rasterizer.IsOneSign(pts))
            {
                if (Rasterizer.SimpleChainCount(pts) > 0)
                {
                    accepted++;
                }
                else
                {
                    rejected++;
                }
            }

            CoverageOracleTests.AssertMatchesOracleAndScalar(raster, scalar, [pts], $"{kind} #{n}");
        }

        // Both ways must be exercised: strokes and zigzags are mostly simple, random polygons mostly cross.
        Assert.True(accepted > (kind == "polygons" ? count / 50 : count / 4), $"only {accepted} of {count} took the chain path");
        Assert.True(rejected > count / 50, $"only {rejected} of {count} fell back");
    }

    // The outline of a thick curved polyline (a brush stroke): the left offsets forward, the right ones back. Tight
    // turns under a wide brush fold the outline over itself (those must fall back).
    private static Vec2[] Stroke(TestRandom rng)
    {
        int m = rng.NextInt(2, 12);
        double x = rng.NextDouble(-4, W + 4), y = rng.NextDouble(-4, H + 4);
        double heading = rng.NextDouble(0, 2 * Math.PI), turn = rng.NextDouble(-0.8, 0.8), step = rng.NextDouble(0.4, 5);
        double w = rng.NextDouble(0.05, 3);
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
        for (int i = 0; i < centre.Count; i++)
        {
            var a = centre[Math.Max(0, i - 1)];
            var b = centre[Math.Min(centre.Count - 1, i + 1)];
            var d = b - a;
            double len = Math.Sqrt((d.X * d.X) + (d.Y * d.Y));
            var nrm = new Vec2(-d.Y / len, d.X / len) * (w * rng.NextDouble(0.6, 1.0));
            left.Add(centre[i] + nrm);
            right.Add(centre[i] - nrm);
        }

        right.Reverse();
        return [.. left, .. right];
    }

    // A band between two zigzag lines a random vertical distance apart, sometimes overlapping (then it crosses).
    private static Vec2[] Zigzag(TestRandom rng)
    {
        int teeth = rng.NextInt(2, 13); // up to 24 chains
        double x = rng.NextDouble(-6, 10), y = rng.NextDouble(-2, H - 6);
        double dx = rng.NextDouble(0.5, 6), amp = rng.NextDouble(0.3, 10), gap = rng.NextDouble(-0.3, 4);
        var upper = new List<Vec2>();
        for (int i = 0; i <= 2 * teeth - 1; i++)
        {
            upper.Add(new(x + (i * dx) + rng.NextDouble(-0.2, 0.2), y + ((i & 1) == 1 ? amp : 0) + rng.NextDouble(-0.2, 0.2)));
        }

        var lower = upper.Select(p => new Vec2(p.X + rng.NextDouble(-0.1, 0.1), p.Y + gap)).Reverse();
        return [.. upper, .. lower];
    }

    private static Vec2[] Polygon(TestRandom rng)
    {
        int n = rng.NextInt(4, 10);
        return Enumerable.Range(0, n).Select(_ => new Vec2(rng.NextDouble(-3, W + 3), rng.NextDouble(-3, H + 3))).ToArray();
    }
}
