using System.Runtime.InteropServices;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Gradient spans composited source-over: the vector shading kernels of <see cref="GradientShader"/>
/// followed by the vector masked/uniform kernels. A fully covered run of an opaque gradient is shaded straight into
/// the destination row (a plain store, no compositing arithmetic).</summary>
internal static class GradientSpan
{
    /// <summary>Pixels [x, x + coverage.Length) of <paramref name="row"/> (already sliced to them), one coverage
    /// byte per pixel; <paramref name="scratch"/> holds at least 4 bytes per pixel.</summary>
    public static void SourceOver(Span<byte> row, Span<byte> scratch, GradientShader shader, int y, int x, ReadOnlySpan<byte> coverage, SimdWidth width)
    {
        var src = scratch[..(coverage.Length * 4)];
        shader.Shade(y, x, MemoryMarshal.Cast<byte, uint>(src), width);
        SourceOverKernels.Masked(row, src, coverage, width);
    }

    /// <summary>Like <see cref="SourceOver"/> for a run whose coverage is <paramref name="coverage"/> throughout.</summary>
    public static void SourceOverConstant(Span<byte> row, Span<byte> scratch, GradientShader shader, int y, int x, byte coverage, SimdWidth width)
    {
        if (coverage == 0)
        {
            return;
        }

        if (coverage == 255 && shader.Lut.Opaque)
        {
            shader.Shade(y, x, MemoryMarshal.Cast<byte, uint>(row), width);
            return;
        }

        var src = scratch[..row.Length];
        shader.Shade(y, x, MemoryMarshal.Cast<byte, uint>(src), width);
        SourceOverKernels.Uniform(row, src, coverage, width);
    }
}
