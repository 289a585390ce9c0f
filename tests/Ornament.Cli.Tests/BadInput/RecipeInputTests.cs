using System.IO;
using System.Text;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Corrupted recipes for `render --recipe`: PNGs truncated, bit-flipped or without a recipe; JSON
/// truncated, binary, empty, of the wrong shape or with bad values; an SVG whose metadata is not a recipe.
/// Exit 1, the message names the file and the problem.</summary>
public class RecipeInputTests(BadInputFixture fx) : IClassFixture<BadInputFixture>
{
    public static TheoryData<string, string> Rows => new()
    {
        { "truncated.png", "truncated" },
        { "flipped.png", "CRC" },
        { "norecipe.png", "no Ornament recipe" },
        { "header-only.png", "PNG" },
        { "truncated.json", "JSON" },
        { "binary.json", "JSON" },
        { "empty.json", "JSON" },
        { "array.json", "recipe" },
        { "badwidth.json", "width" },
        { "badmode.json", "mode" },
        { "badmeta.svg", "JSON" },
        { "nometa.svg", "no Ornament recipe" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_corrupted_recipe_is_refused(string name, string problem)
    {
        var dir = BadInputFixture.FolderWith(name, Make(name));
        BadInputAssert.Fails(dir, 1, [name, problem], "render", "--recipe", name, "-o", "out.png");
    }

    [Fact]
    public void A_missing_recipe_fails_with_exit_1()
    {
        var dir = CliRunner.TempDir();
        BadInputAssert.Fails(dir, 1, ["nope.png", "does not exist"], "render", "--recipe", "nope.png", "-o", "out.png");
    }

    private byte[] Make(string name)
    {
        byte[] png = File.ReadAllBytes(fx.Png);
        string json = File.ReadAllText(fx.Json);
        switch (name)
        {
            case "truncated.png":
                return png[..(png.Length / 2)];
            case "flipped.png":
            {
                // One bit of the last IDAT's CRC (just before the 12-byte IEND chunk): the data stay intact, so only
                // the checksum can report it, whatever the picture (a flip inside the deflate stream may be caught by
                // the inflater first, depending on where the middle byte happens to fall).
                var b = (byte[])png.Clone();
                b[b.Length - 13] ^= 0x10;
                return b;
            }

            case "norecipe.png":
            {
                var d = CliRunner.TempDir();
                File.WriteAllText(Path.Combine(d, "s.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>");
                var (code, _, err) = CliRunner.Run("raster", Path.Combine(d, "s.svg"), "-o", Path.Combine(d, "s.png"));
                Assert.True(code == 0, err);
                return File.ReadAllBytes(Path.Combine(d, "s.png"));
            }

            case "header-only.png":
                return png[..8];
            case "truncated.json":
                return Encoding.UTF8.GetBytes(json[..(json.Length / 2)]);
            case "binary.json":
                return [0x00, 0xFF, 0x7B, 0x22, 0x00, 0xC3, 0x28];
            case "empty.json":
                return [];
            case "array.json":
                return Encoding.UTF8.GetBytes("[1, 2, 3]");
            case "badwidth.json":
                return Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(json, "\"width\": \\d+", "\"width\": -5"));
            case "badmode.json":
                return Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(json, "\"mode\": \"\\w+\"", "\"mode\": \"poster\""));
            case "badmeta.svg":
                return Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><metadata>{\"mode\": </metadata></svg>");
            case "nometa.svg":
                return Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>");
            default:
                throw new ArgumentException(name, nameof(name));
        }
    }
}
