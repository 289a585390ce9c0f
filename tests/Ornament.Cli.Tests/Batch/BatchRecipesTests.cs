using System.IO;
using System.Text.Json;

namespace Ornament.Cli.Tests.Batch;

/// <summary>`--recipes FILE.jsonl`: each line is rendered exactly as written (the same bytes as `render --recipe`),
/// with PNG and SVG under `--format both`; a bad line is reported with its line number.</summary>
[Collection("batch")]
public class BatchRecipesTests
{
    [Fact]
    public void Each_recipe_line_renders_the_same_bytes_as_render_and_format_both_writes_png_and_svg()
    {
        var dir = CliRunner.TempDir();
        var lines = new List<string>();
        foreach (var (text, variation) in new[] { ("alasha woven in strips", "3F7K2Q"), ("an alasha with geometric shapes", "00000A") })
        {
            var (c, json, e) = CliRunner.Run("explain", "--kind", "ornament", "--set", "ornament.texture=0", "--width", "80", "--height", "120", "--text", text, "--variation", variation);
            Assert.True(c == 0, e);
            lines.Add(JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement));
        }

        string jsonl = Path.Combine(dir, "picked.jsonl"), outDir = Path.Combine(dir, "series");
        File.WriteAllText(jsonl, lines[0] + "\n\n" + lines[1] + "\n");
        var (code, _, err) = CliRunner.Run("batch", "--recipes", jsonl, "--format", "both", "--thumb", "48", "--progress", "none", "--out", outDir);
        Assert.True(code == 0, err);
        Assert.Equal(["0001-3F7K2Q.png", "0001-3F7K2Q.svg", "0002-00000A.png", "0002-00000A.svg"], Directory.GetFiles(outDir, "000*").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        string recipe = Path.Combine(dir, "one.json"), again = Path.Combine(dir, "again.png");
        File.WriteAllText(recipe, lines[0]);
        (code, _, err) = CliRunner.Run("render", "--recipe", recipe, "-o", again);
        Assert.True(code == 0, err);
        Assert.Equal(File.ReadAllBytes(again), File.ReadAllBytes(Path.Combine(outDir, "0001-3F7K2Q.png")));
        SeriesFixture.AssertPngsValid(outDir);

        File.AppendAllText(jsonl, "{\"mode\": \"felt\"\n");
        (code, _, err) = CliRunner.Run("batch", "--recipes", jsonl, "--out", Path.Combine(dir, "other"));
        Assert.Equal(1, code);
        Assert.Contains("picked.jsonl:4", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }
}
