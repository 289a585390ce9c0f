using Ornament.Generators;
using Ornament.Generators.Noise;

namespace Ornament.Generators.Tests.Noise;

public class NoiseTests
{
    private static (float[] Xs, float[] Ys) Points(int n, float spread)
    {
        var r = new SeededRandom(42);
        var xs = new float[n];
        var ys = new float[n];
        for (int i = 0; i < n; i++)
        {
            xs[i] = (float)r.Range(-spread, spread);
            ys[i] = (float)r.Range(-spread, spread);
        }

        // Lattice points and cell edges are where rounding differences would show first.
        xs[0] = 0f;
        ys[0] = 0f;
        xs[1] = 3f;
        ys[1] = -2f;
        xs[2] = -0.999999f;
        ys[2] = 1e-7f;
        return (xs, ys);
    }

    [Theory]
    [InlineData((int)NoiseBatch.Path.Vector128)]
    [InlineData((int)NoiseBatch.Path.Vector256)]
    [InlineData((int)NoiseBatch.Path.Auto)]
    public void Batch_matches_scalar_bitwise(int pathCode)
    {
        var path = (NoiseBatch.Path)pathCode;
        var noise = new GradientNoise(1234);
        var (xs, ys) = Points(20_003, 300f);
        var batch = new float[xs.Length];
        NoiseBatch.Sample(noise, xs, ys, batch, path);
        for (int i = 0; i < xs.Length; i++)
        {
            float s = noise.Sample(xs[i], ys[i]);
            Assert.True(BitConverter.SingleToInt32Bits(s) == BitConverter.SingleToInt32Bits(batch[i]), $"point {i} ({xs[i]}, {ys[i]}): scalar {s} batch {batch[i]}");
        }
    }

    [Theory]
    [InlineData((int)NoiseBatch.Path.Vector128)]
    [InlineData((int)NoiseBatch.Path.Vector256)]
    public void Batch_matches_scalar_bitwise_over_lengths_0_to_67(int pathCode)
    {
        // Every split between whole vectors of 8, one of 4 and the scalar tail.
        var path = (NoiseBatch.Path)pathCode;
        var noise = new GradientNoise(99);
        var (xs, ys) = Points(67, 50f);
        for (int n = 0; n <= 67; n++)
        {
            var batch = new float[n];
            NoiseBatch.Sample(noise, xs.AsSpan(0, n), ys.AsSpan(0, n), batch, path);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(noise.Sample(xs[i], ys[i])), BitConverter.SingleToInt32Bits(batch[i]));
            }
        }
    }

    [Theory]
    [InlineData((int)NoiseBatch.Path.Scalar)]
    [InlineData((int)NoiseBatch.Path.Vector128)]
    [InlineData((int)NoiseBatch.Path.Vector256)]
    public void Fractal_batches_match_scalar_bitwise(int pathCode)
    {
        var path = (NoiseBatch.Path)pathCode;
        var noise = new GradientNoise(77);
        var s = new FractalSettings(6, 2.03f, 0.52f, 1f);
        var (xs, ys) = Points(4_001, 40f);
        var fbm = new float[xs.Length];
        var ridged = new float[xs.Length];
        var warped = new float[xs.Length];
        Fractal.FbmBatch(noise, xs, ys, fbm, s, path);
        Fractal.RidgedBatch(noise, xs, ys, ridged, s, path);
        Fractal.WarpedBatch(noise, xs, ys, warped, s, 3.5f, path);
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(Fractal.Fbm(noise, xs[i], ys[i], s)), BitConverter.SingleToInt32Bits(fbm[i]));
            Assert.Equal(BitConverter.SingleToInt32Bits(Fractal.Ridged(noise, xs[i], ys[i], s)), BitConverter.SingleToInt32Bits(ridged[i]));
            Assert.Equal(BitConverter.SingleToInt32Bits(Fractal.Warped(noise, xs[i], ys[i], s, 3.5f)), BitConverter.SingleToInt32Bits(warped[i]));
        }
    }

    [Fact]
    public void Base_noise_is_bounded_uses_its_range_and_vanishes_on_the_lattice()
    {
        var noise = new GradientNoise(9);
        var (xs, ys) = Points(200_000, 500f);
        float min = 0, max = 0;
        double sum = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            float n = noise.Sample(xs[i], ys[i]);
            Assert.InRange(n, -1f, 1f);
            min = Math.Min(min, n);
            max = Math.Max(max, n);
            sum += n;
        }

        Assert.True(max > 0.6f && min < -0.6f, $"range [{min}, {max}] is too narrow");
        Assert.InRange(sum / xs.Length, -0.02, 0.02);
        Assert.Equal(0f, noise.Sample(5f, -7f));
        Assert.NotEqual(noise.Sample(0.5f, 0.5f), new GradientNoise(10).Sample(0.5f, 0.5f));
    }

    [Fact]
    public void Fractals_are_normalised()
    {
        var noise = new GradientNoise(5);
        var (xs, ys) = Points(50_000, 100f);
        var s = FractalSettings.Default;
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.InRange(Fractal.Fbm(noise, xs[i], ys[i], s), -1f, 1f);
            Assert.InRange(Fractal.Ridged(noise, xs[i], ys[i], s), 0f, 1f);
            Assert.InRange(Fractal.Warped(noise, xs[i], ys[i], s), -1f, 1f);
        }
    }

    [Fact]
    public void Torus_variant_tiles_exactly()
    {
        var t = new TileableNoise(new GradientNoise(3), 8, 5);
        var r = new SeededRandom(1);
        for (int i = 0; i < 10_000; i++)
        {
            double x = (float)r.Range(-20, 20), y = (float)r.Range(-20, 20);
            float n = t.Sample(x, y);
            Assert.Equal(n, t.Sample(x + 8, y));
            Assert.Equal(n, t.Sample(x - 16, y));
            Assert.Equal(n, t.Sample(x, y + 5));
            Assert.Equal(t.Fbm(x, y), t.Fbm(x + 8, y - 5));
        }

        // Inside the period the torus noise equals the plain noise only up to the wrap seam, so check it is not constant.
        Assert.NotEqual(t.Sample(0.3, 0.4), t.Sample(1.3, 0.4));
    }
}
