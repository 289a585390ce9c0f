using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Source-over span kernels. Each entry takes the <see cref="SimdWidth"/> explicitly and runs one generic
/// block loop (<see cref="IPixelLanes{TBytes, TWide}"/>: 8 pixels, then 4), then a per-pixel tail in 16-bit lanes of
/// a register (<see cref="PixelSwar"/>), which is also the whole kernel at <see cref="SimdWidth.Scalar"/>. Spans
/// shorter than a block (anti-aliased edges are mostly 1–3 pixels) go straight to the tail. The plain per-byte
/// loops (<see cref="Compositor.SourceOverSolid"/>, <see cref="MaskedScalar"/>, <see cref="UniformScalar"/>,
/// <see cref="ConstantScalar"/>) are the oracles every width must equal byte for byte. Blocks whose coverage is all
/// zero are skipped; blocks fully covered by opaque colour are stored without arithmetic.</summary>
internal static class SourceOverKernels
{
    /// <summary>Solid premultiplied colour <paramref name="c"/> through <paramref name="coverage"/> onto
    /// <paramref name="row"/> (4 bytes per coverage byte).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Solid(Span<byte> row, ReadOnlySpan<byte> coverage, PremulRgba8 c, SimdWidth width)
    {
        int n = coverage.Length;
        if ((uint)row.Length < (uint)n * 4)
        {
            ThrowShort();
        }

        if (!BitConverter.IsLittleEndian)
        {
            Compositor.SourceOverSolid(row, coverage, c);
            return;
        }

        ref byte d = ref MemoryMarshal.GetReference(row);
        ref byte cv = ref MemoryMarshal.GetReference(coverage);
        if (n < 4 || width == SimdWidth.Scalar)
        {
            SolidTail(ref d, ref cv, 0, n, c);
            return;
        }

        SolidVector(ref d, ref cv, n, c, width);
    }

    private static void SolidVector(ref byte d, ref byte cv, int n, PremulRgba8 c, SimdWidth width)
    {
        uint packed = Pack(c);
        bool opaque = c.A == 255;
        int i = 0;
        if (width == SimdWidth.Vector256 && n >= 8)
        {
            i = SolidBlocks<PixelLanes256, Vector256<byte>, Vector256<ushort>>(ref d, ref cv, 0, n, packed, opaque);
        }

        i = SolidBlocks<PixelLanes128, Vector128<byte>, Vector128<ushort>>(ref d, ref cv, i, n, packed, opaque);
        if (i < n)
        {
            SolidTail(ref d, ref cv, i, n, c);
        }
    }

    /// <summary>Pixels [i, n) one at a time, all four channels in one register.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SolidTail(ref byte d, ref byte cv, int i, int n, PremulRgba8 c)
    {
        uint packed = Pack(c);
        bool opaque = c.A == 255;
        ulong color = PixelSwar.Spread(packed);
        for (; i < n; i++)
        {
            uint cov = Unsafe.Add(ref cv, i);
            if (cov == 0)
            {
                continue;
            }

            ref uint px = ref Unsafe.As<byte, uint>(ref Unsafe.Add(ref d, i * 4));
            if (cov == 255 && opaque)
            {
                px = packed;
                continue;
            }

            px = PixelSwar.Over(px, PixelSwar.Div255(color * cov));
        }
    }

    private static int SolidBlocks<TLanes, TBytes, TWide>(ref byte d0, ref byte c0, int i, int n, uint packed, bool opaque)
        where TLanes : struct, IPixelLanes<TBytes, TWide>
        where TBytes : struct
        where TWide : struct
    {
        var color = TLanes.Splat(packed);
        var (colLo, _) = TLanes.Widen(color); // both halves hold the same colour
        ulong full = TLanes.FullCoverage;
        for (; i + TLanes.Pixels <= n; i += TLanes.Pixels)
        {
            ulong cov = TLanes.ReadCoverage(ref Unsafe.Add(ref c0, i));
            if (cov == 0)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            if (cov == full && opaque)
            {
                TLanes.Store(color, ref d);
                continue;
            }

            var (cLo, cHi) = TLanes.SpreadCoverage(cov);
            TLanes.Store(TLanes.Over(TLanes.Load(ref d), TLanes.Scale(colLo, cLo), TLanes.Scale(colLo, cHi)), ref d);
        }

        return i;
    }

