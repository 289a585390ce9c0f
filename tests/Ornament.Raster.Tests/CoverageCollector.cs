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
}
