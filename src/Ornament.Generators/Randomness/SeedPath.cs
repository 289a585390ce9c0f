using System.Security.Cryptography;
using System.Text;

namespace Ornament.Generators;

/// <summary>A labelled seed: children are derived from the parent seed and a label (and index), so changing how
/// many numbers one subsystem draws never reshuffles another (Context Free's rule-name seeding, made explicit).</summary>
/// <param name="Seed">The 64-bit seed of this node.</param>
public readonly record struct SeedPath(ulong Seed)
{
    /// <summary>The root seed of a text: the first 8 bytes (big-endian) of SHA-256 of the UTF-8 bytes of its Unicode NFC
    /// form, so the same words typed with precomposed or combining characters give the same picture.</summary>
    public static SeedPath FromText(string text) =>
        FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC))));

    /// <summary>A root seed from the first 8 bytes (big-endian) of a hash.</summary>
    public static SeedPath FromBytes(ReadOnlySpan<byte> hash)
    {
        ulong s = 0;
        for (int i = 0; i < 8; i++)
        {
            s = (s << 8) | hash[i];
        }

        return new SeedPath(s);
    }

    /// <summary>The child seed for <paramref name="label"/> (e.g. "layout", "palette", "strokes").</summary>
    public SeedPath Child(string label, int index = 0)
    {
        Span<byte> buf = stackalloc byte[8 + 4 + Encoding.UTF8.GetMaxByteCount(label.Length)];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(buf, Seed);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(buf[8..], index);
        int n = Encoding.UTF8.GetBytes(label, buf[12..]);
        return FromBytes(SHA256.HashData(buf[..(12 + n)]));
    }

    /// <summary>A generator seeded from this node.</summary>
    public SeededRandom Random() => new(Seed);

    /// <summary>Shortcut for <c>Child(label, index).Random()</c>.</summary>
    public SeededRandom Random(string label, int index = 0) => Child(label, index).Random();
}