    /// <summary>Solid premultiplied colour <paramref name="c"/> at one <paramref name="coverage"/> over every pixel of
    /// <paramref name="row"/>: the inside of a shape. Fully covered opaque runs are plain fills; otherwise the
    /// scaled source and its inverse alpha are computed once for the run. Same bytes as <see cref="Solid"/>.</summary>
    public static void SolidConstant(Span<byte> row, byte coverage, PremulRgba8 c, SimdWidth width) =>
        SolidConstant(row, coverage, c, width, 0);

    /// <summary>Like <see cref="SolidConstant(Span{byte}, byte, PremulRgba8, SimdWidth)"/>; a non-zero
    /// <paramref name="prefetch"/> is the byte distance from <paramref name="row"/> to pixels the caller will blend
    /// soon (the same columns a few rows down, inside the same array): the vector loops ask the cache for them one
    /// line per 64 bytes blended, spread over the run instead of in a burst after it. Changes no byte.</summary>
    public static void SolidConstant(Span<byte> row, byte coverage, PremulRgba8 c, SimdWidth width, nint prefetch)
    {
        if (coverage == 255 && c.A == 255)
        {
            MemoryMarshal.Cast<byte, uint>(row).Fill(Pack(c));
            PrefetchRun(row, prefetch);
            return;
        }

        var s = coverage == 255 ? c : new PremulRgba8( // Div255(v·255) = v: the inside of a translucent shape
            (byte)Compositor.Div255(c.R * coverage), (byte)Compositor.Div255(c.G * coverage),
            (byte)Compositor.Div255(c.B * coverage), (byte)Compositor.Div255(c.A * coverage));
        if (s == default)
        {
            return; // d·255/255 = d exactly: nothing changes
        }

        if (!BitConverter.IsLittleEndian)
        {
            ConstantScalar(row, s);
            return;
        }

        int n = row.Length / 4;
        ref byte d = ref MemoryMarshal.GetReference(row);
        uint packed = Pack(s);
        int i = 0;
        if (width == SimdWidth.Vector256)
        {
            i = ConstantBlocks<PixelLanes256, Vector256<byte>, Vector256<ushort>>(ref d, 0, n, packed, prefetch);
        }

        if (width != SimdWidth.Scalar)
        {
            i = ConstantBlocks<PixelLanes128, Vector128<byte>, Vector128<ushort>>(ref d, i, n, packed, prefetch);
        }

        ulong sw = PixelSwar.Spread(packed);
        for (; i < n; i++)
        {
            ref uint px = ref Unsafe.As<byte, uint>(ref Unsafe.Add(ref d, i * 4));
            px = PixelSwar.Over(px, sw);
        }

        PrefetchEnds(ref d, n, prefetch);
    }

