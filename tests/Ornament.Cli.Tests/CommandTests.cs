using System.IO;
using System.Text.Json;
using Ornament.Encode;
using Ornament.Testing;

namespace Ornament.Cli.Tests;

/// <summary>The CLI contract of ARCHITECTURE.md: names, JSON shape, exit codes, one-line errors, atomic output.</summary>
public class CommandTests
{
    private const string SmallSvg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="64" height="48" viewBox="0 0 64 48">
        <rect x="0" y="0" width="64" height="48" fill="#f1e7d0"/>
        <path d="M 8 8 L 56 8 L 32 40 Z" fill="#b0282e" fill-opacity="0.8" fill-rule="nonzero"/>
        </svg>
        """;

    [Fact]
    public void Raster_writes_a_valid_png_of_the_svg_size()
    {
        var dir = CliRunner.TempDir();
        var svg = Path.Combine(dir, "in.svg");
        File.WriteAllText(svg, SmallSvg);
        var png = Path.Combine(dir, "out.png");
        var (code, _, err) = CliRunner.Run("raster", svg, "-o", png);
        Assert.True(code == 0, err);
        var image = PngDecoder.Decode(File.ReadAllBytes(png));
        Assert.Equal((64, 48), (image.Pixmap.Width, image.Pixmap.Height));
        var check = ExternalTool.Run("pngcheck", "pngcheck", [png]);
        Assert.True(check.ExitCode == 0, check.StandardOutput);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Bench_prints_one_json_line_with_the_peer_keys()
    {
        var dir = CliRunner.TempDir();
        var svg = Path.Combine(dir, "in.svg");
        File.WriteAllText(svg, SmallSvg);
        var (code, stdout, err) = CliRunner.Run("bench", svg, "--repeat", "3", "--threads", "2", "-o", Path.Combine(dir, "b.png"));
        Assert.True(code == 0, err);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        using var json = JsonDocument.Parse(lines[0]);
        foreach (var key in new[] { "file", "width", "height", "paths", "repeat", "threads", "min_ms", "median_ms" })
        {
            Assert.True(json.RootElement.TryGetProperty(key, out _), "missing key " + key);
        }

        Assert.Equal(3, json.RootElement.GetProperty("repeat").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("threads").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("paths").GetInt32());
        Assert.True(File.Exists(Path.Combine(dir, "b.png")));
    }

    [Theory]
    [InlineData(2, "raster")]
    [InlineData(2, "bench", "x.svg", "--repeat", "0")]
    [InlineData(2, "explain", "--set", "nonsense=1")]
    [InlineData(2, "explain", "--set", "landscape.time=noon")]
    [InlineData(2, "explain", "--story", "no-such-story")]
    [InlineData(2, "explain", "--variation", "!!")]
    [InlineData(2, "explain", "--kind", "poster")]
    [InlineData(2, "palettes", "show", "no-such-palette", "-o", "x.png")]
    [InlineData(2, "--no-such-flag")]
    [InlineData(1, "raster", "/no/such/file.svg", "-o", "x.png")]
    public void Bad_input_gives_one_line_and_the_documented_exit_code(int expected, params string[] args)
    {
        var (code, _, err) = CliRunner.Run(args);
        Assert.Equal(expected, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("ornament: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_svg_names_line_and_column_and_leaves_no_output()
    {
        var dir = CliRunner.TempDir();
        var svg = Path.Combine(dir, "bad.svg");
        File.WriteAllText(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<path d=\"M 1 1 Q 2\"/>\n</svg>");
        var png = Path.Combine(dir, "out.png");
        var (code, _, err) = CliRunner.Run("raster", svg, "-o", png);
        Assert.Equal(1, code);
        Assert.Contains("line 2", err, StringComparison.Ordinal);
        Assert.False(File.Exists(png));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Output_into_a_missing_folder_or_onto_a_folder_fails_cleanly()
    {
        var dir = CliRunner.TempDir();
        var svg = Path.Combine(dir, "in.svg");
        File.WriteAllText(svg, SmallSvg);
        var (code, _, err) = CliRunner.Run("raster", svg, "-o", Path.Combine(dir, "nope", "x.png"));
        Assert.Equal(1, code);
        Assert.Contains("does not exist", err, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run("raster", svg, "-o", dir);
        Assert.Equal(1, code);
        Assert.Contains("is a folder", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_the_recipe_json_and_the_keys()
    {
        var (code, stdout, err) = CliRunner.Run("explain", "--story", "bekzat-popov");
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("landscape", json.RootElement.GetProperty("mode").GetString());
        Assert.True(json.RootElement.GetProperty("concepts").GetArrayLength() > 0);
        (code, stdout, _) = CliRunner.Run("explain", "--keys");
        Assert.Equal(0, code);
        Assert.Contains("landscape.time", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Palettes_lists_every_builtin_and_draws_a_swatch()
    {
        var (code, stdout, _) = CliRunner.Run("palettes");
        Assert.Equal(0, code);
        foreach (var name in new[] { "felt-traditional", "syrmak-red-cream", "shyrdak-indigo-ochre", "steppe-dawn", "almaty-spring-tianshan", "desert-gold-sunset", "starry-desert-night", "aisha-bibi-terracotta" })
        {
            Assert.Contains(name, stdout, StringComparison.Ordinal);
        }

        var dir = CliRunner.TempDir();
        var png = Path.Combine(dir, "s.png");
        (code, _, var err) = CliRunner.Run("palettes", "show", "steppe-dawn", "-o", png);
        Assert.True(code == 0, err);
        Assert.True(PngDecoder.Decode(File.ReadAllBytes(png)).Pixmap.Width > 100);
        var gpl = Path.Combine(dir, "p.gpl");
        (code, _, err) = CliRunner.Run("palettes", "export", "felt-traditional", "-o", gpl);
        Assert.True(code == 0, err);
        Assert.StartsWith("GIMP Palette", File.ReadAllText(gpl), StringComparison.Ordinal);
    }
}
