using PngFilterVector128 = Ornament.Encode.Png.PngFilterVector<Ornament.Encode.Png.PngLanes128, System.Runtime.Intrinsics.Vector128<byte>, System.Runtime.Intrinsics.Vector128<short>>;
using PngFilterVector256 = Ornament.Encode.Png.PngFilterVector<Ornament.Encode.Png.PngLanes256, System.Runtime.Intrinsics.Vector256<byte>, System.Runtime.Intrinsics.Vector256<short>>;

namespace Ornament.Encode.Png;

/// <summary>The five PNG row filters (filter method 0), forward for the writer and inverse for the reader,
/// and the libpng cost heuristic used to pick one per row.</summary>
/// <remarks>The scalar loops here are the reference twins; <see cref="PngFilterVector{TLanes, TBytes, TShorts}"/>
/// at 128 and 256 bits computes the same bytes 16 or 32 at a time, and the width is chosen once
/// (<see cref="PngSimdLevel"/>). <c>bpp</c> is the distance in bytes to the "left" byte: bytes per complete pixel,
/// at least 1. The row above of the first row is all zeros (callers pass a zeroed buffer), which the spec defines.</remarks>
internal static class PngFilters
{
    /// <summary>The filter type byte written before each row.</summary>
    public const byte None = 0, Sub = 1, Up = 2, Average = 3, Paeth = 4;

    /// <summary>Writes the residuals of filter <paramref name="type"/> for <paramref name="raw"/> into <paramref name="dst"/>.</summary>
    public static void Encode(byte type, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst, int bpp)
        => Encode(type, raw, prev, dst, bpp, PngSimdLevel.Current);

    /// <summary>As <see cref="Encode(byte, ReadOnlySpan{byte}, ReadOnlySpan{byte}, Span{byte}, int)"/> at a given width.</summary>
    public static void Encode(byte type, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst, int bpp, PngSimd simd)
    {
        switch (type)
        {
            case None:
                raw.CopyTo(dst);
                break;
            case Sub:
                if (simd == PngSimd.Vector256)
                {
                    PngFilterVector256.Sub(raw, dst, bpp);
                }
                else if (simd == PngSimd.Vector128)
                {
                    PngFilterVector128.Sub(raw, dst, bpp);
                }
                else
                {
                    EncodeSub(raw, dst, bpp);
                }

                break;
            case Up:
                if (simd == PngSimd.Vector256)
                {
                    PngFilterVector256.Up(raw, prev, dst);
                }
                else if (simd == PngSimd.Vector128)
                {
                    PngFilterVector128.Up(raw, prev, dst);
                }
                else
                {
                    EncodeUp(raw, prev, dst);
                }

                break;
            case Average:
                if (simd == PngSimd.Vector256)
                {
                    PngFilterVector256.Average(raw, prev, dst, bpp);
                }
                else if (simd == PngSimd.Vector128)
                {
                    PngFilterVector128.Average(raw, prev, dst, bpp);
                }
                else
                {
                    EncodeAverage(raw, prev, dst, bpp);
                }

                break;
            default:
                if (simd == PngSimd.Vector256)
                {
                    PngFilterVector256.Paeth(raw, prev, dst, bpp);
                }
                else if (simd == PngSimd.Vector128)
                {
                    PngFilterVector128.Paeth(raw, prev, dst, bpp);
                }
                else
                {
                    EncodePaeth(raw, prev, dst, bpp);
                }

                break;
        }
    }

    /// <summary>libpng's heuristic: residual bytes read as signed, sum of absolute values. Smaller residuals
    /// compress better, and the sum is cheap compared with trial compression.</summary>
    public static long Cost(ReadOnlySpan<byte> residuals) => Cost(residuals, PngSimdLevel.Current);

    /// <summary>As <see cref="Cost(ReadOnlySpan{byte})"/> at a given width.</summary>
    public static long Cost(ReadOnlySpan<byte> residuals, PngSimd simd) => simd switch
    {
        PngSimd.Vector256 => PngFilterVector256.Cost(residuals),
        PngSimd.Vector128 => PngFilterVector128.Cost(residuals),
        _ => CostScalar(residuals),
    };

    private static long CostScalar(ReadOnlySpan<byte> residuals)
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
        raw[..Math.Min(bpp, raw.Length)].CopyTo(dst);
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
        for (int i = 0; i < Math.Min(bpp, raw.Length); i++)
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
        for (int i = 0; i < Math.Min(bpp, raw.Length); i++)
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
        => Decode(type, row, prev, bpp, PngSimdLevel.Current);

    /// <summary>As <see cref="Decode(byte, Span{byte}, ReadOnlySpan{byte}, int)"/> at a given width. Only Up has no
    /// left-to-right dependency and is vectorized; the others stay scalar at every width.</summary>
    public static bool Decode(byte type, Span<byte> row, ReadOnlySpan<byte> prev, int bpp, PngSimd simd)
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
            case Up when simd == PngSimd.Vector256:
                PngFilterVector256.UndoUp(row, prev);
                return true;
            case Up when simd == PngSimd.Vector128:
                PngFilterVector128.UndoUp(row, prev);
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
