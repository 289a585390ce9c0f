using Ornament.Generators.Recipes;

namespace Ornament.Cli.Commands;

/// <summary>One input before a variation is chosen: a seed text (with its source label) or a fixed recipe, plus the
/// overrides and seed mode the flags gave.</summary>
internal sealed record RecipeSource(string? Text, string Source, Recipe? Fixed, IReadOnlyList<string> Overrides, SeedMode SeedMode)
{
    /// <summary>The recipe of this input with <paramref name="variation"/>: a text is decided again with the
    /// variation's seeds (times and counts the text leaves open follow the seeds); a fixed recipe is re-seeded.</summary>
    public Recipe Build(Variation? variation)
    {
        if (Fixed is { } r)
        {
            return variation is { } v ? r with { Variation = v, Seeds = RecipeSeeds.Derive(r.Seeds.Master, v) } : r;
        }

        return RecipeInputs.Wrap(() => RecipeBuilder.FromText(Text!, variation, Overrides, SeedMode, Source));
    }
}
