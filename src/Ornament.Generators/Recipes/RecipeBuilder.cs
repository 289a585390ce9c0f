using System.Security.Cryptography;
using System.Text;
using Ornament.Generators.Concepts;

namespace Ornament.Generators.Recipes;

/// <summary>Text → recipe: concept analysis, seeds, the §6.3 decision rules, then the user's overrides.</summary>
public static class RecipeBuilder
{
    /// <summary>How many RAKE phrases a recipe records.</summary>
    public const int PhraseCount = 10;

    /// <summary>Builds the recipe for a text.</summary>
    /// <param name="text">The seed text (any language; English, Russian and Kazakh are understood).</param>
    /// <param name="variation">Optional variation code mixed into the master seed.</param>
    /// <param name="overrides"><c>key=value</c> settings applied after the decisions (see <see cref="RecipeSchema"/>).
    /// When an override changes mode, scene, time or technique and none sets the palette, the palette (and, for a
    /// mode change without an explicit size, the default size) follows the new decisions.</param>
    /// <param name="seedMode">Seed from the text bytes or from the concept set.</param>
    /// <param name="source">Recorded in the recipe (e.g. "story:bekzat-popov").</param>
    /// <exception cref="RecipeOverrideException">An override has an unknown key or a bad value.</exception>
    public static Recipe FromText(string text, Variation? variation = null, IEnumerable<string>? overrides = null,
        SeedMode seedMode = SeedMode.Text, string source = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var analysis = ConceptAnalyzer.Analyze(text);
        ulong master = RecipeSeeds.MasterFor(text, analysis.Concepts.Select(c => c.Id), seedMode);
        var baseRecipe = new Recipe
        {
            Source = source,
            TextSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC)))),
            Lexicon = analysis.LexiconVersion,
            SeedMode = seedMode,
            Variation = variation,
            Seeds = RecipeSeeds.Derive(master, variation),
            Concepts = analysis.Concepts,
            Phrases = analysis.Phrases.Take(PhraseCount).Select(p => p with { Score = Math.Round(p.Score, 4) }).ToArray(),
        };
        var decided = DecisionRules.Decide(baseRecipe, analysis);
        var list = overrides?.ToArray() ?? [];
        if (list.Length == 0)
        {
            return decided;
        }

        var r = RecipeOverrides.ApplyAll(decided, list);
        var keys = list.Select(a => a.Split('=', 2)[0].Trim()).ToHashSet(StringComparer.Ordinal);
        if (r.Mode != decided.Mode && !keys.Overlaps(["width", "height", "size"]))
        {
            r = DecisionRules.WithDefaultSize(r);
        }

        if (!keys.Contains("palette") && keys.Overlaps(["mode", "landscape.scene", "landscape.time", "ornament.technique"]))
        {
            r = r with { Palette = DecisionRules.PaletteFor(r, analysis["architecture"] > 0) };
        }

        return r;
    }

    /// <summary>Builds the recipe for a built-in story.</summary>
    public static Recipe FromStory(string name, Variation? variation = null, IEnumerable<string>? overrides = null,
        SeedMode seedMode = SeedMode.Text) =>
        FromText(BuiltInStories.Get(name), variation, overrides, seedMode, "story:" + name);

    /// <summary>The recipe for a series element: the same text with the i-th series variation; when a landscape or
    /// hybrid text asks for both sunset and night, the time alternates along the series (and the palette with it). An
    /// ornament keeps its palette: it has no time of day.</summary>
    public static Recipe ForSeries(Recipe first, int index)
    {
        ArgumentNullException.ThrowIfNull(first);
        var variation = Variation.ForSeries(new SeedPath(first.Seeds.Master), index);
        var r = first with { Variation = variation, Seeds = RecipeSeeds.Derive(first.Seeds.Master, variation) };
        if (first.Mode != "ornament" && first.Landscape.Series.Count > 1)
        {
            string time = first.Landscape.Series[index % first.Landscape.Series.Count];
            r = r with { Landscape = r.Landscape with { Time = time, Moon = time == "night" } };
            r = r with { Palette = DecisionRules.PaletteFor(r, architecture: false) };
            int stars = time == "night" ? r.Seeds["stars"].Random().Next(600, 1201) : 0;
            r = r with { Landscape = r.Landscape with { Stars = stars } };
        }

        return r;
    }
}
