using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Row conversions between straight and premultiplied RGBA8, scalar and vector twins with identical
/// bytes (the PNG encoder un-premultiplies every row; the decoder premultiplies).</summary>
internal static class PremultiplyKernels
{
    /// <summary>Straight → premultiplied: c·a/255 rounded to nearest; alpha unchanged. Spans may be the same.</summary>
    public static void Premultiply(ReadOnlySpan<byte> straight, Span<byte> premul, SimdWidth width)
    {
        int n = Math.Min(straight.Length, premul.Length) & ~3;
        int done = 0;
        ref byte s0 = ref MemoryMarshal.GetReference(straight);
        ref byte d0 = ref MemoryMarshal.GetReference(premul);
        if (width == SimdWidth.Vector256)
        {
            var alphaLanes = Vector256.Create(0xFFFF000000000000ul).AsUInt16();
            for (; done + 32 <= n; done += 32)
            {
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.Add(ref s0, done)));
                lo = Vector256.ConditionalSelect(alphaLanes, lo, VectorMath.Div255(lo * VectorMath.BroadcastAlpha(lo)));
                hi = Vector256.ConditionalSelect(alphaLanes, hi, VectorMath.Div255(hi * VectorMath.BroadcastAlpha(hi)));
                Vector256.Narrow(lo, hi).StoreUnsafe(ref Unsafe.Add(ref d0, done));
            }
        }
        else if (width == SimdWidth.Vector128)
        {
            var alphaLanes = Vector128.Create(0xFFFF000000000000ul).AsUInt16();
            for (; done + 16 <= n; done += 16)
            {
                var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref Unsafe.Add(ref s0, done)));
                lo = Vector128.ConditionalSelect(alphaLanes, lo, VectorMath.Div255(lo * VectorMath.BroadcastAlpha(lo)));
                hi = Vector128.ConditionalSelect(alphaLanes, hi, VectorMath.Div255(hi * VectorMath.BroadcastAlpha(hi)));
                Vector128.Narrow(lo, hi).StoreUnsafe(ref Unsafe.Add(ref d0, done));
            }
        }

        for (int i = done; i < n; i += 4)
        {
            int a = straight[i + 3];
            premul[i] = (byte)Compositor.Div255(straight[i] * a);
            premul[i + 1] = (byte)Compositor.Div255(straight[i + 1] * a);
            premul[i + 2] = (byte)Compositor.Div255(straight[i + 2] * a);
            premul[i + 3] = (byte)a;
        }
    }

    /// <summary>Premultiplied → straight: min(255, (c·255 + a/2) / a) (integer division); alpha 0 gives
    /// transparent black. Spans may be the same.</summary>
    /// <remarks>The vector twins divide in single precision: the numerator is below 2^17 so it is exact, and the
    /// correctly rounded quotient is never closer to the next integer than 1/a, so truncating it gives the integer
    /// quotient exactly.</remarks>
    public static void Unpremultiply(ReadOnlySpan<byte> premul, Span<byte> straight, SimdWidth width)
    {
        int n = Math.Min(straight.Length, premul.Length) & ~3;
        int done = 0;
        if (width == SimdWidth.Vector256)
        {
            done = Unpremultiply256(premul, straight, n);
        }
        else if (width == SimdWidth.Vector128)
        {
            done = Unpremultiply128(premul, straight, n);
        }

        for (int i = done; i < n; i += 4)
        {
            int a = premul[i + 3];
            if (a == 0)
            {
                straight[i] = straight[i + 1] = straight[i + 2] = straight[i + 3] = 0;
                continue;
            }

            int half = a >> 1;
            straight[i] = (byte)Math.Min(255, ((premul[i] * 255) + half) / a);
            straight[i + 1] = (byte)Math.Min(255, ((premul[i + 1] * 255) + half) / a);
            straight[i + 2] = (byte)Math.Min(255, ((premul[i + 2] * 255) + half) / a);
            straight[i + 3] = (byte)a;
        }
    }

    private static int Unpremultiply128(ReadOnlySpan<byte> premul, Span<byte> straight, int n)
    {
        var alphaLanes = Vector128.Create(0xFFFF000000000000ul).AsUInt16();
        int done = 0;
        ref byte s0 = ref MemoryMarshal.GetReference(premul);
        ref byte d0 = ref MemoryMarshal.GetReference(straight);
        for (; done + 16 <= n; done += 16)
        {
            var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref Unsafe.Add(ref s0, done)));
            lo = Unpremul(lo, alphaLanes);
            hi = Unpremul(hi, alphaLanes);
            Vector128.Narrow(lo, hi).StoreUnsafe(ref Unsafe.Add(ref d0, done));
        }

        return done;
    }

    private static int Unpremultiply256(ReadOnlySpan<byte> premul, Span<byte> straight, int n)
    {
        var alphaLanes = Vector256.Create(0xFFFF000000000000ul).AsUInt16();
        int done = 0;
        ref byte s0 = ref MemoryMarshal.GetReference(premul);
        ref byte d0 = ref MemoryMarshal.GetReference(straight);
        for (; done + 32 <= n; done += 32)
        {
            var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.Add(ref s0, done)));
            lo = Unpremul(lo, alphaLanes);
            hi = Unpremul(hi, alphaLanes);
            Vector256.Narrow(lo, hi).StoreUnsafe(ref Unsafe.Add(ref d0, done));
        }

        return done;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Unpremul(Vector128<ushort> x, Vector128<ushort> alphaLanes)
    {
        var a = VectorMath.BroadcastAlpha(x);
        var (xl, xh) = Vector128.Widen(x);
        var (al, ah) = Vector128.Widen(a);
        var ql = Quotient(xl, al);
        var qh = Quotient(xh, ah);
        var q = Vector128.Min(Vector128.Narrow(ql, qh), Vector128.Create((ushort)255));
        q = Vector128.ConditionalSelect(alphaLanes, x, q);
        return Vector128.AndNot(q, Vector128.Equals(a, Vector128<ushort>.Zero));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Unpremul(Vector256<ushort> x, Vector256<ushort> alphaLanes)
    {
        var a = VectorMath.BroadcastAlpha(x);
        var (xl, xh) = Vector256.Widen(x);
        var (al, ah) = Vector256.Widen(a);
        var ql = Quotient(xl, al);
        var qh = Quotient(xh, ah);
        var q = Vector256.Min(Vector256.Narrow(ql, qh), Vector256.Create((ushort)255));
        q = Vector256.ConditionalSelect(alphaLanes, x, q);
        return Vector256.AndNot(q, Vector256.Equals(a, Vector256<ushort>.Zero));
    }

    // min(65535, (c·255 + a/2) / a) with a forced ≥ 1 (alpha-0 pixels are zeroed by the caller).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> Quotient(Vector128<uint> c, Vector128<uint> a)
    {
        a = Vector128.Max(a, Vector128<uint>.One);
        var num = (c * 255u) + (a >>> 1);
        var q = Vector128.ConvertToInt32(Vector128.ConvertToSingle(num.AsInt32()) / Vector128.ConvertToSingle(a.AsInt32())).AsUInt32();
        return Vector128.Min(q, Vector128.Create(255u));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Quotient(Vector256<uint> c, Vector256<uint> a)
    {
        a = Vector256.Max(a, Vector256<uint>.One);
        var num = (c * 255u) + (a >>> 1);
        var q = Vector256.ConvertToInt32(Vector256.ConvertToSingle(num.AsInt32()) / Vector256.ConvertToSingle(a.AsInt32())).AsUInt32();
        return Vector256.Min(q, Vector256.Create(255u));
    }
}
