namespace Ornament.Paint;

/// <summary>Composites a whole layer (a group rendered on its own) onto a target with opacity and a blend mode.</summary>
internal static class LayerCompositor
{
    public static void Composite(Pixmap target, Pixmap layer, double opacity, BlendMode mode)
    {
        int alpha = (int)Math.Round(Math.Clamp(opacity, 0, 1) * 255);
        var src = layer.Data;
        var dst = target.Data;
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
