namespace Ornament.Raster.Tests;

/// <summary>A sink that records the coverage the rasterizer emits, and checks each pixel is emitted at most once.</summary>
internal struct CoverageCollector(int width, int height) : ICoverageSink
{
    public byte[] Coverage { get; } = new byte[width * height];

    public int Calls { get; private set; }

    public void Blend(int y, int x, ReadOnlySpan<byte> coverage)
    {
        Calls++;
        Assert.InRange(y, 0, height - 1);
        Assert.InRange(x, 0, width - coverage.Length);
        coverage.CopyTo(Coverage.AsSpan((y * width) + x));
    }

    public void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage)
    {
        Assert.True(coverage.Length > 0 && !coverage.ContainsAnyExcept(coverage[0]), "a constant run holds one value");
        ConstantPixels += coverage.Length;
        Blend(y, x, coverage);
    }

    /// <summary>Pixels delivered as constant runs (the interior fast path).</summary>
    public int ConstantPixels { get; private set; }
}
