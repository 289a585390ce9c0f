using System.CommandLine;
using Ornament.Generators.Felt;

namespace Ornament.Cli.Commands;

/// <summary>`ornament motifs` lists the motif catalogue; `--sheet -o motifs.png|.svg` draws a labelled sheet.</summary>
internal static class MotifsCommand
{
    public static Command Create(CliConsole console)
    {
        var sheet = new Option<bool>("--sheet") { Description = "Draw a labelled sheet of every motif instead of listing them." };
        var output = new Option<string?>("--output", "-o") { Description = "The sheet's file (.png or .svg)." };
        var width = new Option<int>("--width") { Description = "Sheet width in pixels.", DefaultValueFactory = _ => 1800 };
        var cmd = new Command("motifs", "List the felt motif catalogue (id, Kazakh name, symmetry, usage, meaning), or draw it.\n\nExamples:\n  ornament motifs\n  ornament motifs --sheet -o motifs.png")
        {
            sheet, output, width,
        };
        cmd.SetAction(pr =>
        {
            if (!pr.GetValue(sheet))
            {
                foreach (var m in MotifCatalog.All)
                {
                    string pool = m.InDefaultPool ? "" : " (not in the default pool)";
                    console.Out.WriteLine($"{m.Id,-16} {m.KazakhName,-18} {m.Symmetry,-5} {m.Usage,-12} {m.Meaning}{pool}");
                }

                return ExitCodes.Success;
            }

            string path = pr.GetValue(output) ?? throw CliException.Usage("--sheet needs -o FILE (.png or .svg)");
            int w = pr.GetValue(width);
            if (w < 64 || w > 20000)
            {
                throw CliException.Usage($"--width {w} is out of range (64…20000)");
            }

            var scene = MotifSheet.Build();
            int h = Math.Max(1, (int)Math.Round(w * scene.Height / scene.Width));
            SceneOutput.Write(scene, path, w, h, null, 2, console);
            return ExitCodes.Success;
        });
        return cmd;
    }
}
