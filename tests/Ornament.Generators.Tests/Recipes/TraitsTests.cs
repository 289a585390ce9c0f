using Ornament.Generators.Concepts;
using Ornament.Generators.Recipes;

namespace Ornament.Generators.Tests.Recipes;

public class TraitsTests
{
    [Fact]
    public void All_fifteen_traits_in_fixed_order()
    {
        foreach (var story in BuiltInStories.Names)
        {
            var traits = Traits.FromRecipe(RecipeBuilder.FromStory(story));
            Assert.Equal(Traits.Names, traits.Select(t => t.Name));
            Assert.All(traits, t => Assert.False(string.IsNullOrEmpty(t.Value)));
        }
    }

    [Fact]
    public void Night_landscape_counts_stars_and_yurts()
    {
        var r = RecipeBuilder.FromText("Yurts under a starry night in the steppe.");
        var t = Traits.FromRecipe(r).ToDictionary(x => x.Name, x => x.Value);
        Assert.Equal("Landscape", t["Mode"]);
        Assert.Equal("Night", t["TimeOfDay"]);
        Assert.Equal("StarryDesertNight", t["Palette"]);
        Assert.Contains(t["StarCount"], (string[])["Some", "Many"]);
        Assert.Equal(r.Landscape.Yurts.ToString(System.Globalization.CultureInfo.InvariantCulture), t["YurtCount"]);
    }
}
