using Ornament.Paint;

namespace Ornament.Generators.Tests.Palettes;

public class GplPaletteTests
{
    private const string Good = "GIMP Palette\nName: test\n# kind: felt\n241 231 208\tground cream\n176 40 46\tfigure\n43 29 24\tcord\n";

    [Fact]
    public void Parses_roles_from_the_name_column()
    {
        var p = GplPalette.Parse(Good, "t.gpl");
        Assert.Equal("test", p.Name);
        Assert.Equal("felt", p.Kind);
        Assert.Equal(new Rgba8(176, 40, 46), p["figure"]);
        Assert.Equal("cream", p.Entries[0].Note);
    }

    [Theory]
    [InlineData("", 1, "empty")]
    [InlineData("GIMP Palett\n1 2 3\tground\n", 1, "header")]
    [InlineData("GIMP Palette\n241 231 208\tground\n176 400 46\tfigure\n43 29 24\tcord\n", 3, "'400'")]
    [InlineData("GIMP Palette\n241 231 208\tground\n176 4x 46\tfigure\n", 3, "'4x'")]
    [InlineData("GIMP Palette\n241 231\n", 2, "R G B")]
    [InlineData("GIMP Palette\n241 231 208\n", 2, "no role")]
    [InlineData("GIMP Palette\n241 231 208\tground\n1 2 3\tground\n", 3, "twice")]
    [InlineData("GIMP Palette\n241 231 208\tground\n1 2 3\tfigure\n", 3, "cord")]
    [InlineData("GIMP Palette\n# nothing\n", 2, "no colours")]
    public void Errors_name_file_and_line(string text, int line, string problem)
    {
        var ex = Assert.Throws<PaletteFormatException>(() => GplPalette.Parse(text, "bad.gpl"));
        Assert.Equal("bad.gpl", ex.Source);
        Assert.Equal(line, ex.Line);
        Assert.Contains(problem, ex.Message);
        Assert.StartsWith($"bad.gpl:{line}:", ex.Message);
    }

    [Fact]
    public void Every_built_in_palette_round_trips_json_gpl_json()
    {
        Assert.Equal(8, PaletteRegistry.All.Count);
        foreach (var p in PaletteRegistry.All.Values)
        {
            var gpl = GplPalette.Parse(GplPalette.Write(p), p.Name + ".gpl");
            Assert.Equal(PaletteJson.Write(p), PaletteJson.Write(gpl));
            Assert.Equal(GplPalette.Write(p), GplPalette.Write(gpl));
        }
    }
}
