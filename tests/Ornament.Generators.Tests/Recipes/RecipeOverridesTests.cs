using Ornament.Generators.Recipes;

namespace Ornament.Generators.Tests.Recipes;

public class RecipeOverridesTests
{
    private static readonly Recipe Base = RecipeBuilder.FromText("A painter of steppes with vibrant colors and intricate patterns.");

    [Fact]
    public void Unknown_key_lists_valid_keys_and_nearest()
    {
        var ex = Assert.Throws<RecipeOverrideException>(() => RecipeOverrides.Apply(Base, "landscape.tme=night"));
        Assert.Contains("unknown key 'landscape.tme'", ex.Message);
        Assert.Contains("did you mean 'landscape.time'", ex.Message);
        Assert.Contains("ornament.technique", ex.Message);
    }

    [Fact]
    public void Bad_enum_lists_allowed_values()
    {
        var ex = Assert.Throws<RecipeOverrideException>(() => RecipeOverrides.Apply(Base, "landscape.time=noon"));
        Assert.Contains("bad value 'noon' for landscape.time", ex.Message);
        Assert.Contains("one of dawn, day, golden, night", ex.Message);
    }

    [Fact]
    public void Bad_number_states_the_range()
    {
        var ex = Assert.Throws<RecipeOverrideException>(() => RecipeOverrides.Apply(Base, "width=5"));
        Assert.Contains("an integer from 16 to 20000", ex.Message);
        Assert.Contains("from 0.25 to 12", Assert.Throws<RecipeOverrideException>(() => RecipeOverrides.Apply(Base, "landscape.density=lots")).Message);
    }

    [Fact]
    public void Missing_equals_sign_is_an_error() =>
        Assert.Contains("key=value", Assert.Throws<RecipeOverrideException>(() => RecipeOverrides.Apply(Base, "mode")).Message);

    [Fact]
    public void Values_are_applied()
    {
        var r = RecipeOverrides.ApplyAll(Base, ["landscape.time=night", "landscape.yurts=3", "vibrant=false", "ornament.texture=0.5"]);
        Assert.Equal("night", r.Landscape.Time);
        Assert.Equal(3, r.Landscape.Yurts);
        Assert.False(r.Vibrant);
        Assert.Equal(1.0, r.Chroma);
        Assert.Equal(0.5, r.Ornament.Texture);
    }

    [Fact]
    public void Builder_lets_the_palette_follow_overridden_decisions()
    {
        var r = RecipeBuilder.FromText("A painter of steppes.", overrides: ["landscape.time=night"]);
        Assert.Equal("starry-desert-night", r.Palette);
        var kept = RecipeBuilder.FromText("A painter of steppes.", overrides: ["landscape.time=night", "palette=steppe-dawn"]);
        Assert.Equal("steppe-dawn", kept.Palette);
        var carpet = RecipeBuilder.FromText("A painter of steppes.", overrides: ["mode=ornament"]);
        Assert.Equal((1200, 1800), (carpet.Width, carpet.Height));
        Assert.Equal("felt-traditional", carpet.Palette);
    }

    [Fact]
    public void Unknown_palette_name_is_rejected_but_paths_are_accepted()
    {
        Assert.Contains("steppe-dawn", Assert.Throws<RecipeOverrideException>(() => RecipeOverrides.Apply(Base, "palette=steppe-dusk")).Message);
        Assert.Equal("my/colours.gpl", RecipeOverrides.Apply(Base, "palette=my/colours.gpl").Palette);
    }

    [Fact]
    public void Every_schema_key_has_a_description_and_reads_back_what_it_wrote()
    {
        foreach (var k in RecipeSchema.Keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(k.Description), k.Path);
        }

        Assert.Equal("desert", RecipeSchema.Find("landscape.scene")!.Get(RecipeOverrides.Apply(Base, "landscape.scene=desert")));
    }
}
