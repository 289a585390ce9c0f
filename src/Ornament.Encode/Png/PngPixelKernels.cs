using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ornament.Encode.Png;

/// <summary>Premultiplied RGBA8 rows → the bytes a PNG stores: RGB8 for opaque images (alpha dropped) or straight
/// RGBA8 (exact table un-premultiply). Scalar twins plus a 128-bit path; both give the same bytes.</summary>
/// <remarks>Opaque rows are the common case (every felt and landscape picture), so alpha dropping is a byte shuffle;
/// un-premultiplying copies runs of opaque pixels four at a time and uses the table only where alpha &lt; 255.
/// A 256-bit shuffle would need a cross-lane permute on AVX2 and wins little here, so both vector widths use the
/// 128-bit kernel.</remarks>
internal static class PngPixelKernels
{
    private static readonly Vector128<byte> AlphaMask = Vector128.Create(0xFF00_0000u).AsByte();

    /// <summary>Copies R, G, B of each pixel of <paramref name="src"/> into <paramref name="dst"/>
    /// (3 bytes per pixel); returns false when some alpha is not 255.</summary>
    public static bool DropAlpha(ReadOnlySpan<byte> src, Span<byte> dst, PngSimd simd)
    {
        int pixels = src.Length / 4;
        dst = dst[..(pixels * 3)];
        int s = 0, d = 0;
        bool opaque = true;
        if (simd != PngSimd.Scalar && Vector128.IsHardwareAccelerated)
        {
            ref byte sp = ref MemoryMarshal.GetReference(src);
            ref byte dp = ref MemoryMarshal.GetReference(dst);
            var alpha = Vector128<byte>.AllBitsSet;
            // The 16-byte store writes 4 bytes past the 12 produced: stop while they still land inside dst.
            for (; s + 16 <= src.Length && d + 16 <= dst.Length; s += 16, d += 12)
            {
                var v = Vector128.LoadUnsafe(ref sp, (nuint)s);
                alpha &= v;
                // RGBA ×4 → RGB ×4 and 4 zero bytes the next step overwrites; constant indices become one pshufb/tbl.
                Vector128.Shuffle(v, Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0xFF, 0xFF, 0xFF, 0xFF)).StoreUnsafe(ref dp, (nuint)d);
            }

            opaque = (alpha | ~AlphaMask) == Vector128<byte>.AllBitsSet;
        }

        return DropAlphaScalar(src[s..(pixels * 4)], dst[d..]) && opaque;
    }

    /// <summary>Straight RGBA of each premultiplied pixel: <c>c·255/a</c> rounded (the table), alpha kept.</summary>
    public static void Unpremultiply(ReadOnlySpan<byte> src, Span<byte> dst, PngSimd simd)
    {
        int n = src.Length & ~3;
        dst = dst[..n];
        if (simd == PngSimd.Scalar || !Vector128.IsHardwareAccelerated)
        {
            UnpremultiplyScalar(src[..n], dst);
            return;
        }

        ref byte sp = ref MemoryMarshal.GetReference(src);
        ref byte dp = ref MemoryMarshal.GetReference(dst);
        int i = 0;
        while (i + 16 <= n)
        {
            var v = Vector128.LoadUnsafe(ref sp, (nuint)i);
            if ((v | ~AlphaMask) == Vector128<byte>.AllBitsSet)
            {
                v.StoreUnsafe(ref dp, (nuint)i); // four opaque pixels are already straight
            }
            else
            {
                UnpremultiplyScalar(src.Slice(i, 16), dst.Slice(i, 16));
            }

            i += 16;
        }

        UnpremultiplyScalar(src[i..n], dst[i..]);
    }

    private static bool DropAlphaScalar(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        int alphaAnd = 255;
        int d = 0;
        for (int s = 0; s + 3 < src.Length; s += 4, d += 3)
        {
            dst[d] = src[s];
            dst[d + 1] = src[s + 1];
            dst[d + 2] = src[s + 2];
            alphaAnd &= src[s + 3];
        }

        return alphaAnd == 255;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UnpremultiplyScalar(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        for (int i = 0; i + 3 < src.Length; i += 4)
        {
            byte a = src[i + 3];
            var t = UnpremultiplyTable.ForAlpha(a);
            dst[i] = t[src[i]];
            dst[i + 1] = t[src[i + 1]];
            dst[i + 2] = t[src[i + 2]];
            dst[i + 3] = a;
        }
    }

    /// <summary>The scalar twins, for the tests.</summary>
    internal static bool DropAlphaReference(ReadOnlySpan<byte> src, Span<byte> dst) => DropAlphaScalar(src, dst);

    /// <summary>The scalar twin, for the tests.</summary>
    internal static void UnpremultiplyReference(ReadOnlySpan<byte> src, Span<byte> dst) => UnpremultiplyScalar(src, dst);
}
