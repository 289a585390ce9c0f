using System.IO;
using System.IO.Compression;
using Ornament.Paint;

namespace Ornament.Testing;

/// <summary>Interim PNG dump for eyeballing pictures while the real encoder (Ornament.Encode.Png) is being built.
/// Delete once that encoder lands: it is the one PNG machinery.</summary>
public static class DebugPng
{
    /// <summary>Writes <paramref name="pixmap"/> as an RGBA PNG (filter None).</summary>
    public static void Save(Pixmap pixmap, string file)
    {
        using var fs = File.Create(file);
        fs.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        WriteBe(ihdr, 0, (uint)pixmap.Width);
        WriteBe(ihdr, 4, (uint)pixmap.Height);
        ihdr[8] = 8;
        ihdr[9] = 6;
        Chunk(fs, "IHDR", ihdr);
        var straight = pixmap.ToStraightRgba();
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (int y = 0; y < pixmap.Height; y++)
            {
                z.WriteByte(0);
                z.Write(straight, y * pixmap.Stride, pixmap.Stride);
            }
        }

        Chunk(fs, "IDAT", ms.ToArray());
        Chunk(fs, "IEND", []);
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        WriteBe(len, 0, (uint)data.Length);
        s.Write(len);
        var td = new byte[4 + data.Length];
        for (int i = 0; i < 4; i++)
        {
            td[i] = (byte)type[i];
        }

        data.CopyTo(td, 4);
        s.Write(td);
        var crc = new byte[4];
        WriteBe(crc, 0, Crc(td));
        s.Write(crc);
    }

    private static uint Crc(byte[] d)
    {
        uint c = 0xFFFFFFFF;
        foreach (byte b in d)
        {
            c ^= b;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }
        }

        return ~c;
    }

    private static void WriteBe(byte[] b, int o, uint v)
    {
        b[o] = (byte)(v >> 24);
        b[o + 1] = (byte)(v >> 16);
        b[o + 2] = (byte)(v >> 8);
        b[o + 3] = (byte)v;
    }
}
