using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ornament.Paint;

/// <summary>Exact 8-bit compositing arithmetic on 16-bit lanes holding RGBA pixels (4 lanes per pixel). Every
/// operation is the lane-wise twin of the scalar formula in <see cref="Compositor"/>, so results match byte for
/// byte.</summary>
internal static class VectorMath
{
    /// <summary>x/255 rounded to nearest for 0 ≤ x ≤ 255·255 (no lane overflows: the largest intermediate is
    /// 65153 + 254).</summary>
    /// <remarks>With v = x + 128 (≤ 65153), (v + (v ≫ 8)) ≫ 8 equals the high half of v·257 for every such v
    /// (checked exhaustively), one multiply instead of two shifts and an add where the hardware has it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> Div255(Vector128<ushort> x)
    {
        x += Vector128.Create((ushort)128);
        if (Sse2.IsSupported)
        {
            return Sse2.MultiplyHigh(x, Vector128.Create((ushort)257));
        }

        return (x + (x >>> 8)) >>> 8;
    }

    /// <inheritdoc cref="Div255(Vector128{ushort})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Div255(Vector256<ushort> x)
    {
        x += Vector256.Create((ushort)128);
        if (Avx2.IsSupported)
        {
            return Avx2.MultiplyHigh(x, Vector256.Create((ushort)257));
        }

        return (x + (x >>> 8)) >>> 8;
    }

    /// <summary>Copies each pixel's alpha lane into its four lanes (shifts on 64-bit lanes: no shuffle needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<ushort> BroadcastAlpha(Vector128<ushort> x)
    {
        var a = x.AsUInt64() >>> 48;
        a |= a << 16;
        a |= a << 32;
        return a.AsUInt16();
    }

    /// <inheritdoc cref="BroadcastAlpha(Vector128{ushort})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> BroadcastAlpha(Vector256<ushort> x)
    {
        var a = x.AsUInt64() >>> 48;
        a |= a << 16;
        a |= a << 32;
        return a.AsUInt16();
    }

    /// <summary>Coverage of 4 pixels (4 bytes) spread to 16 lanes, one byte per channel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> SpreadCoverage(uint cov4) =>
        Vector128.Shuffle(Vector128.CreateScalar(cov4).AsByte(), Vector128.Create((byte)0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3));

    /// <summary>Coverage of 8 pixels (8 bytes) spread to 32 lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> SpreadCoverage(ulong cov8) =>
        Vector256.Create(SpreadCoverage((uint)cov8), SpreadCoverage((uint)(cov8 >> 32)));

    /// <summary>d' = s + d·(255 − sa)/255 for already scaled premultiplied sources (widened halves).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Over(Vector128<byte> d, Vector128<ushort> sLo, Vector128<ushort> sHi)
    {
        var full = Vector128.Create((ushort)255);
        var (dLo, dHi) = Vector128.Widen(d);
        dLo = sLo + Div255(dLo * (full - BroadcastAlpha(sLo)));
        dHi = sHi + Div255(dHi * (full - BroadcastAlpha(sHi)));
        return Vector128.Narrow(dLo, dHi);
    }

    /// <inheritdoc cref="Over(Vector128{byte}, Vector128{ushort}, Vector128{ushort})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Over(Vector256<byte> d, Vector256<ushort> sLo, Vector256<ushort> sHi)
    {
        var full = Vector256.Create((ushort)255);
        var (dLo, dHi) = Vector256.Widen(d);
        dLo = sLo + Div255(dLo * (full - BroadcastAlpha(sLo)));
        dHi = sHi + Div255(dHi * (full - BroadcastAlpha(sHi)));
        return Vector256.Narrow(dLo, dHi);
    }
}
