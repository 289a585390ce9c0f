using Ornament.Encode;
using Ornament.Paint;

namespace Ornament.Cli;

/// <summary>Writes one Scene to an output file, choosing PNG or SVG by extension; both carry the recipe. The bytes
/// come from <see cref="SceneEncoder"/>, the same code the Ornament library writes with.</summary>
internal static class SceneOutput
{
    public static void CheckExtension(string path)
    {
        if (path != "-" && ImageFormats.TryFromPath(path) is null)
        {
            throw CliException.Usage($"output '{path}' must end in .png or .svg");
        }
    }

    public static void Write(Scene scene, string path, int width, int height, double? dpi, int threads, CliConsole console)
    {
        CheckExtension(path);
        var format = ImageFormats.TryFromPath(path) ?? ImageFormat.Png;
        var options = new RenderOptions { Threads = threads };
        AtomicFile.Write(path, s => SceneEncoder.Write(scene, s, format, width, height, dpi, options), console.OpenStdout());
    }
}
