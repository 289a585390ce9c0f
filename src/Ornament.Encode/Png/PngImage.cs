using Ornament.Paint;

namespace Ornament.Encode;

/// <summary>A decoded PNG: the pixels (premultiplied) and the metadata Ornament reads back.</summary>
public sealed class PngImage
{
    internal PngImage(Pixmap pixmap, IReadOnlyDictionary<string, string> text, (uint X, uint Y)? pixelsPerMetre)
    {
        Pixmap = pixmap;
        Text = text;
        PixelsPerMetre = pixelsPerMetre;
    }

    /// <summary>The pixels as premultiplied RGBA8, whatever the stored colour type and bit depth.</summary>
    public Pixmap Pixmap { get; }

    /// <summary>tEXt, zTXt and iTXt chunks: keyword → text (ordinal keys; for a repeated keyword the first wins).</summary>
    public IReadOnlyDictionary<string, string> Text { get; }

    /// <summary>The pHYs density when its unit is the metre; null when absent or unitless (aspect ratio only).</summary>
    public (uint X, uint Y)? PixelsPerMetre { get; }

    /// <summary>Horizontal resolution in dots per inch, from <see cref="PixelsPerMetre"/>; null when unknown.</summary>
    public double? Dpi => PixelsPerMetre is { } ppm ? ppm.X * 0.0254 : null;
}
