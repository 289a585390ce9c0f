namespace Ornament.Generators;

/// <summary>A small, fast, deterministic PRNG (SplitMix64). The same seed gives the same sequence on every machine
/// and runtime — unlike <c>System.Random</c>, whose algorithm is not a stable contract. Not thread-safe: give each
/// subsystem its own instance from <see cref="SeedPath"/>.</summary>
public sealed class SeededRandom
{
    private ulong _state;

    /// <summary>Starts a sequence.</summary>
    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextULong()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Range(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>) (unbiased).</summary>
    public int Next(int min, int maxExclusive)
    {
        if (maxExclusive <= min)
        {
            return min;
        }

        ulong range = (ulong)((long)maxExclusive - min);
        ulong limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong v;
        do
        {
            v = NextULong();
        }
        while (v >= limit);
        return (int)((long)min + (long)(v % range));
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A standard normal deviate (Box–Muller; uses two draws).</summary>
    public double NextGaussian()
    {
        double u1 = 1.0 - NextDouble(), u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>One element of a non-empty list.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>An index chosen with probability proportional to its weight.</summary>
    public int PickWeighted(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights)
        {
            total += Math.Max(0, w);
        }

        double r = NextDouble() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            r -= Math.Max(0, weights[i]);
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
