using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ornament.Encode.Png;

/// <summary>The forward PNG filters and the adaptive cost as 128-bit kernels, twins of the scalar loops in
/// <see cref="PngFilters"/> (byte-equal for every length and bpp; the tests check it).</summary>
/// <remarks>Forward filtering has no loop-carried dependency (the whole raw row is known), so every byte of a
/// 16-byte block is independent: the first <c>bpp</c> bytes, which have no left neighbour, and the tail shorter than
/// a vector go through the scalar formula. Callers guarantee <c>prev</c> and <c>dst</c> are at least as long as
/// <c>raw</c> (slicing below throws otherwise, before any unchecked access).</remarks>
internal static class PngFilterVector128
{
    private const int Width = 16;

    public static void Sub(ReadOnlySpan<byte> raw, Span<byte> dst, int bpp)
    {
        int n = raw.Length;
        dst = dst[..n];
        int head = Math.Min(bpp, n);
        raw[..head].CopyTo(dst);
        ref byte r = ref MemoryMarshal.GetReference(raw);
        ref byte d = ref MemoryMarshal.GetReference(dst);
        int i = head;
        for (; i + Width <= n; i += Width)
        {
            var x = Vector128.LoadUnsafe(ref r, (nuint)i);
            var a = Vector128.LoadUnsafe(ref r, (nuint)(i - bpp));
            (x - a).StoreUnsafe(ref d, (nuint)i);
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
        for (; i + Width <= n; i += Width)
        {
            (Vector128.LoadUnsafe(ref r, (nuint)i) - Vector128.LoadUnsafe(ref p, (nuint)i)).StoreUnsafe(ref d, (nuint)i);
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
        for (; i + Width <= n; i += Width)
        {
            (Vector128.LoadUnsafe(ref r, (nuint)i) + Vector128.LoadUnsafe(ref p, (nuint)i)).StoreUnsafe(ref r, (nuint)i);
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
        for (; i + Width <= n; i += Width)
        {
            var x = Vector128.LoadUnsafe(ref r, (nuint)i);
            var a = Vector128.LoadUnsafe(ref r, (nuint)(i - bpp));
            var b = Vector128.LoadUnsafe(ref p, (nuint)i);
            // floor((a + b) / 2) without widening: the common bits plus half the differing ones.
            var mean = (a & b) + Vector128.ShiftRightLogical(a ^ b, 1);
            (x - mean).StoreUnsafe(ref d, (nuint)i);
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
        for (; i + Width <= n; i += Width)
        {
            var x = Vector128.LoadUnsafe(ref r, (nuint)i);
            var (aLo, aHi) = Vector128.Widen(Vector128.LoadUnsafe(ref r, (nuint)(i - bpp)));
            var (bLo, bHi) = Vector128.Widen(Vector128.LoadUnsafe(ref p, (nuint)i));
            var (cLo, cHi) = Vector128.Widen(Vector128.LoadUnsafe(ref p, (nuint)(i - bpp)));
            var lo = Predict(aLo.AsInt16(), bLo.AsInt16(), cLo.AsInt16());
            var hi = Predict(aHi.AsInt16(), bHi.AsInt16(), cHi.AsInt16());
            (x - Vector128.Narrow(lo.AsUInt16(), hi.AsUInt16())).StoreUnsafe(ref d, (nuint)i);
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
        int i = 0;
        long sum = 0;
        if (Sse2.IsSupported)
        {
            // psadbw against zero sums 8 magnitudes into each 64-bit lane: no overflow for any row length.
            var acc = Vector128<ulong>.Zero;
            for (; i + Width <= n; i += Width)
            {
                var m = Vector128.Abs(Vector128.LoadUnsafe(ref s, (nuint)i).AsSByte()).AsByte();
                acc += Sse2.SumAbsoluteDifferences(m, Vector128<byte>.Zero).AsUInt64();
            }

            sum = (long)(acc.GetElement(0) + acc.GetElement(1));
        }
        else
        {
            var acc = Vector128<uint>.Zero;
            for (; i + Width <= n; i += Width)
            {
                var m = Vector128.Abs(Vector128.LoadUnsafe(ref s, (nuint)i).AsSByte()).AsByte();
                var (lo, hi) = Vector128.Widen(m);
                var (w0, w1) = Vector128.Widen(lo + hi); // ≤ 510 per lane, exact in 16 bits
                acc += w0 + w1;
            }

            sum = Vector128.Sum(acc);
        }

        for (; i < n; i++)
        {
            sum += Math.Abs((int)(sbyte)Unsafe.Add(ref s, i));
        }

        return sum;
    }

    /// <summary>Paeth on 16-bit lanes holding bytes: pa = |b − c|, pb = |a − c|, pc = |a + b − 2c|; ties prefer a, then b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Predict(Vector128<short> a, Vector128<short> b, Vector128<short> c)
    {
        var bc = b - c;
        var ac = a - c;
        var pa = Vector128.Abs(bc);
        var pb = Vector128.Abs(ac);
        var pc = Vector128.Abs(bc + ac);
        var useA = Vector128.LessThanOrEqual(pa, pb) & Vector128.LessThanOrEqual(pa, pc);
        var useB = Vector128.LessThanOrEqual(pb, pc);
        return Vector128.ConditionalSelect(useA, a, Vector128.ConditionalSelect(useB, b, c));
    }
}
