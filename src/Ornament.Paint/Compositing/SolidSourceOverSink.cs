using System.Runtime.CompilerServices;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Composites one premultiplied colour through coverage with source-over (exact 8-bit rounding).</summary>
internal readonly struct SolidSourceOverSink(Surface target, PremulRgba8 color, SimdWidth width) : ICoverageSink
{
    /// <summary>A constant run is blended from its first coverage byte alone (SolidConstant).</summary>
    public static bool ConstantReadsFirstByte => true;

    // Short edge spans (the usual 1–2 px of an anti-aliased edge) need no special case here: the kernel takes spans
    // under 4 px through its one-register per-pixel path without touching the vector code.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Blend(int y, int x, ReadOnlySpan<byte> coverage) =>
        SourceOverKernels.Solid(target.Span(y, x, coverage.Length), coverage, color, width);

    // The run's pixels two rows down are asked for while this run blends (one hint per 64 bytes, inside the
    // kernel's loop): a path's next rows usually cover about the same columns, and a run of a few hundred pixels is
    // too short for the hardware prefetcher to ramp up on its own. Hints spread over the run left the curves scene's
    // memory stalls lower than a burst of them after it (Surface.PrefetchDistance).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage) =>
        SourceOverKernels.SolidConstant(target.Span(y, x, coverage.Length), coverage[0], color, width, target.PrefetchDistance(y, x, coverage.Length));
}
