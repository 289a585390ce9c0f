using System.Runtime.CompilerServices;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Composites one premultiplied colour through coverage with source-over (exact 8-bit rounding).</summary>
internal readonly struct SolidSourceOverSink(Surface target, PremulRgba8 color, SimdWidth width) : ICoverageSink
{
    /// <summary>Spans shorter than this go straight to the scalar twin (same bytes): the anti-aliased edge pixels of
    /// a shape mostly come one or two at a time, where the vector kernels' padded tail costs more than it saves
    /// (from three translucent pixels on, the padded vector step is cheaper again).</summary>
    private const int ShortSpan = 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Blend(int y, int x, ReadOnlySpan<byte> coverage)
    {
        if (coverage.Length < ShortSpan)
        {
            Compositor.SourceOverSolid(target.Span(y, x, coverage.Length), coverage, color);
            return;
        }

        SourceOverKernels.Solid(target.Span(y, x, coverage.Length), coverage, color, width);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage) =>
        SourceOverKernels.SolidConstant(target.Span(y, x, coverage.Length), coverage[0], color, width);
}
