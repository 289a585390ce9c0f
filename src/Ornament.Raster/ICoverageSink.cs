namespace Ornament.Raster;

/// <summary>Receives anti-aliased coverage from the rasterizer, one row span at a time. Always used as a
/// <c>struct</c> generic argument so the call is devirtualised and inlined (no per-pixel virtual calls).</summary>
internal interface ICoverageSink
{
    /// <summary>Coverage of pixels [x, x + coverage.Length) on row y: 0 = untouched, 255 = fully inside.</summary>
    void Blend(int y, int x, ReadOnlySpan<byte> coverage);

    /// <summary>Like <see cref="Blend"/> for a run whose coverage is one value throughout (the inside of a shape
    /// between its edges): <paramref name="coverage"/> holds that value in every byte, so a sink may use
    /// <c>coverage[0]</c> alone (a fully covered opaque run becomes a plain fill) or treat it as any coverage span.
    /// The bytes written must equal those of <see cref="Blend"/>.</summary>
    void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage);
}
