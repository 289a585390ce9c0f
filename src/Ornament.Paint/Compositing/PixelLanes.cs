using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ornament.Paint;

/// <summary>The operations the source-over kernels need on a block of RGBA8 pixels, for one vector width: the
/// kernels are written once as generic loops over an implementation of this interface, and the JIT compiles one
/// specialised copy per width (value-type type arguments are never shared), so nothing is paid for the
/// abstraction. <typeparamref name="TBytes"/> holds <see cref="Pixels"/> pixels as bytes, <typeparamref name="TWide"/>
/// half of them as 16-bit lanes.</summary>
internal interface IPixelLanes<TBytes, TWide>
    where TBytes : struct
    where TWide : struct
{
    /// <summary>Pixels per block (4 or 8).</summary>
    static abstract int Pixels { get; }

    /// <summary>Coverage bits of a block that is fully covered (every byte 255).</summary>
    static abstract ulong FullCoverage { get; }

    static abstract TBytes Load(ref byte p);

    static abstract void Store(TBytes v, ref byte p);

    /// <summary>One packed pixel (memory order R, G, B, A) in every pixel of the block.</summary>
    static abstract TBytes Splat(uint pixel);

    static abstract TWide Splat16(ushort x);

    /// <summary>The block's coverage bytes read as one integer (zero-extended).</summary>
    static abstract ulong ReadCoverage(ref byte coverage);

    /// <summary>Coverage bits of <see cref="ReadCoverage"/> spread to 16-bit lanes, one per channel.</summary>
    static abstract (TWide Lo, TWide Hi) SpreadCoverage(ulong bits);

    static abstract (TWide Lo, TWide Hi) Widen(TBytes v);

    /// <summary>Div255(a·b) lane-wise (exact for bytes).</summary>
    static abstract TWide Scale(TWide a, TWide b);

    /// <summary>d' = s + d·(255 − sa)/255 for scaled sources in widened halves.</summary>
    static abstract TBytes Over(TBytes d, TWide sLo, TWide sHi);

    /// <summary>d' = s + d·inv/255 with one source <paramref name="s"/> and one inverse alpha for the block;
    /// <paramref name="mul"/> holds <see cref="ConstantScale.Multipliers"/>[inv], which the hardware's rounding high
    /// multiply turns into the same Div255 in one instruction.</summary>
    static abstract TBytes OverConstant(TBytes d, TWide s, TWide inv, TWide mul);

    /// <summary>Every pixel's alpha is 255.</summary>
    static abstract bool AllOpaque(TBytes v);

    static abstract bool IsZero(TBytes v);
}

