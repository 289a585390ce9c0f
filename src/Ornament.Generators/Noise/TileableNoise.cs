namespace Ornament.Generators.Noise;

/// <summary>Gradient noise on a torus: the lattice indices wrap with the periods, so
/// n(x + PeriodX, y) == n(x, y) and n(x, y + PeriodY) == n(x, y) exactly (coordinates are taken in double precision
/// so adding an integer period does not round the in-cell offset). For seamless felt and texture tiles.</summary>
/// <param name="Noise">The underlying field (its seed).</param>
/// <param name="PeriodX">Horizontal period in lattice cells (≥ 1).</param>
/// <param name="PeriodY">Vertical period in lattice cells (≥ 1).</param>
internal readonly record struct TileableNoise(GradientNoise Noise, int PeriodX, int PeriodY)
{
    /// <summary>The periodic noise at (x, y), in [−1, 1].</summary>
    public float Sample(double x, double y)
    {
        double fx = Math.Floor(x), fy = Math.Floor(y);
        int px = Math.Max(1, PeriodX), py = Math.Max(1, PeriodY);
        int ix0 = Wrap(fx, px), iy0 = Wrap(fy, py);
        int ix1 = ix0 + 1 == px ? 0 : ix0 + 1;
        int iy1 = iy0 + 1 == py ? 0 : iy0 + 1;
        return GradientNoise.Core(Noise.Seed, ix0, iy0, ix1, iy1, (float)(x - fx), (float)(y - fy));
    }

    /// <summary>Periodic fBm; the periods double with each octave, so the sum keeps the base periods.</summary>
    public float Fbm(double x, double y, int octaves = 4, float gain = 0.5f)
    {
        float sum = 0f, amp = 1f, norm = 0f;
        double freq = 1;
        int px = Math.Max(1, PeriodX), py = Math.Max(1, PeriodY);
        for (int o = 0; o < octaves; o++)
        {
            var layer = new TileableNoise(new GradientNoise(Noise.Seed + (uint)(o * 0x9E37u)), px << o, py << o);
            sum += amp * layer.Sample(x * freq, y * freq);
            norm += amp;
            amp *= gain;
            freq *= 2;
        }

        return sum / norm;
    }

    private static int Wrap(double cell, int period)
    {
        double m = cell - (Math.Floor(cell / period) * period);
        int i = (int)m;
        return i >= period ? i - period : (i < 0 ? i + period : i);
    }
}
