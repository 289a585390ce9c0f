using System.IO;
using System.Text;
using Ornament.Encode;
using Ornament.Generators.Recipes;

namespace Ornament.Cli.Commands;

/// <summary>Reads a recipe from a recipe JSON file, or from the iTXt chunk of a PNG / the &lt;metadata&gt; of an SVG
/// that Ornament wrote.</summary>
internal static class RecipeFile
{
    /// <summary>PNG text keyword that carries the recipe.</summary>
    public const string PngKeyword = SceneEncoder.RecipeKeyword;

    /// <summary>Largest recipe JSON or SVG read (a PNG is streamed and bounded by the decoder's own limits).</summary>
    public const long MaxTextFileBytes = 64L * 1024 * 1024;

    public static Recipe Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Directory.Exists(path) ? $"--recipe '{path}' is a folder" : $"--recipe '{path}' does not exist");
        }

        byte[] head = new byte[8];
        int headLength;
        using (var probe = File.OpenRead(path))
        {
            headLength = probe.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        bool png = headLength == 8 && head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N' && head[3] == (byte)'G';
        long length = new FileInfo(path).Length;
        if (!png && length > MaxTextFileBytes)
        {
            throw new CliException($"--recipe '{path}' is larger than {MaxTextFileBytes / (1024 * 1024)} MiB; a recipe is a few kilobytes");
        }

        string json;
        if (png)
        {
            try
            {
                using var fs = File.OpenRead(path);
                var image = PngDecoder.Decode(fs);
                json = image.Text.TryGetValue(PngKeyword, out var t) ? t : throw new CliException($"{path}: the PNG carries no Ornament recipe");
            }
            catch (PngFormatException ex)
            {
                throw new CliException($"{path}: {AtomicFile.OneLine(ex.Message)}");
            }
        }
        else if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                json = SvgReader.Read(File.ReadAllText(path, Encoding.UTF8)).Metadata ?? throw new CliException($"{path}: the SVG carries no Ornament recipe");
            }
            catch (SvgFormatException ex)
            {
                throw new CliException($"{path}: {AtomicFile.OneLine(ex.Message)}");
            }
        }
        else
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }

        try
        {
            return RecipeJson.Deserialize(json, path);
        }
        catch (RecipeFormatException ex)
        {
            throw new CliException(AtomicFile.OneLine(ex.Message));
        }
    }
}
