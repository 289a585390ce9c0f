using System.Runtime.CompilerServices;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Composites one premultiplied colour through coverage with source-over (exact 8-bit rounding).</summary>
internal readonly struct SolidSourceOverSink(Surface target, PremulRgba8 color, SimdWidth width) : ICoverageSink
{
    // Short edge spans (the usual 1–2 px of an anti-aliased edge) need no special case here: the kernel takes spans
    // under 4 px through its one-register per-pixel path without touching the vector code.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Blend(int y, int x, ReadOnlySpan<byte> coverage) =>
        SourceOverKernels.Solid(target.Span(y, x, coverage.Length), coverage, color, width);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage)
    {
        SourceOverKernels.SolidConstant(target.Span(y, x, coverage.Length), coverage[0], color, width);
        target.PrefetchAhead(y, x, coverage.Length);
    }
}
