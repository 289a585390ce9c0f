namespace Ornament.Encode.Tests.Png;

/// <summary>Seeded test PRNG (SplitMix64, Steele et al.): deterministic on every machine, unlike System.Random.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15ul;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ul;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBul;
        return z ^ (z >> 31);
    }

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
