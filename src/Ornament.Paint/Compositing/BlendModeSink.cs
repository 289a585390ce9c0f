using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Composites a solid colour through coverage with a separable blend mode.</summary>
internal readonly struct BlendModeSink(Surface target, PremulRgba8 color, BlendMode mode) : ICoverageSink
{
    public void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage) => Blend(y, x, coverage);

    public void Blend(int y, int x, ReadOnlySpan<byte> coverage)
    {
        var row = target.Span(y, x, coverage.Length);
        for (int i = 0; i < coverage.Length; i++)
        {
            int cov = coverage[i];
            if (cov == 0)
            {
                continue;
            }

            var s = new PremulRgba8(
                (byte)Compositor.Div255(color.R * cov), (byte)Compositor.Div255(color.G * cov),
                (byte)Compositor.Div255(color.B * cov), (byte)Compositor.Div255(color.A * cov));
            BlendPixel.Apply(row.Slice(i * 4, 4), s, mode);
        }
    }
}
