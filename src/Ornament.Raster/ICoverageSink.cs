namespace Ornament.Raster;

/// <summary>Receives anti-aliased coverage from the rasterizer, one row span at a time. Always used as a
/// <c>struct</c> generic argument so the call is devirtualised and inlined (no per-pixel virtual calls).</summary>
internal interface ICoverageSink
{
    /// <summary>Coverage of pixels [x, x + coverage.Length) on row y: 0 = untouched, 255 = fully inside.</summary>
    void Blend(int y, int x, ReadOnlySpan<byte> coverage);

    /// <summary>Like <see cref="Blend"/> for a run whose coverage is one value throughout (the inside of a shape
    /// between its edges): <paramref name="coverage"/> holds that value in every byte — or, for a sink whose
    /// <see cref="ConstantReadsFirstByte"/> is true, in <c>coverage[0]</c> only (the rest is arbitrary) — so a sink
    /// may use <c>coverage[0]</c> alone (a fully covered opaque run becomes a plain fill) or treat it as any coverage
    /// span. The bytes written must equal those of <see cref="Blend"/>.</summary>
    void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage);

    /// <summary>True when <see cref="BlendConstant"/> reads nothing but <c>coverage[0]</c> and the length: the
    /// rasterizer then skips writing the value across the run (translucent runs are hundreds of bytes each).</summary>
    static virtual bool ConstantReadsFirstByte => false;
}
