using System.Runtime.CompilerServices;

namespace Ornament.Paint;

/// <summary>One RGBA8 pixel as four 16-bit lanes of a <see cref="ulong"/> (SIMD within a register): the per-pixel
/// tails of the span kernels run the exact scalar formulas of <see cref="Compositor"/> on all four channels at
/// once. No lane overflows: products are at most 255·255 and Div255's largest intermediate is 65407. Lane order is
/// memory order on little-endian machines (alpha in the top lane); callers use it only there.</summary>
internal static class PixelSwar
{
    private const ulong LowBytes = 0x00FF_00FF_00FF_00FFUL;

    /// <summary>Bytes R, G, B, A of a pixel read as a little-endian <see cref="uint"/> into lanes 0…3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Spread(uint pixel)
    {
        ulong v = pixel;
        v = (v | (v << 16)) & 0x0000_FFFF_0000_FFFFUL;
        return (v | (v << 8)) & LowBytes;
    }

    /// <summary>The low byte of each lane packed back into a pixel (higher bits dropped, like a byte cast).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Pack(ulong lanes)
    {
        ulong v = lanes & LowBytes;
        v = (v | (v >> 8)) & 0x0000_FFFF_0000_FFFFUL;
        return (uint)(v | (v >> 16));
    }

    /// <summary>Lane-wise x/255 rounded to nearest (lanes ≤ 255·255).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Div255(ulong x)
    {
        x += 0x0080_0080_0080_0080UL;
        return ((x + ((x >> 8) & LowBytes)) >> 8) & LowBytes;
    }

    /// <summary>Source-over of an already scaled source <paramref name="s"/> (lanes) onto pixel <paramref name="d"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Over(uint d, ulong s) => Pack(s + Div255(Spread(d) * (255 - (s >> 48))));
}
