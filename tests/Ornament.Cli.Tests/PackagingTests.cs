using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using Ornament.Encode;
using Ornament.Generators.Recipes;
using Ornament.Testing;

namespace Ornament.Cli.Tests;

/// <summary>What the packages promise about the CLI: its version is the one in Directory.Build.props, and its files
/// are the bytes of the shared <see cref="SceneEncoder"/> that the Ornament library writes with.</summary>
public class PackagingTests
{
    [Fact]
    public void Version_option_prints_the_package_version()
    {
        var props = File.ReadAllText(System.IO.Path.Combine(ReferenceImage.RepoRoot, "Directory.Build.props"));
        string version = Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
        // System.CommandLine prints the entry assembly's version, so run the real executable, not the test host.
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        psi.ArgumentList.Add("--version");
        using var p = System.Diagnostics.Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        Assert.Equal(version, output.Trim());
        Assert.Equal(version, typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
    }

    [Fact]
    public void Render_writes_the_shared_encoder_bytes()
    {
        var dir = CliRunner.TempDir();
        var png = System.IO.Path.Combine(dir, "c.png");
        var svg = System.IO.Path.Combine(dir, "c.svg");
        var (code, _, err) = CliRunner.Run("render", "--story", "bekzat-balode", "--style", "syrmak", "--width", "160", "--threads", "2", "-o", png, "-o", svg);
        Assert.True(code == 0, err);
        var recipe = RecipeBuilder.FromStory("bekzat-balode", overrides: ["ornament.technique=syrmak", "width=160"]);
        var scene = RecipeScene.Build(recipe);
        var (w, h) = RecipeScene.PixelSize(recipe, scene);
        foreach (var (path, format) in new[] { (png, ImageFormat.Png), (svg, ImageFormat.Svg) })
        {
            using var ms = new MemoryStream();
            SceneEncoder.Write(scene, ms, format, w, h, recipe.Dpi);
            Assert.Equal(ms.ToArray(), File.ReadAllBytes(path));
        }
    }
}
