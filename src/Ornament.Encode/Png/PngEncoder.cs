using System.IO;
using Ornament.Paint;

namespace Ornament.Encode;

/// <summary>Encodes a whole <see cref="Pixmap"/> as PNG: RGB8 when every pixel is opaque, otherwise RGBA8
/// (straight alpha, un-premultiplied with exact rounding). Built on <see cref="PngStreamWriter"/>.</summary>
public static class PngEncoder
{
    /// <summary>Writes <paramref name="pixmap"/> as a PNG to <paramref name="output"/> (left open).</summary>
    public static void Encode(Pixmap pixmap, Stream output, PngEncodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pixmap);
        using var writer = new PngStreamWriter(output, pixmap.Width, pixmap.Height, pixmap.IsOpaque, options);
        writer.WriteRows(pixmap);
        writer.Finish();
    }

    /// <summary>Returns <paramref name="pixmap"/> encoded as PNG bytes.</summary>
    public static byte[] Encode(Pixmap pixmap, PngEncodeOptions? options = null)
    {
        using var ms = new MemoryStream();
        Encode(pixmap, ms, options);
        return ms.ToArray();
    }
}
