using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace Ornament.Encode.Tests.Svg;

/// <summary>Test-only PNG reader for rsvg-convert output (8-bit RGB/RGBA, not interlaced). To be replaced by the
/// real Ornament PNG decoder once it lands.</summary>
internal static class TestPngDecoder
{
    /// <summary>Straight RGBA8 pixels.</summary>
    public static (int Width, int Height, byte[] Rgba) Decode(byte[] png)
    {
        int pos = 8, width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        while (pos + 8 <= png.Length)
        {
            int len = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            string type = System.Text.Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, len);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                colorType = data[9];
                Assert.True(data[8] == 8 && data[12] == 0 && (colorType == 6 || colorType == 2), "unsupported PNG layout");
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            pos += 12 + len;
        }

        int bpp = colorType == 6 ? 4 : 3, stride = width * bpp;
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new byte[(stride + 1) * height];
        z.ReadExactly(raw);
        var outp = new byte[width * height * 4];
        var prev = new byte[stride];
        var cur = new byte[stride];
        for (int y = 0; y < height; y++)
        {
            int f = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, cur, 0, stride);
            for (int i = 0; i < stride; i++)
            {
                int a = i >= bpp ? cur[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
                int pred = f switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException("bad PNG filter"),
                };
                cur[i] = (byte)(cur[i] + pred);
            }

            for (int x = 0; x < width; x++)
            {
                int o = ((y * width) + x) * 4;
                outp[o] = cur[x * bpp];
                outp[o + 1] = cur[(x * bpp) + 1];
                outp[o + 2] = cur[(x * bpp) + 2];
                outp[o + 3] = bpp == 4 ? cur[(x * bpp) + 3] : (byte)255;
            }

            (prev, cur) = (cur, prev);
        }

        return (width, height, outp);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
