using System.IO;
using Ornament.Paint;

namespace Ornament.Encode;

/// <summary>Writes one <see cref="Scene"/> as a PNG or an SVG file, each carrying the scene's
/// <see cref="Scene.Metadata"/> (for generated pictures: the recipe JSON) — in the PNG as an iTXt chunk with the
/// keyword <see cref="RecipeKeyword"/>, in the SVG as its <c>&lt;metadata&gt;</c>. The <c>ornament</c> CLI and the
/// <c>Ornament</c> library both write through here, so their files are byte-identical.</summary>
public static class SceneEncoder
{
    /// <summary>PNG text keyword under which the scene metadata (the recipe) is stored.</summary>
    public const string RecipeKeyword = "ornament:recipe";

    /// <summary>Rasterizes <paramref name="scene"/> at <paramref name="width"/> × <paramref name="height"/> and
    /// writes it to <paramref name="output"/> (left open) in <paramref name="format"/>.</summary>
    /// <param name="scene">What to draw.</param>
    /// <param name="output">Receives the file bytes.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="width">Pixel width (the SVG's width attribute).</param>
    /// <param name="height">Pixel height (the SVG's height attribute).</param>
    /// <param name="dpi">Dots per inch recorded in the PNG pHYs chunk; null writes none. Ignored for SVG.</param>
    /// <param name="options">Render threads and tolerance (PNG only; the bytes do not depend on threads).</param>
    public static void Write(Scene scene, Stream output, ImageFormat format, int width, int height, double? dpi = null, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ImageFormat.Svg:
                WriteSvg(scene, output, width, height);
                break;
            case ImageFormat.Png:
                // Band by band into the PNG stream (the whole picture is never held); the bytes equal
                // WritePng(scene, SceneRenderer.Render(...), ...).
                StreamedPng.Write(scene, width, height, options, PngOptions(scene, dpi), output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Format must be Png or Svg.");
        }
    }

    /// <summary>Writes an already rendered picture of <paramref name="scene"/> as PNG, with the scene's metadata.</summary>
    /// <param name="scene">The scene <paramref name="pixmap"/> was rendered from (only its metadata is read).</param>
    /// <param name="pixmap">The pixels.</param>
    /// <param name="output">Receives the PNG bytes (left open).</param>
    /// <param name="dpi">Dots per inch for the pHYs chunk; null writes none.</param>
    public static void WritePng(Scene scene, Pixmap pixmap, Stream output, double? dpi = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(pixmap);
        ArgumentNullException.ThrowIfNull(output);
        PngEncoder.Encode(pixmap, output, PngOptions(scene, dpi));
    }

    private static PngEncodeOptions PngOptions(Scene scene, double? dpi) => new()
    {
        Dpi = dpi,
        TextChunks = scene.Metadata is { } m ? [new PngTextChunk(RecipeKeyword, m)] : [],
    };

    /// <summary>Writes <paramref name="scene"/> as SVG with its metadata.</summary>
    /// <param name="scene">What to draw.</param>
    /// <param name="output">Receives the UTF-8 SVG (left open).</param>
    /// <param name="width">The width attribute, in pixels.</param>
    /// <param name="height">The height attribute, in pixels.</param>
    public static void WriteSvg(Scene scene, Stream output, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(output);
        SvgWriter.Write(scene, output, new SvgWriteOptions { Width = width, Height = height });
    }
}
