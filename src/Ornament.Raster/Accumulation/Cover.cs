namespace Ornament.Raster;

/// <summary>Fixed-point conventions of the accumulation buffer.</summary>
/// <remarks>
/// Signed area is accumulated in integers, not floats: integer addition is associative, so a SIMD prefix sum
/// (which adds in a different order) gives exactly the scalar result. Each contribution is computed in double and
/// rounded once; contributions of one line piece are rounded as differences of rounded cumulative areas, so the
/// cover carried past the piece is exactly round(dy·One) and a closed contour returns the accumulator to zero.
/// </remarks>
internal static class Cover
{
    /// <summary>Bits of fraction: 1.0 pixel area = 65536.</summary>
    public const int Shift = 16;

    /// <summary>Full coverage of one pixel.</summary>
    public const int One = 1 << Shift;

    /// <summary>Turns an accumulated signed area into 8-bit coverage under a fill rule.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static byte ToByte(int acc, FillRule rule)
    {
        int a = acc < 0 ? -acc : acc;
        if (rule == FillRule.EvenOdd)
        {
            a &= (2 * One) - 1;
            if (a > One)
            {
                a = (2 * One) - a;
            }
        }
        else if (a >= One)
        {
            return 255;
        }

        return (byte)(((a * 255) + (One / 2)) >> Shift);
    }
}
