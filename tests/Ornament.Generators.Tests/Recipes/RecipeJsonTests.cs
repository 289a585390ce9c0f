using Ornament.Generators.Concepts;
using Ornament.Generators.Recipes;

namespace Ornament.Generators.Tests.Recipes;

public class RecipeJsonTests
{
    public static TheoryData<string> Stories() => new(BuiltInStories.Names);

    [Theory]
    [MemberData(nameof(Stories))]
    public void Round_trip_is_exact(string story)
    {
        var r = RecipeBuilder.FromStory(story, Variation.Parse("7KQ2MZ"), ["size=60x90cm", "dpi=150"]);
        string json = RecipeJson.Serialize(r);
        var back = RecipeJson.Deserialize(json);
        Assert.Equal(json, RecipeJson.Serialize(back));
        Assert.Equal((r.Seeds.Master, r.Seeds.Effective), (back.Seeds.Master, back.Seeds.Effective));
        Assert.Equal(r.Seeds.Subs, back.Seeds.Subs);
        Assert.Equal(r.Landscape with { Series = [] }, back.Landscape with { Series = [] });
        Assert.Equal((3543, 5315), (back.Width, back.Height));
    }

    [Fact]
    public void Serialisation_is_deterministic_and_invariant()
    {
        var prev = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            string a = RecipeJson.Serialize(RecipeBuilder.FromStory("bakhyt-naoko"));
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            string b = RecipeJson.Serialize(RecipeBuilder.FromStory("bakhyt-naoko"));
            Assert.Equal(a, b);
            Assert.Contains("\"chroma\": 1.25", a);
            Assert.DoesNotContain("\r", a);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = prev;
        }
    }

    [Fact]
    public void Properties_come_in_a_fixed_order()
    {
        string json = RecipeJson.Serialize(RecipeBuilder.FromText("a felt carpet"));
        string[] order = ["\"version\"", "\"source\"", "\"mode\"", "\"width\"", "\"palette\"", "\"seed\"", "\"seeds\"", "\"ornament\"", "\"landscape\"", "\"frame\"", "\"concepts\"", "\"phrases\""];
        var positions = order.Select(k => json.IndexOf(k + ":", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Unknown_key_in_a_file_is_rejected_with_a_suggestion()
    {
        var ex = Assert.Throws<RecipeFormatException>(() => RecipeJson.Deserialize("""{ "version": 1, "landscape": { "tme": "night" } }""", "my.json"));
        Assert.Contains("my.json", ex.Message);
        Assert.Contains("landscape.time", ex.Message);
    }

    [Fact]
    public void Bad_value_in_a_file_lists_allowed_values()
    {
        var ex = Assert.Throws<RecipeFormatException>(() => RecipeJson.Deserialize("""{ "ornament": { "technique": "kilim" } }"""));
        Assert.Contains("syrmak, shyrdak, tekemet, tuskiiz, alasha", ex.Message);
    }

    [Fact]
    public void Unsupported_version_and_bad_json_are_rejected()
    {
        Assert.Contains("version 2", Assert.Throws<RecipeFormatException>(() => RecipeJson.Deserialize("""{ "version": 2 }""")).Message);
        Assert.Contains("r.json:2", Assert.Throws<RecipeFormatException>(() => RecipeJson.Deserialize("{\n \"mode\": ,\n}", "r.json")).Message);
    }
}