/// <summary>Four pixels in a <see cref="Vector128{T}"/>.</summary>
internal readonly struct PixelLanes128 : IPixelLanes<Vector128<byte>, Vector128<ushort>>
{
    public static int Pixels => 4;

    public static ulong FullCoverage => uint.MaxValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Load(ref byte p) => Vector128.LoadUnsafe(ref p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<byte> v, ref byte p) => v.StoreUnsafe(ref p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Splat(uint pixel) => Vector128.Create(pixel).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Splat16(ushort x) => Vector128.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ReadCoverage(ref byte coverage) => Unsafe.ReadUnaligned<uint>(ref coverage);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector128<ushort> Lo, Vector128<ushort> Hi) SpreadCoverage(ulong bits) =>
        Vector128.Widen(VectorMath.SpreadCoverage((uint)bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector128<ushort> Lo, Vector128<ushort> Hi) Widen(Vector128<byte> v) => Vector128.Widen(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Scale(Vector128<ushort> a, Vector128<ushort> b) => VectorMath.Div255(a * b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Over(Vector128<byte> d, Vector128<ushort> sLo, Vector128<ushort> sHi) =>
        VectorMath.Over(d, sLo, sHi);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> OverConstant(Vector128<byte> d, Vector128<ushort> s, Vector128<ushort> inv, Vector128<ushort> mul)
    {
        var (lo, hi) = Vector128.Widen(d);
        if (Ssse3.IsSupported)
        {
            var m = mul.AsInt16();
            return Vector128.Narrow(
                s + Ssse3.MultiplyHighRoundScale(lo.AsInt16(), m).AsUInt16(),
                s + Ssse3.MultiplyHighRoundScale(hi.AsInt16(), m).AsUInt16());
        }

        return Vector128.Narrow(s + VectorMath.Div255(lo * inv), s + VectorMath.Div255(hi * inv));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllOpaque(Vector128<byte> v)
    {
        var mask = Vector128.Create(0xFF000000u);
        return Vector128.EqualsAll(v.AsUInt32() & mask, mask);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZero(Vector128<byte> v) => v == Vector128<byte>.Zero;
}

/// <summary>Eight pixels in a <see cref="Vector256{T}"/>.</summary>
internal readonly struct PixelLanes256 : IPixelLanes<Vector256<byte>, Vector256<ushort>>
{
    public static int Pixels => 8;

    public static ulong FullCoverage => ulong.MaxValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Load(ref byte p) => Vector256.LoadUnsafe(ref p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<byte> v, ref byte p) => v.StoreUnsafe(ref p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Splat(uint pixel) => Vector256.Create(pixel).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Splat16(ushort x) => Vector256.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ReadCoverage(ref byte coverage) => Unsafe.ReadUnaligned<ulong>(ref coverage);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<ushort> Lo, Vector256<ushort> Hi) SpreadCoverage(ulong bits) =>
        Widen(VectorMath.SpreadCoverage(bits));

    // With AVX2 the halves are the in-lane unpacks (pixels 0–1 and 4–5, then 2–3 and 6–7) and Over packs them back
    // in-lane: the exact inverse, with no cross-lane permute either way. Every per-pixel operand of a block (pixels,
    // sources, coverage) is widened here, so they stay aligned pixel for pixel; the arithmetic is per lane, so the
    // bytes are those of the ordered widening.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<ushort> Lo, Vector256<ushort> Hi) Widen(Vector256<byte> v)
    {
        if (Avx2.IsSupported)
        {
            return (Avx2.UnpackLow(v, Vector256<byte>.Zero).AsUInt16(), Avx2.UnpackHigh(v, Vector256<byte>.Zero).AsUInt16());
        }

        return Vector256.Widen(v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Scale(Vector256<ushort> a, Vector256<ushort> b) => VectorMath.Div255(a * b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Over(Vector256<byte> d, Vector256<ushort> sLo, Vector256<ushort> sHi)
    {
        if (Avx2.IsSupported)
        {
            var full = Vector256.Create((ushort)255);
            var (dLo, dHi) = Widen(d);
            dLo = sLo + VectorMath.Div255(dLo * (full - VectorMath.BroadcastAlpha(sLo)));
            dHi = sHi + VectorMath.Div255(dHi * (full - VectorMath.BroadcastAlpha(sHi)));
            return Avx2.PackUnsignedSaturate(dLo.AsInt16(), dHi.AsInt16());
        }

        return VectorMath.Over(d, sLo, sHi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> OverConstant(Vector256<byte> d, Vector256<ushort> s, Vector256<ushort> inv, Vector256<ushort> mul)
    {
        if (Avx2.IsSupported)
        {
            var (l, h) = Widen(d);
            var m = mul.AsInt16();
            l = s + Avx2.MultiplyHighRoundScale(l.AsInt16(), m).AsUInt16();
            h = s + Avx2.MultiplyHighRoundScale(h.AsInt16(), m).AsUInt16();
            return Avx2.PackUnsignedSaturate(l.AsInt16(), h.AsInt16());
        }

        var (lo, hi) = Vector256.Widen(d);
        return Vector256.Narrow(s + VectorMath.Div255(lo * inv), s + VectorMath.Div255(hi * inv));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllOpaque(Vector256<byte> v)
    {
        var mask = Vector256.Create(0xFF000000u);
        return Vector256.EqualsAll(v.AsUInt32() & mask, mask);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZero(Vector256<byte> v) => v == Vector256<byte>.Zero;
}
