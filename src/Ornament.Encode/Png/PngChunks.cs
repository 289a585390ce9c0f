using System.Buffers.Binary;
using System.IO;

namespace Ornament.Encode.Png;

/// <summary>PNG chunk vocabulary shared by the writer and the reader: signature, chunk type codes, chunk framing.</summary>
internal static class PngChunks
{
    /// <summary>The 8-byte PNG signature.</summary>
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Chunk types as big-endian 32-bit codes, so a switch compares one integer.
    public const uint Ihdr = 0x49484452; // IHDR
    public const uint Plte = 0x504C5445; // PLTE
    public const uint Idat = 0x49444154; // IDAT
    public const uint Iend = 0x49454E44; // IEND
    public const uint Trns = 0x74524E53; // tRNS
    public const uint Srgb = 0x73524742; // sRGB
    public const uint Phys = 0x70485973; // pHYs
    public const uint Text = 0x74455874; // tEXt
    public const uint Ztxt = 0x7A545874; // zTXt
    public const uint Itxt = 0x69545874; // iTXt

    /// <summary>Largest chunk length the PNG format allows (2^31 − 1).</summary>
    public const int MaxChunkLength = int.MaxValue;

    /// <summary>Inches per metre are fixed; 300 dpi is 11811 px/m.</summary>
    private const double MetresPerInch = 0.0254;

    /// <summary>True when bit 5 of the first byte is clear: a decoder must understand the chunk.</summary>
    public static bool IsCritical(uint type) => (type & 0x2000_0000u) == 0;

    /// <summary>The four-letter name of a chunk type, for messages; non-letters are shown as escapes.</summary>
    public static string Name(uint type)
    {
        Span<char> s = stackalloc char[4];
        for (int i = 0; i < 4; i++)
        {
            char c = (char)((type >> (24 - (8 * i))) & 0xFF);
            s[i] = char.IsAsciiLetter(c) ? c : '?';
        }

        return new string(s);
    }

    /// <summary>True when all four type bytes are ASCII letters (the PNG rule).</summary>
    public static bool IsValidType(uint type)
    {
        for (int i = 0; i < 4; i++)
        {
            if (!char.IsAsciiLetter((char)((type >> (8 * i)) & 0xFF)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes one whole chunk: length, type, data, CRC of type + data.</summary>
    public static void Write(Stream output, uint type, ReadOnlySpan<byte> data)
    {
        Span<byte> head = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        BinaryPrimitives.WriteUInt32BigEndian(head[4..], type);
        output.Write(head);
        output.Write(data);

        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Append(Crc32.Compute(head[4..]), data));
        output.Write(crc);
    }

    /// <summary>Converts dots per inch to the whole pixels per metre pHYs stores (rounded to nearest).</summary>
    public static uint DpiToPixelsPerMetre(double dpi)
    {
        double ppm = Math.Round(dpi / MetresPerInch, MidpointRounding.AwayFromZero);
        if (!double.IsFinite(dpi) || dpi <= 0 || ppm < 1 || ppm > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "DPI must be a positive number whose pixels-per-metre fits the pHYs chunk.");
        }

        return (uint)ppm;
    }

    /// <summary>Throws unless <paramref name="keyword"/> is a legal PNG text keyword.</summary>
    public static void ValidateKeyword(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        bool ok = keyword.Length is >= 1 and <= 79 && keyword[0] != ' ' && keyword[^1] != ' '
            && !keyword.Contains("  ", StringComparison.Ordinal);
        foreach (char c in keyword)
        {
            ok &= c is (>= ' ' and <= '~') or (>= '\u00A1' and <= '\u00FF');
        }

        if (!ok)
        {
            throw new ArgumentException($"'{keyword}' is not a PNG keyword (1–79 printable Latin-1 characters, no leading, trailing or doubled spaces).", nameof(keyword));
        }
    }
}
