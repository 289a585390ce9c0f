using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ornament.Raster;

/// <summary>Prefix sum of signed-area cells → 8-bit coverage, with scalar, Vector128 and Vector256 twins that give
/// identical bytes (integer arithmetic only). Each zeroes the cells it reads and returns the running sum.</summary>
/// <remarks>Vector form: an in-register inclusive scan (shift-by-one-element and add, then by two, then across the
/// 128-bit halves), plus the carry of everything before the vector broadcast to all lanes. Coverage is
/// min(|acc|, 1) for nonzero and min(a, 2 − a) with a = |acc| mod 2 for even-odd, then (a·255 + ½) ≫ 16.</remarks>
internal static class AccumulateKernels
{
    private const int One = Cover.One;

    public static int Scalar(Span<int> cells, Span<byte> coverage, FillRule rule, int acc)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            acc += cells[i];
            cells[i] = 0;
            coverage[i] = Cover.ToByte(acc, rule);
        }

        return acc;
    }

    public static int Vector128Path(Span<int> cells, Span<byte> coverage, FillRule rule, int acc)
    {
        ref int c = ref MemoryMarshal.GetReference(cells);
        ref byte o = ref MemoryMarshal.GetReference(coverage);
        int n = cells.Length, i = 0;
        var carry = Vector128.Create(acc);
        var mask = rule == FillRule.EvenOdd ? Vector128.Create((2 * One) - 1) : Vector128.Create(-1);
        for (; i + 4 <= n; i += 4)
        {
            var v = Vector128.LoadUnsafe(ref c, (nuint)i);
            Vector128<int>.Zero.StoreUnsafe(ref c, (nuint)i);
            v += Vector128.Shuffle(v, Vector128.Create(0, 0, 1, 2)) & Vector128.Create(0, -1, -1, -1);
            v += Vector128.Shuffle(v, Vector128.Create(0, 0, 0, 1)) & Vector128.Create(0, 0, -1, -1);
            v += carry;
            carry = Vector128.Shuffle(v, Vector128.Create(3, 3, 3, 3));
            var cov = Coverage128(v, rule, mask);
            var s = Vector128.Narrow(cov, cov);
            var b = Vector128.Narrow(s, s);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref o, i), b.AsUInt32().ToScalar());
        }

        acc = carry.ToScalar();
        return Scalar(cells[i..], coverage[i..], rule, acc);
    }

    public static int Vector256Path(Span<int> cells, Span<byte> coverage, FillRule rule, int acc)
    {
        ref int c = ref MemoryMarshal.GetReference(cells);
        ref byte o = ref MemoryMarshal.GetReference(coverage);
        int n = cells.Length, i = 0;
        var carry = Vector256.Create(acc);
        var mask = rule == FillRule.EvenOdd ? Vector256.Create((2 * One) - 1) : Vector256.Create(-1);
        for (; i + 8 <= n; i += 8)
        {
            var v = Vector256.LoadUnsafe(ref c, (nuint)i);
            Vector256<int>.Zero.StoreUnsafe(ref c, (nuint)i);
            v += Vector256.Shuffle(v, Vector256.Create(0, 0, 1, 2, 3, 4, 5, 6)) & Vector256.Create(0, -1, -1, -1, -1, -1, -1, -1);
            v += Vector256.Shuffle(v, Vector256.Create(0, 0, 0, 1, 2, 3, 4, 5)) & Vector256.Create(0, 0, -1, -1, -1, -1, -1, -1);
            v += Vector256.Shuffle(v, Vector256.Create(0, 0, 0, 0, 0, 1, 2, 3)) & Vector256.Create(0, 0, 0, 0, -1, -1, -1, -1);
            v += carry;
            carry = Vector256.Shuffle(v, Vector256.Create(7));
            var cov = Coverage256(v, rule, mask);
            var s = Vector256.Narrow(cov, cov);
            var b = Vector256.Narrow(s, s);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref o, i), b.AsUInt64().ToScalar());
        }

        acc = carry.ToScalar();
        return Vector128Path(cells[i..], coverage[i..], rule, acc);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> Coverage128(Vector128<int> v, FillRule rule, Vector128<int> mask)
    {
        var a = Vector128.Abs(v) & mask;
        a = rule == FillRule.EvenOdd ? Vector128.Min(a, Vector128.Create(2 * One) - a) : Vector128.Min(a, Vector128.Create(One));
        return Vector128.ShiftRightArithmetic((a * 255) + Vector128.Create(One / 2), Cover.Shift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Coverage256(Vector256<int> v, FillRule rule, Vector256<int> mask)
    {
        var a = Vector256.Abs(v) & mask;
        a = rule == FillRule.EvenOdd ? Vector256.Min(a, Vector256.Create(2 * One) - a) : Vector256.Min(a, Vector256.Create(One));
        return Vector256.ShiftRightArithmetic((a * 255) + Vector256.Create(One / 2), Cover.Shift);
    }
}
