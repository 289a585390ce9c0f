using Ornament.Generators.Concepts;
using Ornament.Generators.Recipes;

namespace Ornament.Generators.Tests.Concepts;

// KAZAKH-ORNAMENT.md §6.4: the three built-in stories must give the worked examples' decisions.
public class StoryDecisionTests
{
    private static string Trait(Recipe r, string name) => Traits.FromRecipe(r).Single(t => t.Name == name).Value;

    [Fact]
    public void Bekzat_balode_is_a_tekemet_carpet_in_aisha_bibi_colours()
    {
        var r = RecipeBuilder.FromStory("bekzat-balode");
        var top = r.Concepts.Take(6).Select(c => c.Id).ToArray();
        Assert.Contains("painter", top);
        Assert.Contains("felt_carpet", top);
        Assert.Contains("geometry", top);
        Assert.Contains("architecture", top);
        Assert.Equal("ornament", r.Mode);
        Assert.Equal("tekemet", r.Ornament.Technique);
        Assert.Equal("rhombic-lattice", r.Ornament.Field);
        Assert.Contains(r.Ornament.Border, FeltVocabulary.BordersFor("tekemet"));
        Assert.Contains(r.Ornament.Corner, FeltVocabulary.Corners);
        Assert.Equal(["tort_muiz", "zhuldyz"], r.Ornament.Motifs.Take(2));
        Assert.Equal("aisha-bibi-terracotta", r.Palette);
        Assert.Equal("felt-traditional", r.Ornament.PaletteBlend);
        Assert.Equal("impressionist", r.Ornament.Strokes);
        Assert.Equal("Ornament", Trait(r, "Mode"));
        Assert.Equal("Tekemet", Trait(r, "Technique"));
        Assert.Equal("RhombicLattice", Trait(r, "FieldLayout"));
        Assert.Equal("RamHorn+Star", Trait(r, "PrimaryMotif"));
        Assert.Equal("AishaBibi", Trait(r, "Palette"));
    }

    [Fact]
    public void Bakhyt_naoko_is_a_vibrant_expressionist_steppe_in_a_tus_kiiz_frame()
    {
        var r = RecipeBuilder.FromStory("bakhyt-naoko");
        var ids = r.Concepts.Select(c => c.Id).ToArray();
        foreach (var c in (string[])["painter", "steppe", "vibrant", "intricate"])
        {
            Assert.Contains(c, ids);
        }

        Assert.Equal("hybrid", r.Mode);
        Assert.Equal("steppe", r.Landscape.Scene);
        Assert.Contains(r.Landscape.Time, (string[])["dawn", "day"]);
        Assert.Equal("steppe-dawn", r.Palette);
        Assert.True(r.Vibrant);
        Assert.Equal(1.25, r.Chroma);
        Assert.Equal("painterly", r.Landscape.Style);
        Assert.Equal("expressionist", r.Landscape.Strokes);
        Assert.Equal("tuskiiz3", r.Frame.Kind);
        Assert.True(r.Frame.Dense);
        Assert.Equal(["koshkar_muiz", "kyzgaldak"], r.Frame.Motifs);
        Assert.True(r.Landscape.Tulips);
    }

    [Fact]
    public void Bekzat_popov_is_a_photographic_desert_series_of_sunset_and_night()
    {
        var r = RecipeBuilder.FromStory("bekzat-popov");
        var ids = r.Concepts.Select(c => c.Id).ToArray();
        foreach (var c in (string[])["photographer", "desert", "sunset", "night_stars", "clothing", "handicraft", "music"])
        {
            Assert.Contains(c, ids);
        }

        Assert.Equal("landscape", r.Mode);
        Assert.Equal("desert", r.Landscape.Scene);
        Assert.Equal("photographic", r.Landscape.Style);
        Assert.Equal(["golden", "night"], r.Landscape.Series);
        Assert.Equal("desert-gold-sunset", r.Palette);
        Assert.InRange(r.Landscape.Yurts, 1, 2);
        Assert.Equal("band-bottom", r.Frame.Kind);
        Assert.Equal(["tumar"], r.Frame.Motifs);
        Assert.InRange(r.Frame.Repeat, 5, 9);

        var night = RecipeBuilder.ForSeries(r, 1);
        Assert.Equal("night", night.Landscape.Time);
        Assert.Equal("starry-desert-night", night.Palette);
        Assert.True(night.Landscape.Moon);
        Assert.True(night.Landscape.Stars > 0);
        var sunset = RecipeBuilder.ForSeries(r, 2);
        Assert.Equal("golden", sunset.Landscape.Time);
        Assert.Equal("desert-gold-sunset", sunset.Palette);
        Assert.NotEqual(night.Seeds.Effective, sunset.Seeds.Effective);
    }

    [Fact]
    public void A_series_of_ornaments_keeps_its_palette_when_the_text_names_two_times()
    {
        // An ornament has no time of day: the sunset/night alternation of landscape series must not re-pick its palette.
        var r = RecipeBuilder.FromText("a felt carpet seen at sunset and again at night", null,
            ["mode=ornament", "palette=shyrdak-indigo-ochre"]);
        Assert.Equal("ornament", r.Mode);
        Assert.True(r.Landscape.Series.Count > 1, "the text names two times, so the series list must hold both");
        for (int i = 0; i < 4; i++)
        {
            var item = RecipeBuilder.ForSeries(r, i);
            Assert.Equal("shyrdak-indigo-ochre", item.Palette);
            Assert.Equal(r.Landscape.Time, item.Landscape.Time);
        }
    }

    [Fact]
    public void Music_repeat_counts_syllables_of_the_trigger_phrase()
    {
        // "traditional music performances": tra-di-tio-nal mu-sic per-for-man-ces → vowel groups 4 + 2 + 4 = 10.
        Assert.Equal(10, DecisionRules.Syllables("traditional music performances"));
        Assert.Equal((10 % 5) + 5, RecipeBuilder.FromStory("bekzat-popov").Frame.Repeat);
    }

    [Fact]
    public void Felt_as_a_verb_is_not_a_carpet()
    {
        var a = ConceptAnalyzer.Analyze("Bekzat felt proud. He felt a deep calm in the desert.");
        Assert.Equal(0, a["felt_carpet"]);
        Assert.True(ConceptAnalyzer.Analyze("A red felt rug lay in the yurt.")["felt_carpet"] > 0);
    }

    [Fact]
    public void Unknown_text_gets_the_default_syrmak_carpet()
    {
        var r = RecipeBuilder.FromText("Hello world, nothing to see here.");
        Assert.Empty(r.Concepts);
        Assert.Equal("ornament", r.Mode);
        Assert.Equal("syrmak", r.Ornament.Technique);
        Assert.Equal("syrmak-red-cream", r.Palette);
        Assert.Equal((1200, 1800), (r.Width, r.Height));
    }

    [Fact]
    public void Default_story_is_built_in() => Assert.Equal(BuiltInStories.Get(BuiltInStories.DefaultName), BuiltInStories.Default);

    [Fact]
    public void Unknown_story_lists_the_names()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => BuiltInStories.Get("bekzat"));
        Assert.Contains("bakhyt-naoko", ex.Message);
    }
}
