using System.Runtime.InteropServices;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Shades the covered span with a gradient into a scratch row, then composites it through the coverage
/// (source-over with the vector kernels of <see cref="GradientSpan"/>, or a separable blend mode).</summary>
internal readonly struct GradientSink(Surface target, GradientShader shader, byte[] scratch, BlendMode mode, SimdWidth width) : ICoverageSink
{
    public void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage)
    {
        if (mode == BlendMode.SourceOver)
        {
            GradientSpan.SourceOverConstant(target.Span(y, x, coverage.Length), scratch, shader, y, x, coverage[0], width);
            return;
        }

        Blend(y, x, coverage);
    }

    public void Blend(int y, int x, ReadOnlySpan<byte> coverage)
    {
        int n = coverage.Length;
        var row = target.Span(y, x, n);
        if (mode == BlendMode.SourceOver)
        {
            GradientSpan.SourceOver(row, scratch, shader, y, x, coverage, width);
            return;
        }

        var src = scratch.AsSpan(0, n * 4);
        shader.Shade(y, x, MemoryMarshal.Cast<byte, uint>(src), width);
        for (int i = 0; i < n; i++)
        {
            int cov = coverage[i];
            if (cov == 0)
            {
                continue;
            }

            int o = i * 4;
            var s = new PremulRgba8(
                (byte)Compositor.Div255(src[o] * cov), (byte)Compositor.Div255(src[o + 1] * cov),
                (byte)Compositor.Div255(src[o + 2] * cov), (byte)Compositor.Div255(src[o + 3] * cov));
            BlendPixel.Apply(row.Slice(o, 4), s, mode);
        }
    }
}
