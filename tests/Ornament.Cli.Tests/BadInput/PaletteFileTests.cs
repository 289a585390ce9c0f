using System.IO;
using System.Text;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Bad palette files for `render --palette FILE` and `palettes show FILE`, in JSON and GIMP GPL: bad hex,
/// a missing role, an empty file, a duplicate role, no colours, not a palette at all. Exit 1, the message names
/// the file (and line where there is one) and the problem.</summary>
public class PaletteFileTests(BadInputFixture fx) : IClassFixture<BadInputFixture>
{
    public static TheoryData<string, string> Rows => new()
    {
        { "badhex.json", "bad colour" },
        { "badhex.gpl", "not a colour component" },
        { "missing.json", "missing required role" },
        { "missing.gpl", "missing" },
        { "dup.json", "defined twice" },
        { "dup.gpl", "twice" },
        { "empty.json", "JSON" },
        { "empty.gpl", "empty" },
        { "headeronly.gpl", "no colours" },
        { "noroles.json", "no colours" },
        { "binary.json", "JSON" },
        { "binary.gpl", "GIMP Palette" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_bad_palette_file_is_refused(string name, string problem)
    {
        var dir = BadInputFixture.FolderWith(name, Make(name));
        BadInputAssert.Fails(dir, 1, [name, problem], "render", "--kind", "ornament", "--palette", name, "-o", "out.png");
        BadInputAssert.Fails(dir, 1, [name, problem], "palettes", "show", name, "-o", "swatch.png");
    }

    [Fact]
    public void A_missing_palette_file_fails_with_exit_1()
    {
        var dir = CliRunner.TempDir();
        BadInputAssert.Fails(dir, 1, ["nope.gpl", "does not exist"], "render", "--palette", "nope.gpl", "-o", "out.png");
    }

    private byte[] Make(string name)
    {
        string json = fx.PaletteJson, gpl = fx.PaletteGpl;
        string text = name switch
        {
            "badhex.json" => json.Replace("#a3242a", "#zz242a", StringComparison.Ordinal),
            "badhex.gpl" => gpl.Replace("163  36  42", "163  36 999", StringComparison.Ordinal),
            "missing.json" => RemoveJsonRole(json, "ground"),
            "missing.gpl" => string.Join('\n', gpl.Split('\n').Where(l => !l.Contains("\tground", StringComparison.Ordinal))),
            "dup.json" => json.Replace("\"role\": \"figure2\"", "\"role\": \"figure\"", StringComparison.Ordinal),
            "dup.gpl" => gpl + "163  36  42\tfigure again\n",
            "empty.json" or "empty.gpl" => string.Empty,
            "headeronly.gpl" => "GIMP Palette\nName: nothing\n",
            "noroles.json" => "{ \"name\": \"x\", \"kind\": \"felt\", \"roles\": [] }",
            _ => string.Empty,
        };
        return name.StartsWith("binary", StringComparison.Ordinal)
            ? [0x89, 0x00, 0xFF, 0xFE, 0x01, 0x80, 0x7F, 0x00, 0x1B]
            : Encoding.UTF8.GetBytes(text);
    }

    private static string RemoveJsonRole(string json, string role)
    {
        int at = json.IndexOf($"\"role\": \"{role}\"", StringComparison.Ordinal);
        int open = json.LastIndexOf('{', at);
        int close = json.IndexOf('}', at);
        int comma = json.IndexOf(',', close);
        return json[..open] + json[(comma + 1)..];
    }
}
