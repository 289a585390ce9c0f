using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ornament.Encode.Png;

/// <summary>The entropy cost of a filtered row: the bits an order-0 coder would need for its bytes,
/// <c>n·log2 n − Σ c·log2 c</c> over the byte histogram, in integer fixed point so the choice (and so the file)
/// is the same on every machine.</summary>
/// <remarks>Sum-of-absolute-values (libpng) rewards small residuals; deflate's Huffman stage rewards residuals that
/// repeat. On smooth landscapes the two disagree on enough rows that choosing by entropy saves 1–3 %. Every
/// candidate row has the same length n, so only <c>−Σ c·log2 c</c> is compared.</remarks>
internal static class PngFilterEntropy
{
    private const int FractionBits = 16;

    // c·log2(c) for the counts a row of up to 64 KiB can produce; longer rows compute the rest on the fly.
    private const int TableSize = 1 << 16;
    private static readonly long[] CLogC = BuildTable();

    /// <summary>Cost of <paramref name="residuals"/> (smaller compresses better); <paramref name="histogram"/> is
    /// 1024 ints of scratch, cleared here.</summary>
    public static long Cost(ReadOnlySpan<byte> residuals, Span<int> histogram)
    {
        // Four interleaved histograms: runs of one value (flat colours) would otherwise chain every increment
        // through the same memory cell.
        histogram = histogram[..1024];
        histogram.Clear();
        ref int h = ref MemoryMarshal.GetReference(histogram);
        ref byte r = ref MemoryMarshal.GetReference(residuals);
        int n4 = residuals.Length & ~3;
        int i = 0;
        for (; i < n4; i += 4)
        {
            // Indices are bytes (< 256) plus fixed offsets into the 1024-int span checked above: no bounds checks.
            Unsafe.Add(ref h, Unsafe.Add(ref r, i))++;
            Unsafe.Add(ref h, 256 + Unsafe.Add(ref r, i + 1))++;
            Unsafe.Add(ref h, 512 + Unsafe.Add(ref r, i + 2))++;
            Unsafe.Add(ref h, 768 + Unsafe.Add(ref r, i + 3))++;
        }

        for (; i < residuals.Length; i++)
        {
            Unsafe.Add(ref h, Unsafe.Add(ref r, i))++;
        }

        for (int b = 0; b < 256; b++)
        {
            histogram[b] += histogram[256 + b] + histogram[512 + b] + histogram[768 + b];
        }

        histogram = histogram[..256];

        long sum = 0;
        foreach (int c in histogram)
        {
            if (c > 1)
            {
                sum += c < TableSize ? CLogC[c] : c * Log2Fixed(c);
            }
        }

        long n = residuals.Length;
        return (n > 1 ? n * Log2Fixed((int)Math.Min(n, int.MaxValue)) : 0) - sum;
    }

    /// <summary>Scratch ints <see cref="CostOfFive"/> needs.</summary>
    public const int FiveHistogramInts = 5 * 512;

    /// <summary>The <see cref="Cost"/> of each of the five candidate rows of one PNG row at once:
    /// <paramref name="candidates"/> holds them <paramref name="slot"/> bytes apart, each <paramref name="length"/>
    /// bytes from its slot's start + 1 (after the filter-type byte). The same numbers as five calls, faster: the five
    /// histograms are counted in one pass, two interleaved tables each, so ten independent increments per two bytes
    /// keep the core busy where one row's increments wait on each other.</summary>
    public static void CostOfFive(ReadOnlySpan<byte> candidates, int slot, int length, Span<int> histogram, Span<long> costs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, length + 1);
        if (candidates.Length < (4 * slot) + 1 + length || costs.Length < 5)
        {
            throw new ArgumentException("Five candidate rows and five costs are needed.", nameof(candidates));
        }

        histogram = histogram[..FiveHistogramInts];
        histogram.Clear();
        ref int h0 = ref MemoryMarshal.GetReference(histogram);
        ref int h1 = ref Unsafe.Add(ref h0, 512);
        ref int h2 = ref Unsafe.Add(ref h0, 1024);
        ref int h3 = ref Unsafe.Add(ref h0, 1536);
        ref int h4 = ref Unsafe.Add(ref h0, 2048);
        ref byte r0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(candidates), 1);
        ref byte r1 = ref Unsafe.Add(ref r0, slot);
        ref byte r2 = ref Unsafe.Add(ref r1, slot);
        ref byte r3 = ref Unsafe.Add(ref r2, slot);
        ref byte r4 = ref Unsafe.Add(ref r3, slot);

        // Indices are bytes (< 256) plus 0 or 256 into each candidate's 512 ints, all inside the span checked
        // above; the rows were checked against the span's length: no bounds checks needed.
        int i = 0;
        for (; i + 2 <= length; i += 2)
        {
            Unsafe.Add(ref h0, Unsafe.Add(ref r0, i))++;
            Unsafe.Add(ref h1, Unsafe.Add(ref r1, i))++;
            Unsafe.Add(ref h2, Unsafe.Add(ref r2, i))++;
            Unsafe.Add(ref h3, Unsafe.Add(ref r3, i))++;
            Unsafe.Add(ref h4, Unsafe.Add(ref r4, i))++;
            Unsafe.Add(ref h0, 256 + Unsafe.Add(ref r0, i + 1))++;
            Unsafe.Add(ref h1, 256 + Unsafe.Add(ref r1, i + 1))++;
            Unsafe.Add(ref h2, 256 + Unsafe.Add(ref r2, i + 1))++;
            Unsafe.Add(ref h3, 256 + Unsafe.Add(ref r3, i + 1))++;
            Unsafe.Add(ref h4, 256 + Unsafe.Add(ref r4, i + 1))++;
        }

        if (i < length)
        {
            Unsafe.Add(ref h0, Unsafe.Add(ref r0, i))++;
            Unsafe.Add(ref h1, Unsafe.Add(ref r1, i))++;
            Unsafe.Add(ref h2, Unsafe.Add(ref r2, i))++;
            Unsafe.Add(ref h3, Unsafe.Add(ref r3, i))++;
            Unsafe.Add(ref h4, Unsafe.Add(ref r4, i))++;
        }

        long n = length;
        long total = n > 1 ? n * Log2Fixed((int)Math.Min(n, int.MaxValue)) : 0;
        for (int t = 0; t < 5; t++)
        {
            var ht = histogram.Slice(t * 512, 512);
            long sum = 0;
            for (int b = 0; b < 256; b++)
            {
                int c = ht[b] + ht[256 + b];
                if (c > 1)
                {
                    sum += c < TableSize ? CLogC[c] : c * Log2Fixed(c);
                }
            }

            costs[t] = total - sum;
        }
    }

    private static long[] BuildTable()
    {
        var t = new long[TableSize];
        for (int c = 2; c < TableSize; c++)
        {
            t[c] = c * Log2Fixed(c);
        }

        return t;
    }

    /// <summary>log2(v) in 16.16 fixed point for v ≥ 1, exact integer arithmetic (integer part from the leading bit,
    /// fraction by repeated squaring of the normalised mantissa).</summary>
    internal static long Log2Fixed(int v)
    {
        int ip = 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)v);
        // mantissa m in [1, 2) as 1.31 fixed point
        ulong m = (ulong)(uint)v << (31 - ip);
        long result = (long)ip << FractionBits;
        for (int bit = FractionBits - 1; bit >= 0; bit--)
        {
            m = (m * m) >> 31; // square: still 1.31 (up to 2.31)
            if (m >= 1ul << 32)
            {
                m >>= 1;
                result |= 1L << bit;
            }
        }

        return result;
    }
}
