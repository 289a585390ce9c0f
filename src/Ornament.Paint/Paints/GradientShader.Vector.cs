using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>The vector twins of <see cref="Shade(int, int, Span{uint})"/>: the same gradient parameter per pixel,
/// 4 (Vector256) or 2 (Vector128) pixels at a time in doubles, with the same operations in the same order, so every
/// table index — and every byte — equals the scalar twin's.</summary>
internal sealed partial class GradientShader
{
    /// <summary>Like <see cref="Shade(int, int, Span{uint})"/> with the kernel of <paramref name="width"/>.</summary>
    public void Shade(int y, int x, Span<uint> dst, SimdWidth width)
    {
        int n = dst.Length;
        if (width == SimdWidth.Scalar || _degenerate || n < 2)
        {
            Shade(y, x, dst);
            return;
        }

        ref uint d = ref MemoryMarshal.GetReference(dst);
        int i = 0;
        if (width == SimdWidth.Vector256)
        {
            i = _radial
                ? ShadeBlocks<DoubleLanes256, Vector256<double>, Radial>(y, x, ref d, 0, n)
                : ShadeBlocks<DoubleLanes256, Vector256<double>, Linear>(y, x, ref d, 0, n);
        }

        i = _radial
            ? ShadeBlocks<DoubleLanes128, Vector128<double>, Radial>(y, x, ref d, i, n)
            : ShadeBlocks<DoubleLanes128, Vector128<double>, Linear>(y, x, ref d, i, n);
        if (i < n)
        {
            Shade(y, x + i, dst[i..]);
        }
    }

    private int ShadeBlocks<TLanes, TV, TKind>(int y, int x, ref uint d0, int i, int n)
        where TLanes : struct, IDoubleLanes<TV>
        where TV : struct
        where TKind : struct, IGradientKind
    {
        ref uint table = ref MemoryMarshal.GetArrayDataReference(Lut.Entries);
        double py = y + 0.5;
        double rx = (_inverse.C * py) + _inverse.E, ry = (_inverse.D * py) + _inverse.F;
        var a = TLanes.Splat(_inverse.A);
        var b = TLanes.Splat(_inverse.B);
        var rxv = TLanes.Splat(rx);
        var ryv = TLanes.Splat(ry);
        var centres = TLanes.Centres;
        // Linear: start and direction; radial: focal point, e and r² − |e|² (see ParameterAt).
        var ox = TLanes.Splat(TKind.IsRadial ? _fx : _sx);
        var oy = TLanes.Splat(TKind.IsRadial ? _fy : _sy);
        var ux = TLanes.Splat(TKind.IsRadial ? _ex : _dx);
        var uy = TLanes.Splat(TKind.IsRadial ? _ey : _dy);
        var k = TLanes.Splat(TKind.IsRadial ? _r2mE2 : _invLen2);
        for (; i + TLanes.Count <= n; i += TLanes.Count)
        {
            // (double)(x + i) + (j + 0.5) is exact, like the scalar x + i + j + 0.5.
            var px = TLanes.Add(TLanes.Splat(x + i), centres);
            var gx = TLanes.Sub(TLanes.Add(TLanes.Mul(a, px), rxv), ox);
            var gy = TLanes.Sub(TLanes.Add(TLanes.Mul(b, px), ryv), oy);
            var dot = TLanes.Add(TLanes.Mul(gx, ux), TLanes.Mul(gy, uy));
            TV t;
            if (TKind.IsRadial)
            {
                var d2 = TLanes.Add(TLanes.Mul(gx, gx), TLanes.Mul(gy, gy));
                t = TLanes.Div(TLanes.Add(dot, TLanes.Sqrt(TLanes.Add(TLanes.Mul(dot, dot), TLanes.Mul(k, d2)))), k);
            }
            else
            {
                t = TLanes.Mul(dot, k);
            }

            TLanes.Lookup(t, ref table, ref Unsafe.Add(ref d0, i));
        }

        return i;
    }

    /// <summary>Compile-time choice of the gradient formula inside the generic loop.</summary>
    private interface IGradientKind
    {
        static abstract bool IsRadial { get; }
    }

    private readonly struct Linear : IGradientKind
    {
        public static bool IsRadial => false;
    }

    private readonly struct Radial : IGradientKind
    {
        public static bool IsRadial => true;
    }
}
