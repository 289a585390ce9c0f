namespace Ornament.Generators.Noise;

/// <summary>Octave settings shared by fBm and ridged multifractal noise.</summary>
/// <param name="Octaves">Number of octaves (1…16).</param>
/// <param name="Lacunarity">Frequency factor between octaves (≈ 2).</param>
/// <param name="Gain">Amplitude factor between octaves (≈ 0.5).</param>
/// <param name="Offset">Ridged only: each octave contributes (Offset − |n|)².</param>
internal readonly record struct FractalSettings(int Octaves = 5, float Lacunarity = 2f, float Gain = 0.5f, float Offset = 1f)
{
    /// <summary>Five octaves, lacunarity 2, gain ½, offset 1.</summary>
    public static FractalSettings Default => new(5);
}

/// <summary>Fractal sums over <see cref="GradientNoise"/>: fBm, ridged multifractal and domain warping, as scalar
/// functions and as batch twins that give bitwise identical results (the per-octave base noise runs through
/// <see cref="NoiseBatch"/>, the accumulation repeats the scalar operation order element by element).</summary>
internal static class Fractal
{
    /// <summary>Offset added to each octave's coordinates so octaves do not share the lattice origin.</summary>
    private const float OctaveShift = 17.31f;

    /// <summary>Fractional Brownian motion normalised by the sum of amplitudes, so |fbm| ≤ 1.</summary>
    public static float Fbm(GradientNoise noise, float x, float y, FractalSettings s)
    {
        float sum = 0f, amp = 1f, freq = 1f, norm = 0f;
        for (int o = 0; o < s.Octaves; o++)
        {
            float shift = o * OctaveShift;
            sum += amp * noise.Sample((x * freq) + shift, (y * freq) + shift);
            norm += amp;
            amp *= s.Gain;
            freq *= s.Lacunarity;
        }

        return sum / norm;
    }

    /// <summary>Ridged multifractal (Musgrave): each octave adds (offset − |n|)², weighted by the previous octave's
    /// signal so valleys stay smooth and crests sharp. Normalised to 0…1.</summary>
    public static float Ridged(GradientNoise noise, float x, float y, FractalSettings s)
    {
        float sum = 0f, amp = 1f, freq = 1f, norm = 0f, weight = 1f;
        for (int o = 0; o < s.Octaves; o++)
        {
            float shift = o * OctaveShift;
            float n = noise.Sample((x * freq) + shift, (y * freq) + shift);
            float r = s.Offset - MathF.Abs(n);
            r *= r;
            r *= weight;
            weight = MathF.Min(1f, MathF.Max(0f, r * 2f));
            sum += amp * r;
            norm += amp * s.Offset * s.Offset;
            amp *= s.Gain;
            freq *= s.Lacunarity;
        }

        return sum / norm;
    }

    /// <summary>Domain-warped fBm f(p + k·q) with q = (fbm(p), fbm(p + (5.2, 1.3))) (Quilez).</summary>
    public static float Warped(GradientNoise noise, float x, float y, FractalSettings s, float strength = 4f)
    {
        float qx = Fbm(noise, x, y, s);
        float qy = Fbm(noise, x + 5.2f, y + 1.3f, s);
        return Fbm(noise, x + (strength * qx), y + (strength * qy), s);
    }

    /// <summary>Batch fBm: dest[i] = the scalar Fbm(xs[i], ys[i]) bit for bit.</summary>
    public static void Fbm(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, FractalSettings s) =>
        FbmBatch(noise, xs, ys, dest, s, NoiseBatch.Path.Auto);

    /// <summary>Batch ridged multifractal: dest[i] = the scalar Ridged(xs[i], ys[i]) bit for bit.</summary>
    public static void Ridged(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, FractalSettings s) =>
        RidgedBatch(noise, xs, ys, dest, s, NoiseBatch.Path.Auto);

    /// <summary>Batch domain-warped fBm: dest[i] = the scalar Warped(xs[i], ys[i]) bit for bit.</summary>
    public static void Warped(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, FractalSettings s, float strength = 4f) =>
        WarpedBatch(noise, xs, ys, dest, s, strength, NoiseBatch.Path.Auto);

    internal static void FbmBatch(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, FractalSettings s, NoiseBatch.Path path)
    {
        int n = xs.Length;
        var px = new float[n];
        var py = new float[n];
        var nv = new float[n];
        dest.Clear();
        float amp = 1f, freq = 1f, norm = 0f;
        for (int o = 0; o < s.Octaves; o++)
        {
            SampleOctave(noise, xs, ys, px, py, nv, freq, o * OctaveShift, path);
            for (int i = 0; i < n; i++)
            {
                dest[i] += amp * nv[i];
            }

            norm += amp;
            amp *= s.Gain;
            freq *= s.Lacunarity;
        }

        for (int i = 0; i < n; i++)
        {
            dest[i] /= norm;
        }
    }

    internal static void RidgedBatch(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, FractalSettings s, NoiseBatch.Path path)
    {
        int n = xs.Length;
        var px = new float[n];
        var py = new float[n];
        var nv = new float[n];
        var weight = new float[n];
        weight.AsSpan().Fill(1f);
        dest.Clear();
        float amp = 1f, freq = 1f, norm = 0f;
        for (int o = 0; o < s.Octaves; o++)
        {
            SampleOctave(noise, xs, ys, px, py, nv, freq, o * OctaveShift, path);
            for (int i = 0; i < n; i++)
            {
                float r = s.Offset - MathF.Abs(nv[i]);
                r *= r;
                r *= weight[i];
                weight[i] = MathF.Min(1f, MathF.Max(0f, r * 2f));
                dest[i] += amp * r;
            }

            norm += amp * s.Offset * s.Offset;
            amp *= s.Gain;
            freq *= s.Lacunarity;
        }

        for (int i = 0; i < n; i++)
        {
            dest[i] /= norm;
        }
    }

    // One octave of a batch: the points scaled by the octave's frequency and shifted off the lattice, then sampled.
    private static void SampleOctave(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, float[] px, float[] py, float[] nv,
        float freq, float shift, NoiseBatch.Path path)
    {
        for (int i = 0; i < xs.Length; i++)
        {
            px[i] = (xs[i] * freq) + shift;
            py[i] = (ys[i] * freq) + shift;
        }

        NoiseBatch.Sample(noise, px, py, nv, path);
    }

    internal static void WarpedBatch(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, FractalSettings s, float strength, NoiseBatch.Path path)
    {
        int n = xs.Length;
        var qx = new float[n];
        var qy = new float[n];
        var bx = new float[n];
        var by = new float[n];
        FbmBatch(noise, xs, ys, qx, s, path);
        for (int i = 0; i < n; i++)
        {
            bx[i] = xs[i] + 5.2f;
            by[i] = ys[i] + 1.3f;
        }

        FbmBatch(noise, bx, by, qy, s, path);
        for (int i = 0; i < n; i++)
        {
            bx[i] = xs[i] + (strength * qx[i]);
            by[i] = ys[i] + (strength * qy[i]);
        }

        FbmBatch(noise, bx, by, dest, s, path);
    }
}
