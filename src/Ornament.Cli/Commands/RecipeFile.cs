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

    public static Recipe Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Directory.Exists(path) ? $"--recipe '{path}' is a folder" : $"--recipe '{path}' does not exist");
        }

        var bytes = File.ReadAllBytes(path);
        string json;
        if (bytes.Length >= 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G')
        {
            try
            {
                var image = PngDecoder.Decode(bytes);
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
                json = SvgReader.Read(Encoding.UTF8.GetString(bytes)).Metadata ?? throw new CliException($"{path}: the SVG carries no Ornament recipe");
            }
            catch (SvgFormatException ex)
            {
                throw new CliException($"{path}: {AtomicFile.OneLine(ex.Message)}");
            }
        }
        else
        {
            json = Encoding.UTF8.GetString(bytes);
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
