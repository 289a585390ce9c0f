using Ornament.Generators.Recipes;

namespace Ornament.Generators.Tests.Recipes;

public class SizeVariationSeedTests
{
    [Theory]
    [InlineData("10x10cm", 300, 1181, 1181)]
    [InlineData("60x90cm", 300, 7087, 10630)]
    [InlineData("600x900mm", 300, 7087, 10630)]
    [InlineData("24x36in", 100, 2400, 3600)]
    [InlineData("8.5 × 11 in", 200, 1700, 2200)]
    public void Physical_sizes_round_to_nearest_pixel(string size, double dpi, int w, int h) =>
        Assert.Equal((w, h), PhysicalSize.Parse(size).ToPixels(dpi));

    [Theory]
    [InlineData("60x90")]
    [InlineData("60x90ft")]
    [InlineData("0x10cm")]
    [InlineData("sixty by ninety")]
    public void Bad_sizes_are_rejected(string size) => Assert.Throws<FormatException>(() => PhysicalSize.Parse(size));

    [Fact]
    public void Size_override_keeps_dpi_for_phys()
    {
        var r = RecipeBuilder.FromText("felt carpet", overrides: ["dpi=300", "size=10x10cm"]);
        Assert.Equal((1181, 1181, 300.0), (r.Width, r.Height, r.Dpi!.Value));
        Assert.Equal("10x10cm", r.Size);
        var smaller = RecipeOverrides.Apply(r, "dpi=150");
        Assert.Equal((591, 591), (smaller.Width, smaller.Height));
    }

    [Theory]
    [InlineData(0u, "000000")]
    [InlineData(1u, "000001")]
    [InlineData(31u, "00000Z")]
    [InlineData((1u << 30) - 1, "ZZZZZZ")]
    [InlineData(123456789u, "3NQK8N")]
    public void Variation_codes_format_and_parse(uint value, string code)
    {
        Assert.Equal(code, new Variation(value).Code);
        Assert.Equal(value, Variation.Parse(code).Value);
        Assert.Equal(value, Variation.Parse(code.ToLowerInvariant()).Value);
    }

    [Fact]
    public void Variation_parse_accepts_crockford_aliases_and_hyphens() =>
        Assert.Equal(Variation.Parse("011101"), Variation.Parse("oIl-LoI"));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("ABCDEU")]
    [InlineData("AB CDE")]
    [InlineData("ABC!EF")]
    public void Invalid_variation_codes_are_rejected(string code)
    {
        var ex = Assert.Throws<FormatException>(() => Variation.Parse(code));
        Assert.Contains("variation code", ex.Message);
        Assert.False(Variation.TryParse(code, out _));
    }

    [Fact]
    public void Every_30_bit_sample_round_trips()
    {
        var rng = new SeededRandom(42);
        for (int i = 0; i < 1000; i++)
        {
            var v = new Variation((uint)(rng.NextULong() >> 34));
            Assert.Equal(v, Variation.Parse(v.Code));
        }
    }

    [Fact]
    public void Master_seed_hashes_the_nfc_text()
    {
        Assert.Equal(SeedPath.FromText("Caf\u00e9 au d\u00e9sert"), SeedPath.FromText("Cafe\u0301 au de\u0301sert"));
        var a = RecipeBuilder.FromText("Caf\u00e9 au d\u00e9sert");
        var b = RecipeBuilder.FromText("Cafe\u0301 au de\u0301sert");
        Assert.Equal(RecipeJson.Serialize(a), RecipeJson.Serialize(b));
    }

    [Fact]
    public void Variation_changes_every_sub_seed_but_not_the_master()
    {
        var a = RecipeBuilder.FromText("desert sunset");
        var b = RecipeBuilder.FromText("desert sunset", Variation.Parse("000001"));
        Assert.Equal(a.Seeds.Master, b.Seeds.Master);
        foreach (var label in RecipeSeeds.Labels)
        {
            Assert.NotEqual(a.Seeds[label], b.Seeds[label]);
        }
    }

    [Fact]
    public void Sub_seeds_are_independent_of_each_other()
    {
        var seeds = RecipeSeeds.Derive(0x1234, null);
        var root = new SeedPath(0x1234);
        Assert.Equal(root.Child("layout"), seeds["layout"]);
        // Renaming or redrawing the palette-jitter stream cannot move the layout stream.
        Assert.NotEqual(root.Child("palette_jitter"), root.Child("palette_jitter2"));
        Assert.Equal(seeds["layout"], RecipeSeeds.Derive(0x1234, null)["layout"]);
        Assert.Equal(RecipeSeeds.Labels.Count, seeds.Subs.Select(s => s.Value).Distinct().Count());
    }

    [Fact]
    public void Concept_seed_mode_ignores_wording()
    {
        var a = RecipeBuilder.FromText("A desert at sunset.", seedMode: SeedMode.Concepts);
        var b = RecipeBuilder.FromText("Sunset over the quiet desert dunes.", seedMode: SeedMode.Concepts);
        Assert.Equal(a.Seeds.Master, b.Seeds.Master);
        Assert.Equal(a.Seeds.Subs, b.Seeds.Subs);
        var ta = RecipeBuilder.FromText("A desert at sunset.");
        var tb = RecipeBuilder.FromText("Sunset over the quiet desert dunes.");
        Assert.NotEqual(ta.Seeds.Master, tb.Seeds.Master);
    }

    [Fact]
    public void Seed_override_accepts_hex_and_rejects_garbage()
    {
        var r = RecipeOverrides.Apply(RecipeBuilder.FromText("x"), "seed=00000000000000ff");
        Assert.Equal(255ul, r.Seeds.Master);
        Assert.Contains("hex", Assert.Throws<RecipeOverrideException>(() => RecipeOverrides.Apply(r, "seed=xyz")).Message);
    }
}
