using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ornament.Encode.Png;

/// <summary>The forward PNG filters, inverse Up and the adaptive cost as vector kernels of any width
/// (<see cref="IPngLanes{TBytes, TShorts}"/>), twins of the scalar loops in <see cref="PngFilters"/> (byte-equal
/// for every length and bpp; the tests check it).</summary>
/// <remarks>Forward filtering has no loop-carried dependency (the whole raw row is known), so every byte of a
/// block is independent: the first <c>bpp</c> bytes, which have no left neighbour, and the tail shorter than a
/// vector go through the scalar formula. Callers guarantee <c>prev</c> and <c>dst</c> are at least as long as
/// <c>raw</c> (slicing below throws otherwise, before any unchecked access).</remarks>
internal static class PngFilterVector<TLanes, TBytes, TShorts>
    where TLanes : struct, IPngLanes<TBytes, TShorts>
    where TBytes : struct
    where TShorts : struct
{
    public static void Sub(ReadOnlySpan<byte> raw, Span<byte> dst, int bpp)
    {
        int n = raw.Length;
        dst = dst[..n];
        int head = Math.Min(bpp, n);
        raw[..head].CopyTo(dst);
        ref byte r = ref MemoryMarshal.GetReference(raw);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int i = head;
        for (; i + TLanes.Width <= n; i += TLanes.Width)
        {
            TLanes.Store(TLanes.Sub(TLanes.Load(ref r, (nuint)i), TLanes.Load(ref r, (nuint)(i - bpp))), ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = (byte)(Unsafe.Add(ref r, i) - Unsafe.Add(ref r, i - bpp));
        }
    }

    public static void Up(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst)
    {
        int n = raw.Length;
        prev = prev[..n];
        dst = dst[..n];
        ref byte r = ref MemoryMarshal.GetReference(raw);
        ref byte p = ref MemoryMarshal.GetReference(prev);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int i = 0;
        for (; i + TLanes.Width <= n; i += TLanes.Width)
        {
            TLanes.Store(TLanes.Sub(TLanes.Load(ref r, (nuint)i), TLanes.Load(ref p, (nuint)i)), ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = (byte)(Unsafe.Add(ref r, i) - Unsafe.Add(ref p, i));
        }
    }

    /// <summary>Inverse Up in place (the only inverse filter without a left-to-right dependency).</summary>
    public static void UndoUp(Span<byte> row, ReadOnlySpan<byte> prev)
    {
        int n = row.Length;
        prev = prev[..n];
        ref byte r = ref MemoryMarshal.GetReference(row);
        ref byte p = ref MemoryMarshal.GetReference(prev);
        int i = 0;
        for (; i + TLanes.Width <= n; i += TLanes.Width)
        {
            TLanes.Store(TLanes.Add(TLanes.Load(ref r, (nuint)i), TLanes.Load(ref p, (nuint)i)), ref r, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref r, i) += Unsafe.Add(ref p, i);
        }
    }

    public static void Average(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst, int bpp)
    {
        int n = raw.Length;
        prev = prev[..n];
        dst = dst[..n];
        int head = Math.Min(bpp, n);
        for (int k = 0; k < head; k++)
        {
            dst[k] = (byte)(raw[k] - (prev[k] >> 1));
        }

        ref byte r = ref MemoryMarshal.GetReference(raw);
        ref byte p = ref MemoryMarshal.GetReference(prev);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int i = head;
        for (; i + TLanes.Width <= n; i += TLanes.Width)
        {
            var mean = TLanes.Mean(TLanes.Load(ref r, (nuint)(i - bpp)), TLanes.Load(ref p, (nuint)i));
            TLanes.Store(TLanes.Sub(TLanes.Load(ref r, (nuint)i), mean), ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = (byte)(Unsafe.Add(ref r, i) - ((Unsafe.Add(ref r, i - bpp) + Unsafe.Add(ref p, i)) >> 1));
        }
    }

    public static void Paeth(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prev, Span<byte> dst, int bpp)
    {
        int n = raw.Length;
        prev = prev[..n];
        dst = dst[..n];
        int head = Math.Min(bpp, n);
        for (int k = 0; k < head; k++)
        {
            dst[k] = (byte)(raw[k] - prev[k]);
        }

        ref byte r = ref MemoryMarshal.GetReference(raw);
        ref byte p = ref MemoryMarshal.GetReference(prev);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int i = head;
        for (; i + TLanes.Width <= n; i += TLanes.Width)
        {
            var (aLo, aHi) = TLanes.Widen(TLanes.Load(ref r, (nuint)(i - bpp)));
            var (bLo, bHi) = TLanes.Widen(TLanes.Load(ref p, (nuint)i));
            var (cLo, cHi) = TLanes.Widen(TLanes.Load(ref p, (nuint)(i - bpp)));
            var predicted = TLanes.Narrow(TLanes.Predict(aLo, bLo, cLo), TLanes.Predict(aHi, bHi, cHi));
            TLanes.Store(TLanes.Sub(TLanes.Load(ref r, (nuint)i), predicted), ref d, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref d, i) = (byte)(Unsafe.Add(ref r, i) - PngFilters.PaethPredictor(Unsafe.Add(ref r, i - bpp), Unsafe.Add(ref p, i), Unsafe.Add(ref p, i - bpp)));
        }
    }

    /// <summary>Sum of the residuals read as signed bytes, in magnitude (libpng's heuristic).</summary>
    public static long Cost(ReadOnlySpan<byte> residuals)
    {
        int n = residuals.Length;
        ref byte s = ref MemoryMarshal.GetReference(residuals);
        long sum = TLanes.CostBlocks(ref s, n, out int i);
        for (; i < n; i++)
        {
            sum += Math.Abs((int)(sbyte)Unsafe.Add(ref s, i));
        }

        return sum;
    }
}
