using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Source-over span kernels with scalar, 128-bit and 256-bit twins that give identical bytes. Each entry
/// takes the <see cref="SimdWidth"/> explicitly; the vector loops leave the last few pixels to the scalar twin.
/// Pixel blocks whose coverage is all zero are skipped; blocks that are fully covered by opaque colour are stored
/// without arithmetic.</summary>
internal static class SourceOverKernels
{
    /// <summary>Solid premultiplied colour <paramref name="c"/> through <paramref name="coverage"/> onto
    /// <paramref name="row"/> (4 bytes per coverage byte).</summary>
    public static void Solid(Span<byte> row, ReadOnlySpan<byte> coverage, PremulRgba8 c, SimdWidth width)
    {
        int done = width switch
        {
            SimdWidth.Vector256 => Solid256(row, coverage, c),
            SimdWidth.Vector128 => Solid128(row, coverage, c),
            _ => 0,
        };
        int rest = coverage.Length - done;
        if (rest == 0)
        {
            return;
        }

        if (width == SimdWidth.Scalar)
        {
            Compositor.SourceOverSolid(row, coverage, c);
            return;
        }

        // The last few pixels (short spans are common: small shapes, edges) go through one vector step on a padded
        // copy: zero coverage leaves a pixel exactly as it was, and only the real pixels are copied back.
        // (Copied pixel by pixel: at most 7, cheaper than general copies of a few bytes.)
        Span<byte> cov = stackalloc byte[8];
        Span<uint> px = stackalloc uint[8];
        cov.Clear();
        var dst = MemoryMarshal.Cast<byte, uint>(row[(done * 4)..]);
        for (int i = 0; i < rest; i++)
        {
            cov[i] = coverage[done + i];
            px[i] = dst[i];
        }

        var pxBytes = MemoryMarshal.AsBytes(px);
        if (width == SimdWidth.Vector256 && rest > 4)
        {
            Solid256(pxBytes, cov, c);
        }
        else
        {
            Solid128(pxBytes, cov[..4], c);
        }

        for (int i = 0; i < rest; i++)
        {
            dst[i] = px[i];
        }
    }

    /// <summary>Solid premultiplied colour <paramref name="c"/> at one <paramref name="coverage"/> over every pixel of
    /// <paramref name="row"/>: the inside of a shape. Fully covered opaque runs are plain fills; otherwise the
    /// scaled source and its inverse alpha are computed once for the run. Same bytes as <see cref="Solid"/>.</summary>
    public static void SolidConstant(Span<byte> row, byte coverage, PremulRgba8 c, SimdWidth width)
    {
        if (coverage == 255 && c.A == 255)
        {
            MemoryMarshal.Cast<byte, uint>(row).Fill(Pack(c));
            return;
        }

        var s = new PremulRgba8(
            (byte)Compositor.Div255(c.R * coverage), (byte)Compositor.Div255(c.G * coverage),
            (byte)Compositor.Div255(c.B * coverage), (byte)Compositor.Div255(c.A * coverage));
        if (s == default)
        {
            return; // d·255/255 = d exactly: nothing changes
        }

        int done = width switch
        {
            SimdWidth.Vector256 => Constant256(row, s),
            SimdWidth.Vector128 => Constant128(row, s),
            _ => 0,
        };
        ConstantScalar(row[(done * 4)..], s);
    }

    /// <summary>Scalar twin of the constant-run kernels: d = s + d·(255 − sa)/255 per channel.</summary>
    public static void ConstantScalar(Span<byte> row, PremulRgba8 s)
    {
        int inv = 255 - s.A;
        for (int o = 0; o + 4 <= row.Length; o += 4)
        {
            row[o] = (byte)(s.R + Compositor.Div255(row[o] * inv));
            row[o + 1] = (byte)(s.G + Compositor.Div255(row[o + 1] * inv));
            row[o + 2] = (byte)(s.B + Compositor.Div255(row[o + 2] * inv));
            row[o + 3] = (byte)(s.A + Compositor.Div255(row[o + 3] * inv));
        }
    }

    private static int Constant128(Span<byte> row, PremulRgba8 s)
    {
        int n = (row.Length / 4) & ~3;
        var (sW, _) = Vector128.Widen(Vector128.Create(Pack(s)).AsByte());
        var inv = Vector128.Create((ushort)(255 - s.A));
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        for (int i = 0; i < n; i += 4)
        {
            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            var (lo, hi) = Vector128.Widen(Vector128.LoadUnsafe(ref d));
            Vector128.Narrow(sW + VectorMath.Div255(lo * inv), sW + VectorMath.Div255(hi * inv)).StoreUnsafe(ref d);
        }

        return n;
    }

