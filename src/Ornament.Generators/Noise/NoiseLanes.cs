using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Ornament.Generators.Noise;

/// <summary>The single-precision and 32-bit integer lane operations of <see cref="NoiseBatch"/>, one implementation
/// per vector width; the noise is written once against it and compiled once per width. Each operation is the IEEE
/// operation of the scalar twin (no FMA).</summary>
internal interface INoiseLanes<TF, TU>
    where TF : struct
    where TU : struct
{
    static abstract int Count { get; }

    static abstract TF Load(ReadOnlySpan<float> s);

    static abstract void Store(TF v, Span<float> d);

    static abstract TF Splat(float x);

    static abstract TU Splat(uint x);

    static abstract TF Floor(TF x);

    /// <summary>The (already integral) lanes converted to int and read as uint.</summary>
    static abstract TU ToUInt(TF x);

    static abstract TF Add(TF a, TF b);

    static abstract TF Sub(TF a, TF b);

    static abstract TF Mul(TF a, TF b);

    static abstract TF Negate(TF a);

    static abstract TF Min(TF a, TF b);

    static abstract TF Max(TF a, TF b);

    static abstract TU Add(TU a, TU b);

    static abstract TU Mul(TU a, TU b);

    static abstract TU Xor(TU a, TU b);

    static abstract TU ShiftRight(TU a, int n);

    /// <summary>All-ones float lanes where (h &amp; bit) == 0.</summary>
    static abstract TF BitClear(TU h, uint bit);

    static abstract TF Select(TF mask, TF a, TF b);
}

/// <summary>Four lanes.</summary>
internal readonly struct NoiseLanes128 : INoiseLanes<Vector128<float>, Vector128<uint>>
{
    public static int Count => 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Load(ReadOnlySpan<float> s) => Vector128.Create(s);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<float> v, Span<float> d) => v.CopyTo(d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Splat(float x) => Vector128.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> Splat(uint x) => Vector128.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Floor(Vector128<float> x) => Vector128.Floor(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> ToUInt(Vector128<float> x) => Vector128.ConvertToInt32(x).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Add(Vector128<float> a, Vector128<float> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Sub(Vector128<float> a, Vector128<float> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Mul(Vector128<float> a, Vector128<float> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Negate(Vector128<float> a) => -a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Min(Vector128<float> a, Vector128<float> b) => Vector128.Min(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Max(Vector128<float> a, Vector128<float> b) => Vector128.Max(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> Add(Vector128<uint> a, Vector128<uint> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> Mul(Vector128<uint> a, Vector128<uint> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> Xor(Vector128<uint> a, Vector128<uint> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> ShiftRight(Vector128<uint> a, int n) => Vector128.ShiftRightLogical(a, n);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> BitClear(Vector128<uint> h, uint bit) =>
        Vector128.Equals(h & Vector128.Create(bit), Vector128<uint>.Zero).AsSingle();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Select(Vector128<float> mask, Vector128<float> a, Vector128<float> b) =>
        Vector128.ConditionalSelect(mask, a, b);
}

/// <summary>Eight lanes.</summary>
internal readonly struct NoiseLanes256 : INoiseLanes<Vector256<float>, Vector256<uint>>
{
    public static int Count => 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Load(ReadOnlySpan<float> s) => Vector256.Create(s);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<float> v, Span<float> d) => v.CopyTo(d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Splat(float x) => Vector256.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Splat(uint x) => Vector256.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Floor(Vector256<float> x) => Vector256.Floor(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> ToUInt(Vector256<float> x) => Vector256.ConvertToInt32(x).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Add(Vector256<float> a, Vector256<float> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Sub(Vector256<float> a, Vector256<float> b) => a - b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Mul(Vector256<float> a, Vector256<float> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Negate(Vector256<float> a) => -a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Min(Vector256<float> a, Vector256<float> b) => Vector256.Min(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Max(Vector256<float> a, Vector256<float> b) => Vector256.Max(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Add(Vector256<uint> a, Vector256<uint> b) => a + b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Mul(Vector256<uint> a, Vector256<uint> b) => a * b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Xor(Vector256<uint> a, Vector256<uint> b) => a ^ b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> ShiftRight(Vector256<uint> a, int n) => Vector256.ShiftRightLogical(a, n);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> BitClear(Vector256<uint> h, uint bit) =>
        Vector256.Equals(h & Vector256.Create(bit), Vector256<uint>.Zero).AsSingle();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Select(Vector256<float> mask, Vector256<float> a, Vector256<float> b) =>
        Vector256.ConditionalSelect(mask, a, b);
}
