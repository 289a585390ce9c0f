namespace Ornament.Testing;

/// <summary>A seeded generator for tests (SplitMix64); never System.Random, whose sequence is not a contract.</summary>
public sealed class TestRng(ulong seed)
{
    private ulong _s = seed;

    /// <summary>64 random bits.</summary>
    public ulong NextULong()
    {
        ulong z = _s += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [lo, hi).</summary>
    public double Range(double lo, double hi) => lo + ((hi - lo) * NextDouble());

    /// <summary>Uniform integer in [lo, hi).</summary>
    public int Next(int lo, int hi) => lo + (int)(NextULong() % (ulong)(hi - lo));
}
