using System.CommandLine;
using Ornament.Encode;
using Ornament.Paint;

namespace Ornament.Cli.Commands;

/// <summary>`ornament raster IN.svg -o OUT.png`: rasterizes an SVG in the subset Ornament writes.</summary>
internal static class RasterCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "The SVG file to rasterize." };
        var output = new Option<string>("--output", "-o") { Description = "The PNG to write ('-' for stdout).", Required = true };
        var threads = new Option<int>("--threads") { Description = "Worker threads (output is identical for any count).", DefaultValueFactory = _ => 1 };
        var cmd = new Command("raster", "Rasterize an SVG (paths, shapes, groups, transforms, solid and gradient fills) to PNG.")
        {
            input, output, threads,
        };
        cmd.SetAction(pr =>
        {
            string inPath = pr.GetValue(input)!, outPath = pr.GetValue(output)!;
            int t = pr.GetValue(threads);
            if (t < 1 || t > 256)
            {
                throw CliException.Usage($"--threads {t} is out of range (1…256)");
            }

            var doc = SvgInput.Load(inPath);
            var (w, h) = SvgInput.PixelSize(doc, inPath);
            var pixmap = SceneRenderer.Render(doc.Scene, w, h, new RenderOptions { Threads = t });
            AtomicFile.Write(outPath, s => PngEncoder.Encode(pixmap, s), console.OpenStdout());
            return ExitCodes.Success;
        });
        return cmd;
    }
}