    private static int Constant256(Span<byte> row, PremulRgba8 s)
    {
        int n = (row.Length / 4) & ~7;
        var (sW, _) = Vector256.Widen(Vector256.Create(Pack(s)).AsByte());
        var inv = Vector256.Create((ushort)(255 - s.A));
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        for (int i = 0; i < n; i += 8)
        {
            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref d));
            Vector256.Narrow(sW + VectorMath.Div255(lo * inv), sW + VectorMath.Div255(hi * inv)).StoreUnsafe(ref d);
        }

        return n + Constant128(row[(n * 4)..], s);
    }

    /// <summary>Premultiplied source pixels <paramref name="src"/> scaled by <paramref name="coverage"/> onto
    /// <paramref name="row"/>.</summary>
    public static void Masked(Span<byte> row, ReadOnlySpan<byte> src, ReadOnlySpan<byte> coverage, SimdWidth width)
    {
        int done = width switch
        {
            SimdWidth.Vector256 => Masked256(row, src, coverage),
            SimdWidth.Vector128 => Masked128(row, src, coverage),
            _ => 0,
        };
        MaskedScalar(row[(done * 4)..], src[(done * 4)..], coverage[done..]);
    }

    /// <summary>Premultiplied source pixels scaled by a constant <paramref name="alpha"/> onto
    /// <paramref name="row"/> (layers, group opacity).</summary>
    public static void Uniform(Span<byte> row, ReadOnlySpan<byte> src, byte alpha, SimdWidth width)
    {
        int done = width switch
        {
            SimdWidth.Vector256 => Uniform256(row, src, alpha),
            SimdWidth.Vector128 => Uniform128(row, src, alpha),
            _ => 0,
        };
        UniformScalar(row[(done * 4)..], src[(done * 4)..], alpha);
    }

    /// <summary>Scalar twin of <see cref="Masked"/>.</summary>
    public static void MaskedScalar(Span<byte> row, ReadOnlySpan<byte> src, ReadOnlySpan<byte> coverage)
    {
        for (int i = 0; i < coverage.Length; i++)
        {
            int cov = coverage[i];
            if (cov != 0)
            {
                Pixel(row.Slice(i * 4, 4), src.Slice(i * 4, 4), cov);
            }
        }
    }

    /// <summary>Scalar twin of <see cref="Uniform"/>.</summary>
    public static void UniformScalar(Span<byte> row, ReadOnlySpan<byte> src, byte alpha)
    {
        int n = src.Length / 4;
        for (int i = 0; i < n; i++)
        {
            Pixel(row.Slice(i * 4, 4), src.Slice(i * 4, 4), alpha);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pixel(Span<byte> d, ReadOnlySpan<byte> s, int cov)
    {
        int sa = Compositor.Div255(s[3] * cov);
        if (sa == 0 && s[0] == 0 && s[1] == 0 && s[2] == 0)
        {
            return; // adds nothing (d·255/255 = d exactly, so skipping changes no byte)
        }

        int inv = 255 - sa;
        d[0] = (byte)(Compositor.Div255(s[0] * cov) + Compositor.Div255(d[0] * inv));
        d[1] = (byte)(Compositor.Div255(s[1] * cov) + Compositor.Div255(d[1] * inv));
        d[2] = (byte)(Compositor.Div255(s[2] * cov) + Compositor.Div255(d[2] * inv));
        d[3] = (byte)(sa + Compositor.Div255(d[3] * inv));
    }

    private static uint Pack(PremulRgba8 c)
    {
        uint v = c.R | ((uint)c.G << 8) | ((uint)c.B << 16) | ((uint)c.A << 24);
        return BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
    }

    private static int Solid128(Span<byte> row, ReadOnlySpan<byte> coverage, PremulRgba8 c)
    {
        int n = coverage.Length & ~3;
        var colorW = Vector128.Create(Pack(c)).AsByte();
        var (colLo, _) = Vector128.Widen(colorW); // both halves are the same colour
        bool opaque = c.A == 255;
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        ref byte c0 = ref MemoryMarshal.GetReference(coverage);
        for (int i = 0; i < n; i += 4)
        {
            uint cov4 = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref c0, i));
            if (cov4 == 0)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            if (cov4 == uint.MaxValue && opaque)
            {
                colorW.StoreUnsafe(ref d);
                continue;
            }

            var (cLo, cHi) = Vector128.Widen(VectorMath.SpreadCoverage(cov4));
            var dst = Vector128.LoadUnsafe(ref d);
            VectorMath.Over(dst, VectorMath.Div255(colLo * cLo), VectorMath.Div255(colLo * cHi)).StoreUnsafe(ref d);
        }

        return n;
    }

    private static int Solid256(Span<byte> row, ReadOnlySpan<byte> coverage, PremulRgba8 c)
    {
        int n = coverage.Length & ~7;
        var colorW = Vector256.Create(Pack(c)).AsByte();
        var (colLo, _) = Vector256.Widen(colorW);
        bool opaque = c.A == 255;
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        ref byte c0 = ref MemoryMarshal.GetReference(coverage);
        for (int i = 0; i < n; i += 8)
        {
            ulong cov8 = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref c0, i));
            if (cov8 == 0)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            if (cov8 == ulong.MaxValue && opaque)
            {
                colorW.StoreUnsafe(ref d);
                continue;
            }

            var (cLo, cHi) = Vector256.Widen(VectorMath.SpreadCoverage(cov8));
            var dst = Vector256.LoadUnsafe(ref d);
            VectorMath.Over(dst, VectorMath.Div255(colLo * cLo), VectorMath.Div255(colLo * cHi)).StoreUnsafe(ref d);
        }

        return n;
    }

    private static int Masked128(Span<byte> row, ReadOnlySpan<byte> src, ReadOnlySpan<byte> coverage)
    {
        int n = coverage.Length & ~3;
        var alphaMask = Vector128.Create(0xFF000000u);
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        ref byte s0 = ref MemoryMarshal.GetReference(src);
        ref byte c0 = ref MemoryMarshal.GetReference(coverage);
        for (int i = 0; i < n; i += 4)
        {
            uint cov4 = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref c0, i));
            if (cov4 == 0)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            var s = Vector128.LoadUnsafe(ref Unsafe.Add(ref s0, i * 4));
            if (cov4 == uint.MaxValue && Vector128.EqualsAll(s.AsUInt32() & alphaMask, alphaMask))
            {
                s.StoreUnsafe(ref d);
                continue;
            }

            var (cLo, cHi) = Vector128.Widen(VectorMath.SpreadCoverage(cov4));
            var (sLo, sHi) = Vector128.Widen(s);
            VectorMath.Over(Vector128.LoadUnsafe(ref d), VectorMath.Div255(sLo * cLo), VectorMath.Div255(sHi * cHi)).StoreUnsafe(ref d);
        }

        return n;
    }

    private static int Masked256(Span<byte> row, ReadOnlySpan<byte> src, ReadOnlySpan<byte> coverage)
    {
        int n = coverage.Length & ~7;
        var alphaMask = Vector256.Create(0xFF000000u);
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        ref byte s0 = ref MemoryMarshal.GetReference(src);
        ref byte c0 = ref MemoryMarshal.GetReference(coverage);
        for (int i = 0; i < n; i += 8)
        {
            ulong cov8 = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref c0, i));
            if (cov8 == 0)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            var s = Vector256.LoadUnsafe(ref Unsafe.Add(ref s0, i * 4));
            if (cov8 == ulong.MaxValue && Vector256.EqualsAll(s.AsUInt32() & alphaMask, alphaMask))
            {
                s.StoreUnsafe(ref d);
                continue;
            }

            var (cLo, cHi) = Vector256.Widen(VectorMath.SpreadCoverage(cov8));
            var (sLo, sHi) = Vector256.Widen(s);
            VectorMath.Over(Vector256.LoadUnsafe(ref d), VectorMath.Div255(sLo * cLo), VectorMath.Div255(sHi * cHi)).StoreUnsafe(ref d);
        }

        return n;
    }

    private static int Uniform128(Span<byte> row, ReadOnlySpan<byte> src, byte alpha)
    {
        int n = (src.Length / 4) & ~3;
        var alphaMask = Vector128.Create(0xFF000000u);
        var a = Vector128.Create((ushort)alpha);
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        ref byte s0 = ref MemoryMarshal.GetReference(src);
        for (int i = 0; i < n; i += 4)
        {
            var s = Vector128.LoadUnsafe(ref Unsafe.Add(ref s0, i * 4));
            if (s == Vector128<byte>.Zero)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            if (alpha == 255 && Vector128.EqualsAll(s.AsUInt32() & alphaMask, alphaMask))
            {
                s.StoreUnsafe(ref d);
                continue;
            }

            var (sLo, sHi) = Vector128.Widen(s);
            VectorMath.Over(Vector128.LoadUnsafe(ref d), VectorMath.Div255(sLo * a), VectorMath.Div255(sHi * a)).StoreUnsafe(ref d);
        }

        return n;
    }

    private static int Uniform256(Span<byte> row, ReadOnlySpan<byte> src, byte alpha)
    {
        int n = (src.Length / 4) & ~7;
        var alphaMask = Vector256.Create(0xFF000000u);
        var a = Vector256.Create((ushort)alpha);
        ref byte d0 = ref MemoryMarshal.GetReference(row);
        ref byte s0 = ref MemoryMarshal.GetReference(src);
        for (int i = 0; i < n; i += 8)
        {
            var s = Vector256.LoadUnsafe(ref Unsafe.Add(ref s0, i * 4));
            if (s == Vector256<byte>.Zero)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            if (alpha == 255 && Vector256.EqualsAll(s.AsUInt32() & alphaMask, alphaMask))
            {
                s.StoreUnsafe(ref d);
                continue;
            }

            var (sLo, sHi) = Vector256.Widen(s);
            VectorMath.Over(Vector256.LoadUnsafe(ref d), VectorMath.Div255(sLo * a), VectorMath.Div255(sHi * a)).StoreUnsafe(ref d);
        }

        return n;
    }
}
