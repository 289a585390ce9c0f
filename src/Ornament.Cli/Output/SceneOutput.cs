using System.IO;
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

    /// <summary>The PNG bytes of an already rendered scene (batch renders once and writes PNG, SVG and a thumbnail).</summary>
    public static byte[] EncodePng(Scene scene, Pixmap pixmap, double? dpi)
    {
        using var ms = new MemoryStream();
        SceneEncoder.WritePng(scene, pixmap, ms, dpi);
        return ms.ToArray();
    }

    /// <summary>The SVG bytes of a scene at a pixel size.</summary>
    public static byte[] EncodeSvg(Scene scene, int width, int height)
    {
        using var ms = new MemoryStream();
        SceneEncoder.WriteSvg(scene, ms, width, height);
        return ms.ToArray();
    }
}
