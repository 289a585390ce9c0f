using System.IO;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Good inputs made once per class (in-process, same entry point): a small PNG, SVG and recipe JSON that
/// carry a recipe, and a palette exported as JSON and GPL, which the rows then damage.</summary>
public sealed class BadInputFixture : IDisposable
{
    public BadInputFixture()
    {
        Dir = CliRunner.TempDir();
        Png = Path.Combine(Dir, "good.png");
        Svg = Path.Combine(Dir, "good.svg");
        Json = Path.Combine(Dir, "good.json");
        var (code, _, err) = CliRunner.Run("render", "--story", "bekzat-popov", "--width", "64", "--height", "48", "-o", Png, "-o", Svg, "--recipe-out", Json);
        Assert.True(code == 0, err);
        (code, _, err) = CliRunner.Run("palettes", "export", "felt-traditional", "-o", Path.Combine(Dir, "p.json"));
        Assert.True(code == 0, err);
        (code, _, err) = CliRunner.Run("palettes", "export", "felt-traditional", "-o", Path.Combine(Dir, "p.gpl"));
        Assert.True(code == 0, err);
        PaletteJson = File.ReadAllText(Path.Combine(Dir, "p.json"));
        PaletteGpl = File.ReadAllText(Path.Combine(Dir, "p.gpl"));
    }

    public string Dir { get; }

    public string Png { get; }

    public string Svg { get; }

    public string Json { get; }

    public string PaletteJson { get; }

    public string PaletteGpl { get; }

    /// <summary>A fresh folder holding <paramref name="name"/> with <paramref name="bytes"/> and a bystander file.</summary>
    public static string FolderWith(string name, byte[] bytes)
    {
        var d = CliRunner.TempDir();
        File.WriteAllBytes(Path.Combine(d, name), bytes);
        File.WriteAllText(Path.Combine(d, "bystander.txt"), "must not change");
        return d;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
