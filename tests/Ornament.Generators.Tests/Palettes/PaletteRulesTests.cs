using Ornament.Paint;

namespace Ornament.Generators.Tests.Palettes;

public class PaletteRulesTests
{
    [Theory]
    [InlineData("felt-traditional")]
    [InlineData("syrmak-red-cream")]
    [InlineData("shyrdak-indigo-ochre")]
    [InlineData("aisha-bibi-terracotta")]
    public void Felt_figure_ground_contrast_reads(string name)
    {
        var p = PaletteRegistry.Resolve(name);
        Assert.Equal("felt", p.Kind);
        double dl = Math.Abs(Oklab.FromSrgb(p["figure"]).L - Oklab.FromSrgb(p["ground"]).L);
        Assert.True(dl >= 0.25, $"{name}: ΔL = {dl:F3}");
    }

    [Theory]
    [InlineData("steppe-dawn")]
    [InlineData("almaty-spring-tianshan")]
    [InlineData("desert-gold-sunset")]
    [InlineData("starry-desert-night")]
    public void Landscape_palettes_load(string name) => Assert.Equal("landscape", PaletteRegistry.Resolve(name).Kind);

    [Fact]
    public void Bad_hex_in_json_names_file_and_line()
    {
        const string json = "{\n \"name\": \"x\",\n \"kind\": \"felt\",\n \"roles\": [\n  { \"role\": \"ground\", \"hex\": \"#12345G\" }\n ]\n}";
        var ex = Assert.Throws<PaletteFormatException>(() => PaletteJson.Parse(json, "x.json"));
        Assert.Equal(5, ex.Line);
        Assert.Contains("#12345G", ex.Message);
    }

    [Fact]
    public void Vibrant_raises_chroma_within_gamut_and_keeps_lightness()
    {
        foreach (var p in PaletteRegistry.All.Values)
        {
            var v = PaletteTransforms.Vibrant(p);
            for (int i = 0; i < p.Entries.Count; i++)
            {
                var a = Oklab.FromSrgb(p.Entries[i].Color);
                var b = Oklab.FromSrgb(v.Entries[i].Color);
                Assert.True(b.Chroma >= a.Chroma - 0.004, $"{p.Name}/{p.Entries[i].Role}");
                Assert.True(b.Chroma <= (a.Chroma * 1.3) + 0.004, $"{p.Name}/{p.Entries[i].Role}");
                Assert.InRange(b.L - a.L, -0.02, 0.02);
            }
        }

        // A mid-chroma colour far from the gamut edge gets the full factor.
        var red = Oklab.FromSrgb(new Rgba8(0xA3, 0x24, 0x2A));
        var muted = Oklab.FromSrgb(new Rgba8(0x8C, 0x6B, 0x4F));
        var mv = Oklab.FromSrgb(PaletteTransforms.ScaleChroma(new Rgba8(0x8C, 0x6B, 0x4F), 1.25));
        Assert.InRange(mv.Chroma / muted.Chroma, 1.2, 1.3);
        Assert.True(Oklab.FromSrgb(PaletteTransforms.ScaleChroma(new Rgba8(0xA3, 0x24, 0x2A), 1.25)).Chroma > red.Chroma);
    }

    [Fact]
    public void Swatch_has_one_chip_per_role()
    {
        var p = PaletteRegistry.Resolve("felt-traditional");
        var scene = PaletteSwatch.Build(p);
        Assert.Equal(p.Entries.Count, scene.Items.Count);
        Assert.Equal(Enumerable.Range(0, p.Entries.Count).Select(i => p.Entries[i].Role), scene.Items.Cast<GroupItem>().Select(g => g.Name));
        var pix = SceneRenderer.Render(scene, (int)scene.Width, (int)scene.Height);
        var c = pix.GetPixel((int)(PaletteSwatch.Gap + (PaletteSwatch.Chip / 2)), (int)(PaletteSwatch.Gap + (PaletteSwatch.Chip / 2))).Unpremultiply();
        Assert.Equal(p["ground"], c);
    }
}
