using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ornament.Encode.Png;

/// <summary>The byte and 16-bit lane operations of the vector PNG filters, one implementation per width;
/// <see cref="PngFilterVector{TLanes, TBytes, TShorts}"/> is written once against it and the JIT compiles one
/// specialised copy per width.</summary>
internal interface IPngLanes<TBytes, TShorts>
    where TBytes : struct
    where TShorts : struct
{
    /// <summary>Bytes per vector (16 or 32).</summary>
    static abstract int Width { get; }

    static abstract TBytes Load(ref byte p, nuint i);

    static abstract void Store(TBytes v, ref byte p, nuint i);

    static abstract TBytes Add(TBytes a, TBytes b);

    static abstract TBytes Sub(TBytes a, TBytes b);

    /// <summary>⌊(a + b)/2⌋ without widening: the common bits plus half the differing ones.</summary>
    static abstract TBytes Mean(TBytes a, TBytes b);

    static abstract (TShorts Lo, TShorts Hi) Widen(TBytes v);

    static abstract TBytes Narrow(TShorts lo, TShorts hi);

    /// <summary>The Paeth predictor on 16-bit lanes holding bytes.</summary>
    static abstract TShorts Predict(TShorts a, TShorts b, TShorts c);

    /// <summary>Sum of |residual as signed byte| over the whole vectors of <paramref name="n"/> bytes; the number of
    /// bytes summed in <paramref name="done"/> (the caller adds the tail).</summary>
    static abstract long CostBlocks(ref byte s, int n, out int done);
}

/// <summary>16 bytes in a <see cref="Vector128{T}"/>.</summary>
internal readonly struct PngLanes128 : IPngLanes<Vector128<byte>, Vector128<short>>
{
    public static int Width => 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Load(ref byte p, nuint i) => Vector128.LoadUnsafe(ref p, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<byte> v, ref byte p, nuint i) => v.StoreUnsafe(ref p, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Add(Vector128<byte> a, Vector128<byte> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Sub(Vector128<byte> a, Vector128<byte> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Mean(Vector128<byte> a, Vector128<byte> b) => (a & b) + Vector128.ShiftRightLogical(a ^ b, 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector128<short> Lo, Vector128<short> Hi) Widen(Vector128<byte> v)
    {
        var (lo, hi) = Vector128.Widen(v);
        return (lo.AsInt16(), hi.AsInt16());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Narrow(Vector128<short> lo, Vector128<short> hi) => Vector128.Narrow(lo.AsUInt16(), hi.AsUInt16());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<short> Predict(Vector128<short> a, Vector128<short> b, Vector128<short> c)
    {
        // pa = |b − c|, pb = |a − c|, pc = |a + b − 2c|; ties prefer a, then b.
        var bc = b - c;
        var ac = a - c;
        var pa = Vector128.Abs(bc);
        var pb = Vector128.Abs(ac);
        var pc = Vector128.Abs(bc + ac);
        var useA = Vector128.LessThanOrEqual(pa, pb) & Vector128.LessThanOrEqual(pa, pc);
        var useB = Vector128.LessThanOrEqual(pb, pc);
        return Vector128.ConditionalSelect(useA, a, Vector128.ConditionalSelect(useB, b, c));
    }

    public static long CostBlocks(ref byte s, int n, out int done)
    {
        int i = 0;
        long sum;
        if (Sse2.IsSupported)
        {
            // psadbw against zero sums 8 magnitudes into each 64-bit lane: no overflow for any row length.
            var acc = Vector128<ulong>.Zero;
            for (; i + 16 <= n; i += 16)
            {
                var m = Vector128.Abs(Vector128.LoadUnsafe(ref s, (nuint)i).AsSByte()).AsByte();
                acc += Sse2.SumAbsoluteDifferences(m, Vector128<byte>.Zero).AsUInt64();
            }

            sum = (long)Vector128.Sum(acc);
        }
        else
        {
            var acc = Vector128<uint>.Zero;
            for (; i + 16 <= n; i += 16)
            {
                var m = Vector128.Abs(Vector128.LoadUnsafe(ref s, (nuint)i).AsSByte()).AsByte();
                var (lo, hi) = Vector128.Widen(m);
                var (w0, w1) = Vector128.Widen(lo + hi); // ≤ 510 per lane, exact in 16 bits
                acc += w0 + w1;
            }

            sum = Vector128.Sum(acc);
        }

        done = i;
        return sum;
    }
}

/// <summary>32 bytes in a <see cref="Vector256{T}"/>.</summary>
internal readonly struct PngLanes256 : IPngLanes<Vector256<byte>, Vector256<short>>
{
    public static int Width => 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Load(ref byte p, nuint i) => Vector256.LoadUnsafe(ref p, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<byte> v, ref byte p, nuint i) => v.StoreUnsafe(ref p, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Add(Vector256<byte> a, Vector256<byte> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Sub(Vector256<byte> a, Vector256<byte> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Mean(Vector256<byte> a, Vector256<byte> b) => (a & b) + Vector256.ShiftRightLogical(a ^ b, 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<short> Lo, Vector256<short> Hi) Widen(Vector256<byte> v)
    {
        var (lo, hi) = Vector256.Widen(v);
        return (lo.AsInt16(), hi.AsInt16());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Narrow(Vector256<short> lo, Vector256<short> hi) => Vector256.Narrow(lo.AsUInt16(), hi.AsUInt16());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<short> Predict(Vector256<short> a, Vector256<short> b, Vector256<short> c)
    {
        var bc = b - c;
        var ac = a - c;
        var pa = Vector256.Abs(bc);
        var pb = Vector256.Abs(ac);
        var pc = Vector256.Abs(bc + ac);
        var useA = Vector256.LessThanOrEqual(pa, pb) & Vector256.LessThanOrEqual(pa, pc);
        var useB = Vector256.LessThanOrEqual(pb, pc);
        return Vector256.ConditionalSelect(useA, a, Vector256.ConditionalSelect(useB, b, c));
    }

    public static long CostBlocks(ref byte s, int n, out int done)
    {
        int i = 0;
        long sum;
        if (Avx2.IsSupported)
        {
            // vpsadbw against zero sums 8 magnitudes into each 64-bit lane: no overflow for any row length.
            var acc = Vector256<ulong>.Zero;
            for (; i + 32 <= n; i += 32)
            {
                var m = Vector256.Abs(Vector256.LoadUnsafe(ref s, (nuint)i).AsSByte()).AsByte();
                acc += Avx2.SumAbsoluteDifferences(m, Vector256<byte>.Zero).AsUInt64();
            }

            sum = (long)Vector256.Sum(acc);
        }
        else
        {
            var acc = Vector256<uint>.Zero;
            for (; i + 32 <= n; i += 32)
            {
                var m = Vector256.Abs(Vector256.LoadUnsafe(ref s, (nuint)i).AsSByte()).AsByte();
                var (lo, hi) = Vector256.Widen(m);
                var (w0, w1) = Vector256.Widen(lo + hi);
                acc += w0 + w1;
            }

            sum = Vector256.Sum(acc);
        }

        done = i;
        return sum;
    }
}
