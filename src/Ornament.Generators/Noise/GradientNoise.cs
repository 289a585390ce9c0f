using System.Runtime.CompilerServices;

namespace Ornament.Generators.Noise;

/// <summary>2-D gradient (Perlin-style) noise with integer lattice hashing, evaluated in single precision with a
/// fixed operation order and no fused multiply-add, so every machine and every SIMD width gives the same bits
/// (see <see cref="NoiseBatch"/> for the vector twin). Values lie in [−1, 1].</summary>
/// <param name="Seed">Selects an independent noise field.</param>
internal readonly record struct GradientNoise(uint Seed)
{
    /// <summary>Scale that maps the raw lattice sum (|raw| ≲ 0.8 for these gradients) onto about [−1, 1]; the result is
    /// clamped so the bound is exact.</summary>
    internal const float OutputScale = 1.25f;

    /// <summary>A field seeded from a <see cref="SeedPath"/>.</summary>
    public static GradientNoise From(SeedPath seed) => new((uint)(seed.Seed ^ (seed.Seed >> 32)));

    /// <summary>The noise at (x, y); lattice period 1.</summary>
    public float Sample(float x, float y)
    {
        float fx = MathF.Floor(x), fy = MathF.Floor(y);
        int ix = (int)fx, iy = (int)fy;
        return Core(Seed, ix, iy, ix + 1, iy + 1, x - fx, y - fy);
    }

    /// <summary>The lattice core shared by the plain, batch-scalar and tileable variants: corners (ix0, iy0)…(ix1, iy1)
    /// are hashed as given (the torus variant passes wrapped indices), (dx, dy) is the offset inside the cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Core(uint seed, int ix0, int iy0, int ix1, int iy1, float dx, float dy)
    {
        float u = Fade(dx), v = Fade(dy);
        float dx1 = dx - 1f, dy1 = dy - 1f;
        float g00 = Grad(Hash(seed, ix0, iy0), dx, dy);
        float g10 = Grad(Hash(seed, ix1, iy0), dx1, dy);
        float g01 = Grad(Hash(seed, ix0, iy1), dx, dy1);
        float g11 = Grad(Hash(seed, ix1, iy1), dx1, dy1);
        float a = g00 + (u * (g10 - g00));
        float b = g01 + (u * (g11 - g01));
        float n = (a + (v * (b - a))) * OutputScale;
        return MathF.Min(1f, MathF.Max(-1f, n));
    }

    /// <summary>Quintic fade t³(t(6t − 15) + 10), written in the exact order the vector code uses.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Fade(float t) => ((t * t) * t) * ((t * ((t * 6f) - 15f)) + 10f);

    /// <summary>Integer hash of a lattice corner (xorshift-multiply finaliser on 32-bit lanes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Hash(uint seed, int ix, int iy)
    {
        uint h = ((uint)ix * 0x8DA6B343u) ^ ((uint)iy * 0xD8163841u) ^ seed;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        h *= 0x297A2D39u;
        h ^= h >> 15;
        return h;
    }

    /// <summary>Dot product with one of eight gradients (±1, ±½) or (±½, ±1), chosen by three hash bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Grad(uint h, float dx, float dy)
    {
        bool swap = (h & 4u) != 0;
        float gx = swap ? 0.5f : 1f, gy = swap ? 1f : 0.5f;
        gx = (h & 1u) != 0 ? -gx : gx;
        gy = (h & 2u) != 0 ? -gy : gy;
        return (gx * dx) + (gy * dy);
    }
}
