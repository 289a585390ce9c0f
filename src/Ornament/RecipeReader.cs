using System.Text;
using Ornament.Encode;
using Ornament.Generators.Recipes;

namespace Ornament;

/// <summary>Finds the recipe in a PNG's iTXt chunk, an SVG's metadata, or takes the bytes as recipe JSON.</summary>
internal static class RecipeReader
{
    public static Recipe Read(byte[] bytes, string source)
    {
        string json;
        if (bytes.Length >= 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G')
        {
            json = PngDecoder.Decode(bytes).Text.TryGetValue(SceneEncoder.RecipeKeyword, out var t)
                ? t
                : throw new FormatException($"{source}: the PNG carries no Ornament recipe.");
        }
        else if (source.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            json = SvgReader.Read(Encoding.UTF8.GetString(bytes)).Metadata ?? throw new FormatException($"{source}: the SVG carries no Ornament recipe.");
        }
        else
        {
            json = Encoding.UTF8.GetString(bytes);
        }

        return RecipeJson.Deserialize(json, source);
    }
}
