using System.IO;
using Ornament.Encode;
using Ornament.Paint;

namespace Ornament.Cli;

/// <summary>Writes one Scene to an output file, choosing PNG or SVG by extension; both carry the recipe.</summary>
internal static class SceneOutput
{
    public static void CheckExtension(string path)
    {
        if (path != "-" && !path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            throw CliException.Usage($"output '{path}' must end in .png or .svg");
        }
    }

    public static void Write(Scene scene, string path, int width, int height, double? dpi, int threads, CliConsole console)
    {
        CheckExtension(path);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            AtomicFile.Write(path, s => SvgWriter.Write(scene, s, new SvgWriteOptions { Width = width, Height = height }), console.OpenStdout());
            return;
        }

        var pixmap = SceneRenderer.Render(scene, width, height, new RenderOptions { Threads = threads });
        var options = PngOptions(scene, dpi);
        AtomicFile.Write(path, s => PngEncoder.Encode(pixmap, s, options), console.OpenStdout());
    }

    /// <summary>PNG options for a rendering of <paramref name="scene"/>: its recipe as iTXt, and the pHYs dpi.</summary>
    public static PngEncodeOptions PngOptions(Scene scene, double? dpi)
    {
        var text = scene.Metadata is { } m ? new[] { new PngTextChunk(Commands.RecipeFile.PngKeyword, m) } : [];
        return new PngEncodeOptions { Dpi = dpi, TextChunks = text };
    }

    /// <summary>The PNG bytes of an already rendered scene (batch renders once and writes PNG, SVG and a thumbnail).</summary>
    public static byte[] EncodePng(Scene scene, Pixmap pixmap, double? dpi) => PngEncoder.Encode(pixmap, PngOptions(scene, dpi));

    /// <summary>The SVG bytes of a scene at a pixel size.</summary>
    public static byte[] EncodeSvg(Scene scene, int width, int height)
    {
        using var ms = new MemoryStream();
        SvgWriter.Write(scene, ms, new SvgWriteOptions { Width = width, Height = height });
        return ms.ToArray();
    }
}
