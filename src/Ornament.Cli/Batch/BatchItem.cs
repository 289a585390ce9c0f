using System.Security.Cryptography;
using System.Text;
using Ornament.Generators.Recipes;

namespace Ornament.Cli.Batch;

/// <summary>One picture of a series: its 1-based number, its file stem and its recipe.</summary>
internal sealed record BatchItem(int Number, string Name, Recipe Recipe)
{
    /// <summary>The recipe as JSON (what the PNG and SVG carry, and what the record stores).</summary>
    public string RecipeJson { get; } = Generators.Recipes.RecipeJson.Serialize(Recipe);

    /// <summary>What the item's bytes depend on: the recipe and the output settings. A record with another key
    /// belongs to another series.</summary>
    public string Key(BatchSettings settings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{RecipeJson}\nformat={settings.Format.ToString().ToLowerInvariant()}\nthumb={settings.ThumbSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n")));
}
