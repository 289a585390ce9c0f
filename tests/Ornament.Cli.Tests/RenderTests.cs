using System.IO;
using System.Text.Json;
using Ornament.Encode;
using Ornament.Testing;

namespace Ornament.Cli.Tests;

/// <summary>`ornament render`: the main job end to end, recipes that re-render themselves, physical sizes.</summary>
public class RenderTests
{
    [Fact]
    public void Render_with_no_input_renders_the_default_story_into_a_named_file()
    {
        var dir = CliRunner.TempDir();
        var cwd = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(dir);
            var (code, _, err) = CliRunner.Run("render", "--width", "240", "--height", "360");
            Assert.True(code == 0, err);
            var file = Assert.Single(Directory.GetFiles(dir, "*.png"));
            Assert.StartsWith("bekzat-balode-", Path.GetFileName(file), StringComparison.Ordinal);
            var check = ExternalTool.Run("pngcheck", "pngcheck", [file]);
            Assert.True(check.ExitCode == 0, check.StandardOutput);
        }
        finally
        {
            Directory.SetCurrentDirectory(cwd);
        }
    }

    [Theory]
    [InlineData("bekzat-popov")]
    [InlineData("bakhyt-naoko")]
    [InlineData("bekzat-balode")]
    public void A_png_and_an_svg_carry_a_recipe_that_reproduces_the_png_byte_for_byte(string story)
    {
        var dir = CliRunner.TempDir();
        string png = Path.Combine(dir, "a.png"), svg = Path.Combine(dir, "a.svg");
        var (code, _, err) = CliRunner.Run("render", "--story", story, "--width", "300", "--height", "200", "--variation", "7K3M9Q", "-o", png, "-o", svg);
        Assert.True(code == 0, err);
        var original = File.ReadAllBytes(png);
        Assert.True(PngDecoder.Decode(original).Text.ContainsKey("ornament:recipe"));

        string again = Path.Combine(dir, "b.png"), fromSvg = Path.Combine(dir, "c.png");
        (code, _, err) = CliRunner.Run("render", "--recipe", png, "-o", again);
        Assert.True(code == 0, err);
        (code, _, err) = CliRunner.Run("render", "--recipe", svg, "-o", fromSvg);
        Assert.True(code == 0, err);
        Assert.Equal(original, File.ReadAllBytes(again));
        Assert.Equal(original, File.ReadAllBytes(fromSvg));
    }

    [Fact]
    public void Physical_size_gives_pixels_and_phys()
    {
        var (code, stdout, err) = CliRunner.Run("explain", "--story", "bekzat-popov", "--size", "10x10cm", "--dpi", "300");
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1181, json.RootElement.GetProperty("width").GetInt32());
        Assert.Equal(1181, json.RootElement.GetProperty("height").GetInt32());

        var dir = CliRunner.TempDir();
        var png = Path.Combine(dir, "p.png");
        (code, _, err) = CliRunner.Run("render", "--story", "bekzat-popov", "--size", "2x1cm", "--dpi", "300", "-o", png);
        Assert.True(code == 0, err);
        var image = PngDecoder.Decode(File.ReadAllBytes(png));
        Assert.Equal((236, 118), (image.Pixmap.Width, image.Pixmap.Height));
        Assert.Equal(((uint)11811, (uint)11811), image.PixelsPerMetre);
    }

    [Fact]
    public void Too_many_pixels_are_refused_with_the_figure()
    {
        var (code, _, err) = CliRunner.Run("render", "--width", "20000", "--height", "20000", "-o", "/tmp/never.png");
        Assert.Equal(2, code);
        Assert.Contains("400,000,000", err, StringComparison.Ordinal);
        Assert.False(File.Exists("/tmp/never.png"));
    }

    [Fact]
    public void Same_recipe_same_bytes_across_thread_counts()
    {
        var dir = CliRunner.TempDir();
        var outputs = new List<byte[]>();
        foreach (var t in new[] { "1", "2", "7" })
        {
            var f = Path.Combine(dir, $"t{t}.png");
            var (code, _, err) = CliRunner.Run("render", "--story", "bakhyt-naoko", "--width", "320", "--height", "213", "--threads", t, "-o", f);
            Assert.True(code == 0, err);
            outputs.Add(File.ReadAllBytes(f));
        }

        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
    }

    [Fact]
    public void Twin_writes_the_counterchange_partner_beside_the_carpet()
    {
        var dir = CliRunner.TempDir();
        var png = Path.Combine(dir, "carpet.png");
        var (code, _, err) = CliRunner.Run("render", "--kind", "ornament", "--style", "syrmak", "--text", "a syrmak", "--width", "200", "--height", "300", "--set", "ornament.texture=0", "--twin", "-o", png);
        Assert.True(code == 0, err);
        var a = PngDecoder.Decode(File.ReadAllBytes(png)).Pixmap;
        var b = PngDecoder.Decode(File.ReadAllBytes(Path.Combine(dir, "carpet-twin.png"))).Pixmap;
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        Assert.NotEqual(a.Data.ToArray(), b.Data.ToArray());

        (code, _, err) = CliRunner.Run("render", "--kind", "landscape", "--twin", "-o", Path.Combine(dir, "l.png"));
        Assert.Equal(2, code);
        Assert.Contains("--twin needs a syrmak or shyrdak", err, StringComparison.Ordinal);
    }
}
