using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Ornament.Encode.Tests.Png;

/// <summary>An independent, deliberately naive PNG encoder and chunk parser for tests: bitwise CRC, its own
/// filters and sample packing, Adam7. It shares no code with Ornament.Encode, so agreement means something.</summary>
internal static class TestPng
{
    public static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private static readonly int[][] Adam7 =
    [
        [0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2],
    ];

    /// <summary>Bit-at-a-time CRC-32, the textbook definition.</summary>
    public static uint BitwiseCrc(ReadOnlySpan<byte> data, uint crc = 0)
    {
        uint c = ~crc;
        foreach (byte b in data)
        {
            c ^= b;
            for (int k = 0; k < 8; k++)
            {
                c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
            }
        }

        return ~c;
    }

    public static byte[] Chunk(string type, ReadOnlySpan<byte> data)
    {
        var o = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(o, data.Length);
        Encoding.ASCII.GetBytes(type, o.AsSpan(4));
        data.CopyTo(o.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(o.AsSpan(8 + data.Length), BitwiseCrc(o.AsSpan(4, 4 + data.Length)));
        return o;
    }

    public static byte[] Ihdr(long width, long height, int depth, int colorType, bool interlace = false)
    {
        var d = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(d, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(d.AsSpan(4), (uint)height);
        d[8] = (byte)depth;
        d[9] = (byte)colorType;
        d[12] = (byte)(interlace ? 1 : 0);
        return Chunk("IHDR", d);
    }

    public static byte[] Zlib(ReadOnlySpan<byte> data)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(data);
        }

        return ms.ToArray();
    }

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static int Channels(int colorType) => colorType switch { 0 or 3 => 1, 4 => 2, 2 => 3, _ => 4 };

    /// <summary>The filtered, uncompressed image stream: samples[y][x·channels + c] at <paramref name="depth"/>
    /// bits; row filters cycle 0,1,2,3,4 so every filter is exercised.</summary>
    public static byte[] ImageData(int width, int height, int depth, int colorType, int[][] samples, bool interlace)
    {
        int ch = Channels(colorType);
        int bitsPerPixel = ch * depth;
        int bpp = Math.Max(1, bitsPerPixel / 8);
        var output = new List<byte>();
        int rowCounter = 0;
        foreach (var p in interlace ? Adam7 : [[0, 0, 1, 1]])
        {
            var xs = Enumerable.Range(0, width).Where(x => x >= p[0] && (x - p[0]) % p[2] == 0).ToArray();
            var ys = Enumerable.Range(0, height).Where(y => y >= p[1] && (y - p[1]) % p[3] == 0).ToArray();
            if (xs.Length == 0 || ys.Length == 0)
            {
                continue;
            }

            int rowBytes = ((xs.Length * bitsPerPixel) + 7) / 8;
            var prev = new byte[rowBytes];
            foreach (int y in ys)
            {
                var raw = new byte[rowBytes];
                int bit = 0;
                foreach (int x in xs)
                {
                    for (int c = 0; c < ch; c++)
                    {
                        int v = samples[y][(x * ch) + c];
                        if (depth == 16)
                        {
                            raw[bit / 8] = (byte)(v >> 8);
                            raw[(bit / 8) + 1] = (byte)v;
                        }
                        else
                        {
                            raw[bit / 8] |= (byte)(v << (8 - depth - (bit % 8)));
                        }

                        bit += depth;
                    }
                }

                int filter = rowCounter++ % 5;
                output.Add((byte)filter);
                for (int i = 0; i < rowBytes; i++)
                {
                    int a = i >= bpp ? raw[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
                    int pred = filter switch
                    {
                        0 => 0,
                        1 => a,
                        2 => b,
                        3 => (a + b) / 2,
                        _ => Paeth(a, b, c),
                    };
                    output.Add((byte)(raw[i] - pred));
                }

                prev = raw;
            }
        }

        return output.ToArray();
    }

    /// <summary>A whole PNG from samples; <paramref name="beforeIdat"/> are extra chunks (PLTE, tRNS, text…).</summary>
    public static byte[] Encode(int width, int height, int depth, int colorType, int[][] samples, bool interlace = false, params byte[][] beforeIdat)
    {
        var idat = Zlib(ImageData(width, height, depth, colorType, samples, interlace));

        // Split the IDAT stream in two chunks so the decoder must cross a chunk boundary.
        int half = idat.Length / 2;
        var parts = new List<byte[]> { Signature, Ihdr(width, height, depth, colorType, interlace) };
        parts.AddRange(beforeIdat);
        parts.Add(Chunk("IDAT", idat.AsSpan(0, half)));
        parts.Add(Chunk("IDAT", idat.AsSpan(half)));
        parts.Add(Chunk("IEND", []));
        return Concat([.. parts]);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>Splits a PNG into chunks (type, data), asserting the signature and every CRC independently.</summary>
    public static List<(string Type, byte[] Data)> ReadChunks(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(Signature), "PNG signature");
        var list = new List<(string, byte[])>();
        int pos = 8;
        while (pos < png.Length)
        {
            int len = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            string type = Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, len).ToArray();
            uint crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + len));
            Assert.Equal(BitwiseCrc(png.AsSpan(pos + 4, 4 + len)), crc);
            list.Add((type, data));
            pos += 12 + len;
        }

        return list;
    }
}
