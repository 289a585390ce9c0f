using Ornament.Generators;

namespace Ornament.Testing;

/// <summary>A tiny seeded SplitMix64 generator for tests: the same seed gives the same sequence on every machine and
/// runtime (System.Random is banned for determinism).</summary>
public sealed class TestRandom
{
    private readonly SeededRandom _rng;

    /// <summary>Starts the sequence for <paramref name="seed"/>.</summary>
    public TestRandom(ulong seed) => _rng = new SeededRandom(seed);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64() => _rng.NextULong();

    /// <summary>Uniform in [0, 1), with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [<paramref name="lo"/>, <paramref name="hi"/>).</summary>
    public double NextDouble(double lo, double hi) => lo + ((hi - lo) * NextDouble());

    /// <summary>Uniform integer in [<paramref name="lo"/>, <paramref name="hi"/>) (hi exclusive).</summary>
    public int NextInt(int lo, int hi)
    {
        if (hi <= lo)
        {
            throw new ArgumentOutOfRangeException(nameof(hi), hi, "The range is empty.");
        }

        ulong span = (ulong)((long)hi - lo);
        return (int)(lo + (long)(NextUInt64() % span)); // modulo bias is below 2^-32 for int spans: fine for tests.
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool NextBool(double p = 0.5) => NextDouble() < p;
}
