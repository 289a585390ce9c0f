using System.Buffers.Binary;

namespace Ornament.Encode.Png;

/// <summary>The IHDR fields, validated: size, bit depth, colour type, interlace.</summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int ColorType, bool Interlaced)
{
    public const int Gray = 0, Rgb = 2, Palette = 3, GrayAlpha = 4, Rgba = 6;

    /// <summary>Samples per pixel.</summary>
    public int Channels => ColorType switch { Gray or Palette => 1, GrayAlpha => 2, Rgb => 3, _ => 4 };

    /// <summary>Bits per pixel in the stored rows.</summary>
    public int BitsPerPixel => Channels * BitDepth;

    /// <summary>Filter distance: bytes per complete pixel, at least 1.</summary>
    public int FilterBpp => Math.Max(1, BitsPerPixel / 8);

    /// <summary>Bytes in one stored row of <paramref name="pixels"/> pixels, without the filter byte.</summary>
    public long RowBytes(int pixels) => (((long)pixels * BitsPerPixel) + 7) / 8;

    public static PngHeader Parse(ReadOnlySpan<byte> d)
    {
        if (d.Length != 13)
        {
            throw new PngFormatException($"IHDR chunk has {d.Length} bytes; it must have 13.");
        }

        uint w = BinaryPrimitives.ReadUInt32BigEndian(d);
        uint h = BinaryPrimitives.ReadUInt32BigEndian(d[4..]);
        int depth = d[8], type = d[9];
        if (w == 0 || h == 0 || w > int.MaxValue || h > int.MaxValue)
        {
            throw new PngFormatException($"IHDR size {w}×{h} is invalid (each side must be 1…2^31 − 1).");
        }

        bool depthOk = type switch
        {
            Gray => depth is 1 or 2 or 4 or 8 or 16,
            Palette => depth is 1 or 2 or 4 or 8,
            Rgb or GrayAlpha or Rgba => depth is 8 or 16,
            _ => throw new PngFormatException($"IHDR colour type {type} is not a PNG colour type (0, 2, 3, 4 or 6)."),
        };
        if (!depthOk)
        {
            throw new PngFormatException($"IHDR bit depth {depth} is not allowed for colour type {type}.");
        }

        if (d[10] != 0)
        {
            throw new PngFormatException($"IHDR compression method {d[10]} is unknown (only 0, deflate, exists).");
        }

        if (d[11] != 0)
        {
            throw new PngFormatException($"IHDR filter method {d[11]} is unknown (only 0 exists).");
        }

        if (d[12] > 1)
        {
            throw new PngFormatException($"IHDR interlace method {d[12]} is unknown (0 none, 1 Adam7).");
        }

        return new PngHeader((int)w, (int)h, depth, type, d[12] == 1);
    }
}
