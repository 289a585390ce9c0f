using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Composites a layer (a group rendered on its own) onto the surface below with opacity and a blend
/// mode, over the layer's rectangle only.</summary>
internal static class LayerCompositor
{
    public static void Composite(Surface target, Surface layer, double opacity, BlendMode mode, SimdWidth width)
    {
        byte alpha = (byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255);
        var r = layer.Rect;
        for (int y = r.Y0; y < r.Y1; y++)
        {
            var src = layer.Span(y, r.X0, r.Width);
            var dst = target.Span(y, r.X0, r.Width);
            if (mode == BlendMode.SourceOver)
            {
                SourceOverKernels.Uniform(dst, src, alpha, width);
                continue;
            }

            for (int i = 0; i < src.Length; i += 4)
            {
                if (src[i + 3] == 0)
                {
                    continue;
                }

                var s = new PremulRgba8(
                    (byte)Compositor.Div255(src[i] * alpha), (byte)Compositor.Div255(src[i + 1] * alpha),
                    (byte)Compositor.Div255(src[i + 2] * alpha), (byte)Compositor.Div255(src[i + 3] * alpha));
                BlendPixel.Apply(dst.Slice(i, 4), s, mode);
            }
        }
    }
}
