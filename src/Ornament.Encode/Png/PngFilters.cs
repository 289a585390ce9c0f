namespace Ornament.Encode.Png;

/// <summary>The five PNG row filters (filter method 0), forward for the writer and inverse for the reader,
/// and the libpng cost heuristic used to pick one per row.</summary>
/// <remarks>Each kernel is a single tight loop over bytes with no allocation, so a Vector128 twin can replace it
/// one kernel at a time. <c>bpp</c> is the distance in bytes to the "left" byte: bytes per complete pixel, at least 1.
/// The row above of the first row is all zeros (callers pass a zeroed buffer), which the spec defines.</remarks>
internal static class PngFilters
{
    /// <summary>The filter type byte written before each row.</summary>
    public const byte None = 0, Sub = 1, Up = 2, Average = 3, Paeth = 4;

    /// <summary>Writes the residuals of filter <paramref name="type"/> for <paramref name="raw"/> into <paramref name="dst"/>.</summary>
    public static void Encode(byte type, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst, int bpp)
    {
        switch (type)
        {
            case None: raw.CopyTo(dst); break;
            case Sub: EncodeSub(raw, dst, bpp); break;
            case Up: EncodeUp(raw, prev, dst); break;
            case Average: EncodeAverage(raw, prev, dst, bpp); break;
            default: EncodePaeth(raw, prev, dst, bpp); break;
        }
    }

    /// <summary>libpng's heuristic: residual bytes read as signed, sum of absolute values. Smaller residuals
    /// compress better, and the sum is cheap compared with trial compression.</summary>
    public static long Cost(ReadOnlySpan<byte> residuals)
    {
        long sum = 0;
        foreach (byte r in residuals)
        {
            sum += Math.Abs((int)(sbyte)r);
        }

        return sum;
    }

    private static void EncodeSub(ReadOnlySpan<byte> raw, Span<byte> dst, int bpp)
    {
        raw[..bpp].CopyTo(dst);
        for (int i = bpp; i < raw.Length; i++)
        {
            dst[i] = (byte)(raw[i] - raw[i - bpp]);
        }
    }

    private static void EncodeUp(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst)
    {
        for (int i = 0; i < raw.Length; i++)
        {
            dst[i] = (byte)(raw[i] - prev[i]);
        }
    }

    private static void EncodeAverage(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst, int bpp)
    {
        for (int i = 0; i < bpp; i++)
        {
            dst[i] = (byte)(raw[i] - (prev[i] >> 1));
        }

        for (int i = bpp; i < raw.Length; i++)
        {
            dst[i] = (byte)(raw[i] - ((raw[i - bpp] + prev[i]) >> 1));
        }
    }

    private static void EncodePaeth(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst, int bpp)
    {
        // With no left neighbour, Paeth(0, b, 0) = b: the first pixel is an Up residual.
        for (int i = 0; i < bpp; i++)
        {
            dst[i] = (byte)(raw[i] - prev[i]);
        }

        for (int i = bpp; i < raw.Length; i++)
        {
            dst[i] = (byte)(raw[i] - PaethPredictor(raw[i - bpp], prev[i], prev[i - bpp]));
        }
    }

    /// <summary>Reverses filter <paramref name="type"/> in place; <paramref name="row"/> holds residuals on entry and
    /// pixels on exit. Returns false for an unknown filter type.</summary>
    public static bool Decode(byte type, Span<byte> row, ReadOnlySpan<byte> prev, int bpp)
    {
        switch (type)
        {
            case None:
                return true;
            case Sub:
                for (int i = bpp; i < row.Length; i++)
                {
                    row[i] += row[i - bpp];
                }

                return true;
            case Up:
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] += prev[i];
                }

                return true;
            case Average:
                for (int i = 0; i < bpp; i++)
                {
                    row[i] += (byte)(prev[i] >> 1);
                }

                for (int i = bpp; i < row.Length; i++)
                {
                    row[i] += (byte)((row[i - bpp] + prev[i]) >> 1);
                }

                return true;
            case Paeth:
                for (int i = 0; i < bpp; i++)
                {
                    row[i] += prev[i];
                }

                for (int i = bpp; i < row.Length; i++)
                {
                    row[i] += PaethPredictor(row[i - bpp], prev[i], prev[i - bpp]);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>Of left (a), above (b), upper-left (c), the one nearest to a + b − c; ties prefer a, then b.</summary>
    public static byte PaethPredictor(byte a, byte b, byte c)
    {
        int pa = Math.Abs(b - c);
        int pb = Math.Abs(a - c);
        int pc = Math.Abs(a + b - c - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }

        return pb <= pc ? b : c;
    }
}
