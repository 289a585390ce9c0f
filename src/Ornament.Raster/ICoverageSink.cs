namespace Ornament.Raster;

/// <summary>Receives anti-aliased coverage from the rasterizer, one row span at a time. Always used as a
/// <c>struct</c> generic argument so the call is devirtualised and inlined (no per-pixel virtual calls).</summary>
internal interface ICoverageSink
{
    /// <summary>Coverage of pixels [x, x + coverage.Length) on row y: 0 = untouched, 255 = fully inside.</summary>
    void Blend(int y, int x, ReadOnlySpan<byte> coverage);
}
