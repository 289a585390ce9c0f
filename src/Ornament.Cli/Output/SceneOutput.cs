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

        var text = scene.Metadata is { } m ? new[] { new PngTextChunk(Commands.RecipeFile.PngKeyword, m) } : [];
        var options = new PngEncodeOptions { Dpi = dpi, TextChunks = text };
        AtomicFile.Write(path, s => StreamedPng.Write(scene, width, height, threads, options, s), console.OpenStdout());
    }
}
