using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Ornament.Fuzz;

/// <summary>PNG seeds of every colour type, bit depth and interlace (our encoder writes RGBA8 only), and the
/// format-aware repair that lets mutants past the CRC check: either just recompute every CRC, or inflate the IDAT
/// stream, mutate the filtered rows, deflate them again and recompute.</summary>
internal static class PngForge
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static IEnumerable<byte[]> Seeds()
    {
        var rng = new FuzzRandom(7);
        (byte Type, byte[] Depths)[] kinds = [(0, [1, 2, 4, 8, 16]), (2, [8, 16]), (3, [1, 2, 4, 8]), (4, [8, 16]), (6, [8, 16])];
        foreach (var (type, depths) in kinds)
        {
            foreach (byte depth in depths)
            {
                foreach (byte interlace in new byte[] { 0, 1 })
                {
                    yield return Make(5 + rng.Below(6), 3 + rng.Below(6), type, depth, interlace, rng);
                }
            }
        }
    }

    public static byte[] Make(int w, int h, byte colourType, byte depth, byte interlace, FuzzRandom rng)
    {
        int channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var raw = new MemoryStream();
        foreach (var (pw, ph) in Passes(w, h, interlace))
        {
            if (pw == 0 || ph == 0)
            {
                continue;
            }

            int rowBytes = ((pw * channels * depth) + 7) / 8;
            for (int y = 0; y < ph; y++)
            {
                raw.WriteByte((byte)rng.Below(5));
                for (int x = 0; x < rowBytes; x++)
                {
                    raw.WriteByte(rng.Byte());
                }
            }
        }

        var png = new MemoryStream();
        png.Write(Signature);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, w);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), h);
        ihdr[8] = depth;
        ihdr[9] = colourType;
        ihdr[12] = interlace;
        Chunk(png, "IHDR", ihdr);
        if (colourType == 3)
        {
            var plte = new byte[3 * (1 << Math.Min((int)depth, 8))];
            for (int i = 0; i < plte.Length; i++)
            {
                plte[i] = rng.Byte();
            }

            Chunk(png, "PLTE", plte);
            Chunk(png, "tRNS", [0, 128, 255]);
        }
        else if (colourType == 0)
        {
            Chunk(png, "tRNS", [0, 1]);
        }

        Chunk(png, "tEXt", Encoding.Latin1.GetBytes("ornament:recipe\0{\"mode\":\"ornament\"}"));
        Chunk(png, "IDAT", Deflate(raw.ToArray()));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static IEnumerable<(int W, int H)> Passes(int w, int h, byte interlace)
    {
        if (interlace == 0)
        {
            yield return (w, h);
            yield break;
        }

        (int X0, int Y0, int Dx, int Dy)[] adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        foreach (var (x0, y0, dx, dy) in adam7)
        {
            yield return ((w - x0 + dx - 1) / dx, (h - y0 + dy - 1) / dy);
        }
    }

    /// <summary>Half the time recompute CRCs only; otherwise also mutate the inflated IDAT data.</summary>
    public static byte[] Repair(byte[] png, FuzzRandom rng)
    {
        var chunks = Split(png);
        if (chunks is null)
        {
            return png;
        }

        if (rng.Chance(2))
        {
            var idat = chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
            byte[]? raw = TryInflate(idat, 1 << 22);
            if (raw is not null && raw.Length > 0)
            {
                var mutated = (byte[])raw.Clone();
                int n = 1 + rng.Below(6);
                for (int k = 0; k < n; k++)
                {
                    mutated[rng.Below(mutated.Length)] = rng.Chance(3) ? (byte)rng.Below(7) : rng.Byte();
                }

                if (rng.Chance(4))
                {
                    Array.Resize(ref mutated, rng.Below(mutated.Length * 2 + 1));
                }

                int first = chunks.FindIndex(c => c.Type == "IDAT");
                chunks.RemoveAll(c => c.Type == "IDAT");
                chunks.Insert(first, ("IDAT", Deflate(mutated)));
            }
        }

        var o = new MemoryStream();
        o.Write(png.AsSpan(0, Math.Min(8, png.Length)));
        foreach (var (t, d) in chunks)
        {
            Chunk(o, t, d);
        }

        return o.ToArray();
    }

    private static List<(string Type, byte[] Data)>? Split(byte[] png)
    {
        if (png.Length < 8)
        {
            return null;
        }

        var list = new List<(string, byte[])>();
        int p = 8;
        while (p + 12 <= png.Length)
        {
            uint len = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(p));
            if (len > (uint)(png.Length - p - 12))
            {
                break;
            }

            list.Add((Encoding.Latin1.GetString(png, p + 4, 4), png.AsSpan(p + 8, (int)len).ToArray()));
            p += 12 + (int)len;
        }

        return list;
    }

    private static byte[]? TryInflate(byte[] data, int max)
    {
        try
        {
            using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            var o = new MemoryStream();
            var buf = new byte[8192];
            int n;
            while ((n = z.Read(buf)) > 0 && o.Length < max)
            {
                o.Write(buf, 0, n);
            }

            return o.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static byte[] Deflate(byte[] raw)
    {
        var o = new MemoryStream();
        using (var z = new ZLibStream(o, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw);
        }

        return o.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> u32 = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(u32, (uint)data.Length);
        s.Write(u32);
        var typeBytes = Encoding.Latin1.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(u32, Crc(typeBytes, data));
        s.Write(u32);
    }

    private static uint Crc(byte[] type, byte[] data)
    {
        var all = new byte[type.Length + data.Length];
        type.CopyTo(all, 0);
        data.CopyTo(all, type.Length);
        // Plain bitwise CRC-32 (PNG's polynomial), independent of the decoder's own table-driven one.
        uint c = 0xFFFFFFFF;
        foreach (byte x in all)
        {
            c ^= x;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }
        }

        return ~c;
    }
}
