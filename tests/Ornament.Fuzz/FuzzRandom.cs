using Ornament.Generators;

namespace Ornament.Fuzz;

/// <summary>SplitMix64: the fuzzer's only source of randomness, so a run is reproduced from its seed.</summary>
internal sealed class FuzzRandom(ulong seed)
{
    private readonly SeededRandom _rng = new(seed);

    public ulong Next() => _rng.NextULong();

    /// <summary>Uniform in [0, n) (n ≥ 1).</summary>
    public int Below(int n) => (int)(Next() % (ulong)n);

    public bool Chance(int oneIn) => Below(oneIn) == 0;

    public byte Byte() => (byte)Next();
}