    /// <summary>The lines the block loops' hints can miss: the last of the run (an unaligned run ends in a line
    /// they did not reach) and, for runs too short for a block, the first.</summary>
    private static unsafe void PrefetchEnds(ref byte d, int n, nint prefetch)
    {
        if (prefetch == 0 || n == 0 || !System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            return;
        }

        ref byte ahead = ref Unsafe.Add(ref d, prefetch);
        System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref ahead, (n * 4) - 1)));
        if (n < 4)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref ahead));
        }
    }

    private static unsafe int ConstantBlocks<TLanes, TBytes, TWide>(ref byte d0, int i, int n, uint packed, nint prefetch)
        where TLanes : struct, IPixelLanes<TBytes, TWide>
        where TBytes : struct
        where TWide : struct
    {
        var (sW, _) = TLanes.Widen(TLanes.Splat(packed));
        int k = 255 - (int)(packed >> 24);
        var inv = TLanes.Splat16((ushort)k);
        var mul = TLanes.Splat16((ushort)ConstantScale.Multipliers[k]);
        bool ask = prefetch != 0 && System.Runtime.Intrinsics.X86.Sse.IsSupported;
        if (TLanes.Pixels == 8)
        {
            // Two blocks (one cache line) per turn: half the loop overhead, and the hint needs no test of the offset
            // (the turns start 64 bytes apart, the same offsets the loop below asks at).
            for (; i + 16 <= n; i += 16)
            {
                ref byte d = ref Unsafe.Add(ref d0, i * 4);
                if (ask)
                {
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref d, prefetch)));
                }

                ref byte e = ref Unsafe.Add(ref d, 32);
                var a = TLanes.OverConstant(TLanes.Load(ref d), sW, inv, mul);
                var b = TLanes.OverConstant(TLanes.Load(ref e), sW, inv, mul);
                TLanes.Store(a, ref d);
                TLanes.Store(b, ref e);
            }
        }

        for (; i + TLanes.Pixels <= n; i += TLanes.Pixels)
        {
            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            if (ask && ((i * 4) & 63) == 0)
            {
                // A hint only: the address lies inside the caller's array, and a stale one is harmless.
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref d, prefetch)));
            }

            TLanes.Store(TLanes.OverConstant(TLanes.Load(ref d), sW, inv, mul), ref d);
        }

        return i;
    }

    /// <summary>Asks the cache for the bytes <paramref name="prefetch"/> past <paramref name="row"/> (0 = nothing),
    /// one line per 64 bytes: for runs stored without arithmetic, which leave no loop to spread the hints over.</summary>
    private static unsafe void PrefetchRun(Span<byte> row, nint prefetch)
    {
        if (prefetch == 0 || !System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            return;
        }

        ref byte d = ref Unsafe.Add(ref MemoryMarshal.GetReference(row), prefetch);
        for (int o = 0; o < row.Length; o += 64)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref d, o)));
        }
    }

    /// <summary>Oracle of the constant-run kernels: d = s + d·(255 − sa)/255 per channel.</summary>
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

    /// <summary>Premultiplied source pixels <paramref name="src"/> scaled by <paramref name="coverage"/> onto
    /// <paramref name="row"/>.</summary>
    public static void Masked(Span<byte> row, ReadOnlySpan<byte> src, ReadOnlySpan<byte> coverage, SimdWidth width)
    {
        int n = coverage.Length;
        if ((uint)row.Length < (uint)n * 4 || (uint)src.Length < (uint)n * 4)
        {
            ThrowShort();
        }

        if (!BitConverter.IsLittleEndian)
        {
            MaskedScalar(row, src, coverage);
            return;
        }

        ref byte d = ref MemoryMarshal.GetReference(row);
        ref byte s = ref MemoryMarshal.GetReference(src);
        ref byte cv = ref MemoryMarshal.GetReference(coverage);
        int i = 0;
        if (width == SimdWidth.Vector256)
        {
            i = MaskedBlocks<PixelLanes256, Vector256<byte>, Vector256<ushort>>(ref d, ref s, ref cv, 0, n);
        }

        if (width != SimdWidth.Scalar)
        {
            i = MaskedBlocks<PixelLanes128, Vector128<byte>, Vector128<ushort>>(ref d, ref s, ref cv, i, n);
        }

        for (; i < n; i++)
        {
            uint cov = Unsafe.Add(ref cv, i);
            if (cov != 0)
            {
                ref uint px = ref Unsafe.As<byte, uint>(ref Unsafe.Add(ref d, i * 4));
                px = PixelSwar.Over(px, PixelSwar.Div255(PixelSwar.Spread(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref s, i * 4))) * cov));
            }
        }
    }

    private static int MaskedBlocks<TLanes, TBytes, TWide>(ref byte d0, ref byte s0, ref byte c0, int i, int n)
        where TLanes : struct, IPixelLanes<TBytes, TWide>
        where TBytes : struct
        where TWide : struct
    {
        ulong full = TLanes.FullCoverage;
        for (; i + TLanes.Pixels <= n; i += TLanes.Pixels)
        {
            ulong cov = TLanes.ReadCoverage(ref Unsafe.Add(ref c0, i));
            if (cov == 0)
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            var s = TLanes.Load(ref Unsafe.Add(ref s0, i * 4));
            if (cov == full && TLanes.AllOpaque(s))
            {
                TLanes.Store(s, ref d);
                continue;
            }

            var (cLo, cHi) = TLanes.SpreadCoverage(cov);
            var (sLo, sHi) = TLanes.Widen(s);
            TLanes.Store(TLanes.Over(TLanes.Load(ref d), TLanes.Scale(sLo, cLo), TLanes.Scale(sHi, cHi)), ref d);
        }

        return i;
    }

    /// <summary>Premultiplied source pixels scaled by a constant <paramref name="alpha"/> onto
    /// <paramref name="row"/> (layers, group opacity).</summary>
    public static void Uniform(Span<byte> row, ReadOnlySpan<byte> src, byte alpha, SimdWidth width)
    {
        int n = src.Length / 4;
        if ((uint)row.Length < (uint)n * 4)
        {
            ThrowShort();
        }

        if (!BitConverter.IsLittleEndian)
        {
            UniformScalar(row, src, alpha);
            return;
        }

        ref byte d = ref MemoryMarshal.GetReference(row);
        ref byte s = ref MemoryMarshal.GetReference(src);
        int i = 0;
        if (width == SimdWidth.Vector256)
        {
            i = UniformBlocks<PixelLanes256, Vector256<byte>, Vector256<ushort>>(ref d, ref s, alpha, 0, n);
        }

        if (width != SimdWidth.Scalar)
        {
            i = UniformBlocks<PixelLanes128, Vector128<byte>, Vector128<ushort>>(ref d, ref s, alpha, i, n);
        }

        for (; i < n; i++)
        {
            uint sp = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref s, i * 4));
            if (sp != 0)
            {
                ref uint px = ref Unsafe.As<byte, uint>(ref Unsafe.Add(ref d, i * 4));
                px = PixelSwar.Over(px, PixelSwar.Div255(PixelSwar.Spread(sp) * alpha));
            }
        }
    }

    private static int UniformBlocks<TLanes, TBytes, TWide>(ref byte d0, ref byte s0, byte alpha, int i, int n)
        where TLanes : struct, IPixelLanes<TBytes, TWide>
        where TBytes : struct
        where TWide : struct
    {
        var a = TLanes.Splat16(alpha);
        for (; i + TLanes.Pixels <= n; i += TLanes.Pixels)
        {
            var s = TLanes.Load(ref Unsafe.Add(ref s0, i * 4));
            if (TLanes.IsZero(s))
            {
                continue;
            }

            ref byte d = ref Unsafe.Add(ref d0, i * 4);
            if (alpha == 255 && TLanes.AllOpaque(s))
            {
                TLanes.Store(s, ref d);
                continue;
            }

            var (sLo, sHi) = TLanes.Widen(s);
            TLanes.Store(TLanes.Over(TLanes.Load(ref d), TLanes.Scale(sLo, a), TLanes.Scale(sHi, a)), ref d);
        }

        return i;
    }

    /// <summary>Oracle of <see cref="Masked"/>.</summary>
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

    /// <summary>Oracle of <see cref="Uniform"/>.</summary>
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Pack(PremulRgba8 c)
    {
        uint v = c.R | ((uint)c.G << 8) | ((uint)c.B << 16) | ((uint)c.A << 24);
        return BitConverter.IsLittleEndian ? v : BinaryPrimitives.ReverseEndianness(v);
    }

    private static void ThrowShort() => throw new ArgumentException("The row is shorter than the coverage span.");
}
