using Ornament.Generators;

namespace Ornament.Encode.Tests.Png;

/// <summary>Seeded test PRNG (SplitMix64, Steele et al.): deterministic on every machine, unlike System.Random.</summary>
internal struct SplitMix64(ulong seed)
{
    private readonly SeededRandom _rng = new(seed);

    public readonly ulong Next() => _rng.NextULong();

    /// <summary>Uniform in [0, n).</summary>
    public int Below(int n) => (int)(Next() % (ulong)n);

    public byte NextByte() => (byte)Next();

    public void Fill(Span<byte> data)
    {
        foreach (ref byte b in data)
        {
            b = (byte)Next();
        }
    }
}
