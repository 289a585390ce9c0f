using Ornament.Generators.Felt;
using Ornament.Generators.Recipes;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Recipes;

// The recipe is every decision: what it says about a carpet (field, border, corner, motifs, symmetry, palette) must be
// what the felt generator draws, because a series' traits are read from the recipe.
public class FeltRecipeTests
{
    private const string Text = "a quilted felt carpet";

    private static FeltDesign DesignOf(Recipe r) =>
        FeltCarpetGenerator.Plan(RecipeScene.CarpetOptions(r, PaletteRegistry.Resolve(r.Palette), (double)r.Width / r.Height));

    [Theory]
    [MemberData(nameof(Borders))]
    public void Every_border_value_reaches_the_design(string border)
    {
        var r = RecipeBuilder.FromText(Text, overrides: ["ornament.technique=syrmak", $"ornament.border={border}"]);
        var d = DesignOf(r);
        Assert.Equal(border != "none", d.Bordered);
        if (FeltVocabulary.Border(border) is { } b)
        {
            Assert.Equal(b.Group, d.BorderGroup);
            Assert.Equal(b.Motif, d.BorderMotif);
        }
    }

    public static TheoryData<string> Borders() => new(FeltVocabulary.Borders);

    [Theory]
    [InlineData("block", CornerType.Block)]
    [InlineData("rosette", CornerType.Rosette)]
    [InlineData("mitre", CornerType.Mitre)]
    [InlineData("none", CornerType.Turn)]
    public void Corner_values_reach_the_design(string corner, CornerType expected)
    {
        var r = RecipeBuilder.FromText(Text, overrides: [$"ornament.corner={corner}"]);
        var d = DesignOf(r);
        Assert.Equal(expected, d.Corner);
        if (expected == CornerType.Rosette)
        {
            Assert.Contains(d.CornerMotif, (string[])["zhuldyz", "kun"]);
        }
    }

    [Fact]
    public void Motifs_field_and_symmetry_reach_the_design()
    {
        for (int i = 0; i < 12; i++)
        {
            var r = RecipeBuilder.FromText(Text, Variation.ForSeries(new SeedPath(1234), i));
            var d = DesignOf(r);
            Assert.Equal(r.Ornament.Motifs[0], d.FieldMotif);
            Assert.Equal(r.Ornament.Motifs[1], d.CentreMotif);
            Assert.Equal(r.Ornament.Motifs[2], d.FillerMotif);
            Assert.Equal(FeltVocabulary.Field(r.Ornament.Field), d.Layout);
            Assert.Equal(r.Ornament.Symmetry == "d1", d.Oriented);
            Assert.NotEqual(d.FieldMotif, d.CentreMotif);
        }
    }

    [Fact]
    public void A_series_varies_what_the_text_leaves_open()
    {
        var recipes = Enumerable.Range(0, 12).Select(i => RecipeBuilder.FromText(Text, Variation.ForSeries(new SeedPath(99), i))).ToArray();
        Assert.True(recipes.Select(r => r.Ornament.Border).Distinct().Count() >= 3);
        Assert.True(recipes.Select(r => r.Ornament.Corner).Distinct().Count() >= 2);
        Assert.True(recipes.Select(r => r.Ornament.Motifs[0]).Distinct().Count() >= 2);
        Assert.True(recipes.Select(r => Traits.FromRecipe(r).Single(t => t.Name == "BorderFrieze").Value).Distinct().Count() >= 3);
    }

    [Fact]
    public void Borderless_carpet_gives_its_field_the_border_band()
    {
        var with = RecipeBuilder.FromText(Text, overrides: ["ornament.technique=syrmak", "ornament.border=chain"]);
        var without = with with { Ornament = with.Ornament with { Border = "none" } };
        var pal = PaletteRegistry.Resolve(with.Palette);
        FeltCarpetGenerator.GenerateFrame(RecipeScene.CarpetOptions(with, pal, 1.4), out var bordered);
        FeltCarpetGenerator.GenerateFrame(RecipeScene.CarpetOptions(without, pal, 1.4), out var open);
        // The main border is 13 % of the short side on each edge.
        Assert.InRange(open.Width - bordered.Width, 0.25 * 200, 0.27 * 200);
        Assert.InRange(open.Height - bordered.Height, 0.25 * 200, 0.27 * 200);
    }

    [Fact]
    public void Unknown_motif_names_the_nearest()
    {
        var r = RecipeBuilder.FromText(Text);
        var bad = r with { Ornament = r.Ornament with { Motifs = ["koshkar_muis", "kun", "tumar"] } };
        var e = Assert.Throws<ArgumentException>(() => RecipeScene.Build(bad));
        Assert.Contains("koshkar_muiz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chroma_makes_the_rendered_carpet_more_vibrant()
    {
        var plain = RecipeBuilder.FromText(Text, overrides: ["width=120", "height=180", "ornament.texture=0"]);
        var vivid = plain with { Chroma = 1.4 };
        double Chroma(Recipe r)
        {
            var scene = RecipeScene.Build(r);
            var (w, h) = RecipeScene.PixelSize(r, scene);
            var px = SceneRenderer.Render(scene, w, h, new RenderOptions { Threads = 1 });
            double sum = 0;
            for (int y = 0; y < px.Height; y++)
            {
                for (int x = 0; x < px.Width; x++)
                {
                    var lab = Oklab.FromSrgb(px.GetPixel(x, y).Unpremultiply());
                    sum += Math.Sqrt((lab.A * lab.A) + (lab.B * lab.B));
                }
            }

            return sum / (px.Width * px.Height);
        }

        Assert.True(Chroma(vivid) > 1.1 * Chroma(plain));
    }

    [Fact]
    public void Palette_blend_moves_each_role_toward_the_other_palette()
    {
        var a = PaletteRegistry.Resolve("syrmak-red-cream");
        var b = PaletteRegistry.Resolve("felt-traditional");
        Assert.Equal(a.Entries.Select(e => e.Color), PaletteTransforms.Blend(a, b, 0).Entries.Select(e => e.Color));
        var full = PaletteTransforms.Blend(a, b, 1);
        var half = PaletteTransforms.Blend(a, b, 0.5);
        foreach (var e in a.Entries.Where(e => b.Has(e.Role)))
        {
            var target = Oklab.FromSrgb(b[e.Role]);
            Assert.True(Oklab.Distance(Oklab.FromSrgb(full[e.Role]), target) < 0.01);
            Assert.True(Oklab.Distance(Oklab.FromSrgb(half[e.Role]), target) <= Oklab.Distance(Oklab.FromSrgb(e.Color), target) + 1e-9);
        }
    }
}
