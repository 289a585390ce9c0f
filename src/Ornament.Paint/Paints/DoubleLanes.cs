using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Ornament.Paint;

/// <summary>Double-precision lane operations for the gradient kernels, one implementation per vector width; the
/// kernels are generic over it and compiled once per width. Every operation is the IEEE operation the scalar
/// twin performs on each lane (no fused multiply-add), so the lanes round exactly like it.</summary>
internal interface IDoubleLanes<TV>
    where TV : struct
{
    /// <summary>Doubles per vector (2 or 4).</summary>
    static abstract int Count { get; }

    /// <summary>k + 0.5 in lane k: pixel centres relative to a block's first pixel.</summary>
    static abstract TV Centres { get; }

    static abstract TV Splat(double x);

    static abstract TV Add(TV a, TV b);

    static abstract TV Sub(TV a, TV b);

    static abstract TV Mul(TV a, TV b);

    static abstract TV Div(TV a, TV b);

    static abstract TV Sqrt(TV a);

    /// <summary>Each lane's gradient-table index: 0 for t ≤ 0 or NaN, 1023 for t ≥ 1, otherwise
    /// ⌊t·1023 + 0.5⌋ — the scalar rule. Then the table entries are written to <paramref name="dst"/>.</summary>
    static abstract void Lookup(TV t, ref uint table, ref uint dst);
}

/// <summary>Two doubles in a <see cref="Vector128{T}"/>.</summary>
internal readonly struct DoubleLanes128 : IDoubleLanes<Vector128<double>>
{
    public static int Count => 2;

    public static Vector128<double> Centres => Vector128.Create(0.5, 1.5);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Splat(double x) => Vector128.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Add(Vector128<double> a, Vector128<double> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Sub(Vector128<double> a, Vector128<double> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Mul(Vector128<double> a, Vector128<double> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Div(Vector128<double> a, Vector128<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Sqrt(Vector128<double> a) => Vector128.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lookup(Vector128<double> t, ref uint table, ref uint dst)
    {
        t = Vector128.ConditionalSelect(Vector128.Equals(t, t), t, Vector128<double>.Zero); // NaN → 0
        var v = (t * Vector128.Create((double)(GradientLut.Size - 1))) + Vector128.Create(0.5);
        v = Vector128.Floor(Vector128.Min(Vector128.Max(v, Vector128<double>.Zero), Vector128.Create((double)(GradientLut.Size - 1))));
        // An integer 0…1023 plus 2^52 has the integer in its low mantissa bits.
        var bits = (v + Vector128.Create(4503599627370496.0)).AsUInt64();
        dst = Unsafe.Add(ref table, (int)(bits.GetElement(0) & (GradientLut.Size - 1)));
        Unsafe.Add(ref dst, 1) = Unsafe.Add(ref table, (int)(bits.GetElement(1) & (GradientLut.Size - 1)));
    }
}

/// <summary>Four doubles in a <see cref="Vector256{T}"/>.</summary>
internal readonly struct DoubleLanes256 : IDoubleLanes<Vector256<double>>
{
    public static int Count => 4;

    public static Vector256<double> Centres => Vector256.Create(0.5, 1.5, 2.5, 3.5);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Splat(double x) => Vector256.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Add(Vector256<double> a, Vector256<double> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Sub(Vector256<double> a, Vector256<double> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Mul(Vector256<double> a, Vector256<double> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Div(Vector256<double> a, Vector256<double> b) => a / b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Sqrt(Vector256<double> a) => Vector256.Sqrt(a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Lookup(Vector256<double> t, ref uint table, ref uint dst)
    {
        t = Vector256.ConditionalSelect(Vector256.Equals(t, t), t, Vector256<double>.Zero); // NaN → 0
        var v = (t * Vector256.Create((double)(GradientLut.Size - 1))) + Vector256.Create(0.5);
        v = Vector256.Floor(Vector256.Min(Vector256.Max(v, Vector256<double>.Zero), Vector256.Create((double)(GradientLut.Size - 1))));
        var bits = (v + Vector256.Create(4503599627370496.0)).AsUInt64();
        dst = Unsafe.Add(ref table, (int)(bits.GetElement(0) & (GradientLut.Size - 1)));
        Unsafe.Add(ref dst, 1) = Unsafe.Add(ref table, (int)(bits.GetElement(1) & (GradientLut.Size - 1)));
        Unsafe.Add(ref dst, 2) = Unsafe.Add(ref table, (int)(bits.GetElement(2) & (GradientLut.Size - 1)));
        Unsafe.Add(ref dst, 3) = Unsafe.Add(ref table, (int)(bits.GetElement(3) & (GradientLut.Size - 1)));
    }
}
