using Ornament.Generators;

namespace Ornament.Paint.Tests;

/// <summary>SplitMix64: deterministic test data without System.Random.</summary>
internal sealed class TestRandom(ulong seed)
{
    private readonly SeededRandom _rng = new(seed);

    public ulong Next() => _rng.NextULong();

    public int Int(int max) => (int)(Next() % (ulong)max);

    public byte Byte() => (byte)Next();

    public double Double() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Coverage with long runs of 0 and 255 (to hit the fast paths) and random edges.</summary>
    public byte[] Coverage(int n)
    {
        var c = new byte[n];
        int i = 0;
        while (i < n)
        {
            int run = 1 + Int(12);
            int kind = Int(3);
            for (int k = 0; k < run && i < n; k++, i++)
            {
                c[i] = kind switch { 0 => 0, 1 => 255, _ => Byte() };
            }
        }

        return c;
    }

    /// <summary>Valid premultiplied pixels (channel ≤ alpha), with some opaque and some transparent runs.</summary>
    public byte[] PremulPixels(int n)
    {
        var p = new byte[n * 4];
        int mode = Int(3);
        for (int i = 0; i < n; i++)
        {
            int a = mode switch { 0 => 255, 1 => Int(3) == 0 ? 0 : 255, _ => Byte() };
            if (Int(8) == 0)
            {
                a = Byte();
            }

            p[(i * 4) + 3] = (byte)a;
            for (int c = 0; c < 3; c++)
            {
                p[(i * 4) + c] = (byte)(a == 0 ? 0 : Int(a + 1));
            }
        }

        return p;
    }
}
