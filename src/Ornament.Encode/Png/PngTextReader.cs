using System.IO;
using System.IO.Compression;
using System.Text;

namespace Ornament.Encode.Png;

/// <summary>Parses tEXt (Latin-1), zTXt (Latin-1, deflated) and iTXt (UTF-8, optionally deflated) chunks.</summary>
internal static class PngTextReader
{
    public static (string Keyword, string Text) Read(PngChunkReader reader, int maxBytes)
    {
        string name = reader.Name;
        if (reader.Length > maxBytes)
        {
            throw new PngFormatException($"{name} chunk has {reader.Length} bytes, over the limit of {maxBytes} (PngDecodeOptions.MaxTextBytes).");
        }

        var data = reader.ReadPayload().AsSpan();
        int nul = data.IndexOf((byte)0);
        if (nul is < 1 or > 79)
        {
            throw new PngFormatException($"{name} chunk has no valid keyword (1–79 bytes ended by NUL).");
        }

        string keyword = Encoding.Latin1.GetString(data[..nul]);
        var rest = data[(nul + 1)..];
        switch (reader.Type)
        {
            case PngChunks.Text:
                return (keyword, Encoding.Latin1.GetString(rest));
            case PngChunks.Ztxt:
                if (rest.IsEmpty || rest[0] != 0)
                {
                    throw new PngFormatException($"zTXt '{keyword}' has an unknown compression method.");
                }

                return (keyword, Encoding.Latin1.GetString(Inflate(rest[1..], maxBytes, keyword)));
            default:
                if (rest.Length < 2)
                {
                    throw new PngFormatException($"iTXt '{keyword}' is truncated.");
                }

                bool compressed = rest[0] == 1;
                if (rest[0] > 1 || (compressed && rest[1] != 0))
                {
                    throw new PngFormatException($"iTXt '{keyword}' has an unknown compression flag or method.");
                }

                rest = rest[2..];
                for (int field = 0; field < 2; field++) // language tag, translated keyword
                {
                    int end = rest.IndexOf((byte)0);
                    if (end < 0)
                    {
                        throw new PngFormatException($"iTXt '{keyword}' is missing its language tag or translated keyword terminator.");
                    }

                    rest = rest[(end + 1)..];
                }

                return (keyword, Encoding.UTF8.GetString(compressed ? Inflate(rest, maxBytes, keyword) : rest));
        }
    }

    // Bounded inflate: stops one byte past the limit, so a small chunk cannot expand into gigabytes.
    private static ReadOnlySpan<byte> Inflate(ReadOnlySpan<byte> compressed, int maxBytes, string keyword)
    {
        using var input = new MemoryStream(compressed.ToArray(), writable: false);
        using var output = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            int n;
            while ((n = z.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, n);
                if (output.Length > maxBytes)
                {
                    throw new PngFormatException($"Compressed text '{keyword}' inflates beyond {maxBytes} bytes (PngDecodeOptions.MaxTextBytes).");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && e.GetType().Name == "ZLibException"))
        {
            throw new PngFormatException($"Compressed text '{keyword}' is corrupt: {e.Message}", e);
        }

        return output.GetBuffer().AsSpan(0, (int)output.Length);
    }
}
