using System.CommandLine;
using System.IO;
using Ornament.Generators;

namespace Ornament.Cli.Commands;

/// <summary>`ornament palettes` lists the palettes; `ornament palettes show NAME -o swatch.png` draws one;
/// `ornament palettes export NAME -o NAME.gpl|.json` writes it as GIMP .gpl or JSON.</summary>
internal static class PalettesCommand
{
    public static Command Create(CliConsole console)
    {
        var cmd = new Command("palettes", "List palettes, draw a swatch, or export one as GIMP .gpl / JSON.\n\nExamples:\n  ornament palettes\n  ornament palettes show steppe-dawn -o steppe-dawn.png\n  ornament palettes export felt-traditional -o felt-traditional.gpl");
        cmd.SetAction(_ =>
        {
            foreach (var p in PaletteRegistry.All.Values)
            {
                string roles = string.Join(" ", p.Entries.Select(e => $"{e.Role}={e.Color.ToHex()}"));
                console.Out.WriteLine($"{p.Name,-24} {p.Kind,-9} {roles}");
            }

            return ExitCodes.Success;
        });

        var name = new Argument<string>("name") { Description = "Palette name or .json/.gpl file." };
        var output = new Option<string>("--output", "-o") { Description = "Output file.", Required = true };
        var show = new Command("show", "Draw a labelled swatch of a palette as PNG or SVG.") { name, output };
        show.SetAction(pr =>
        {
            var palette = Load(pr.GetValue(name)!);
            var scene = PaletteSwatch.Build(palette);
            int w = (int)Math.Round(scene.Width), h = (int)Math.Round(scene.Height);
            SceneOutput.Write(scene, pr.GetValue(output)!, w, h, null, 1, console);
            return ExitCodes.Success;
        });

        var name2 = new Argument<string>("name") { Description = "Palette name or .json/.gpl file." };
        var output2 = new Option<string>("--output", "-o") { Description = "Output .gpl or .json file.", Required = true };
        var export = new Command("export", "Write a palette as GIMP .gpl or Ornament JSON.") { name2, output2 };
        export.SetAction(pr =>
        {
            var palette = Load(pr.GetValue(name2)!);
            string path = pr.GetValue(output2)!;
            string text = path.EndsWith(".gpl", StringComparison.OrdinalIgnoreCase) ? GplPalette.Write(palette)
                : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? PaletteJson.Write(palette)
                : throw CliException.Usage($"output '{path}' must end in .gpl or .json");
            AtomicFile.Write(path, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(text)), console.OpenStdout());
            return ExitCodes.Success;
        });
        cmd.Subcommands.Add(show);
        cmd.Subcommands.Add(export);
        return cmd;
    }

    internal static Palette Load(string nameOrPath)
    {
        try
        {
            return PaletteRegistry.Resolve(nameOrPath);
        }
        catch (KeyNotFoundException ex)
        {
            throw CliException.Usage(ex.Message);
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (PaletteFormatException ex)
        {
            throw new CliException(AtomicFile.OneLine(ex.Message));
        }
    }
}
