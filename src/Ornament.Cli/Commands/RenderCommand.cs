using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Ornament.Encode;
using Ornament.Generators.Landscape;
using Ornament.Generators.Recipes;
using Ornament.Paint;

namespace Ornament.Cli.Commands;

/// <summary>`ornament render`: the main job — text (or a built-in story, or a recipe) → recipe → scene → PNG/SVG.</summary>
internal static class RenderCommand
{
    /// <summary>Default ceiling on output pixels (documented in the help text); --max-pixels raises it.</summary>
    public const long DefaultMaxPixels = 100_000_000;

    public static Command Create(CliConsole console)
    {
        var inputs = new RecipeInputs();
        var output = new Option<string[]>("--output", "-o") { Description = "Output file(s), .png or .svg ('-' = PNG on stdout). Default: <story>-<variation>.png in the current folder." };
        var recipeOut = new Option<string?>("--recipe-out") { Description = "Also write the recipe JSON here." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (output bytes do not depend on it).", DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, 8) };
        var twin = new Option<bool>("--twin") { Description = "Also write the counterchange twin (figure and ground swapped) of a syrmak or shyrdak carpet, as NAME-twin.png/.svg." };
        var maxPixels = new Option<long>("--max-pixels") { Description = $"Refuse outputs larger than this many pixels (default {DefaultMaxPixels:N0}).", DefaultValueFactory = _ => DefaultMaxPixels };
        var cmd = new Command("render", """
            Render a felt carpet or a painted landscape from text. With no input, renders the default built-in story.

            Examples:
              ornament render
              ornament render --story bekzat-popov -o desert.png -o desert.svg
              ornament render --text "a syrmak with ram's horns in red and cream" --style syrmak
              ornament render --story bakhyt-naoko --variation 3F7K2Q --size 60x90cm --dpi 300
              ornament render --recipe desert.png -o again.png
            """);
        inputs.AddTo(cmd);
        cmd.Options.Add(output);
        cmd.Options.Add(recipeOut);
        cmd.Options.Add(threads);
        cmd.Options.Add(maxPixels);
        cmd.Options.Add(twin);
        cmd.SetAction(pr =>
        {
            int t = pr.GetValue(threads);
            if (t < 1 || t > 256)
            {
                throw CliException.Usage($"--threads {t} is out of range (1…256)");
            }

            var outputs = pr.GetValue(output) is { Length: > 0 } o ? o : [];
            foreach (var path in outputs)
            {
                SceneOutput.CheckExtension(path);
            }

            long limit = pr.GetValue(maxPixels);
            if (limit < 1)
            {
                throw CliException.Usage($"--max-pixels {limit} must be at least 1");
            }

            var recipe = inputs.Resolve(pr, console);
            if ((long)recipe.Width * recipe.Height > limit)
            {
                throw CliException.Usage($"{recipe.Width}×{recipe.Height} = {(long)recipe.Width * recipe.Height:N0} pixels is above --max-pixels {limit:N0}");
            }

            Scene scene;
            LandscapeDesign? design;
            long buildStart = Stopwatch.GetTimestamp();
            try
            {
                scene = RecipeScene.Build(recipe, t, out design);
            }
            catch (ArgumentException ex)
            {
                throw CliException.Usage(AtomicFile.OneLine(ex.Message));
            }

            var build = Stopwatch.GetElapsedTime(buildStart);
            bool verbose = pr.GetValue(CliApp.Verbose);
            var (w, h) = RecipeScene.PixelSize(recipe, scene);
            if (outputs.Length == 0)
            {
                outputs = [DefaultName(recipe)];
            }

            foreach (var path in outputs)
            {
                long writeStart = Stopwatch.GetTimestamp();
                var times = verbose ? new PngStageTimes() : null;
                PngStageTimes.Current = times;
                try
                {
                    SceneOutput.Write(scene, path, w, h, recipe.Dpi, t, console);
                }
                finally
                {
                    PngStageTimes.Current = null;
                }

                if (path != "-")
                {
                    console.Error.WriteLine($"wrote {path} ({w}×{h})");
                }

                if (verbose)
                {
                    console.Error.WriteLine(StageLine(path, scene, build, Stopwatch.GetElapsedTime(writeStart), times, design));
                }
            }

            if (pr.GetValue(twin))
            {
                if (recipe.Mode != "ornament" || recipe.Ornament.Technique is not ("syrmak" or "shyrdak"))
                {
                    throw CliException.Usage($"--twin needs a syrmak or shyrdak carpet (this recipe is a {recipe.Mode}{(recipe.Mode == "ornament" ? " in " + recipe.Ornament.Technique : "")})");
                }

                var twinRecipe = recipe with { Ornament = recipe.Ornament with { Twin = !recipe.Ornament.Twin } };
                var twinScene = RecipeScene.Build(twinRecipe);
                foreach (var path in outputs.Where(p => p != "-"))
                {
                    string twinPath = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + "-twin" + Path.GetExtension(path));
                    SceneOutput.Write(twinScene, twinPath, w, h, recipe.Dpi, t, console);
                    console.Error.WriteLine($"wrote {twinPath} ({w}×{h})");
                }
            }

            if (pr.GetValue(recipeOut) is { } rp)
            {
                AtomicFile.Write(rp, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(scene.Metadata ?? RecipeJson.Serialize(recipe))));
            }

            return ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>The --verbose line of one output: time per stage, the number of drawn items and, for a painterly
    /// landscape, its strokes (brush strokes and grass blades; the bristle lanes inside the strokes apart).</summary>
    internal static string StageLine(string path, Scene scene, TimeSpan build, TimeSpan write, PngStageTimes? times, LandscapeDesign? design = null)
    {
        var ci = CultureInfo.InvariantCulture;
        string stages = times is { Write.Ticks: > 0 } p
            ? string.Create(ci, $"render + PNG encode {p.Write.TotalSeconds:F2} s (PNG encoding busy {p.Encode.TotalSeconds:F2} s)")
            : string.Create(ci, $"write {write.TotalSeconds:F2} s");
        double process = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalSeconds;
        return string.Create(ci, $"stages of {(path == "-" ? "stdout" : path)}: scene build {build.TotalSeconds:F2} s, {stages}, total {(build + write).TotalSeconds:F2} s ({process:F2} s since the process started); {Draws(scene.Items):N0} drawn items{Strokes(design)}");
    }

    private static string Strokes(LandscapeDesign? design)
    {
        if (design is not { Strokes: > 0 } d)
        {
            return string.Empty;
        }

        var ci = CultureInfo.InvariantCulture;
        string lanes = d.BristleLanes > 0 ? string.Create(ci, $"; {d.BristleLanes:N0} bristle lanes inside them") : string.Empty;
        return string.Create(ci, $", {d.Strokes:N0} strokes ({d.Strokes - d.GrassBlades:N0} brush strokes, {d.GrassBlades:N0} grass blades{lanes})");
    }

    private static int Draws(IReadOnlyList<SceneItem> items)
    {
        int n = 0;
        foreach (var item in items)
        {
            n += item switch
            {
                DrawItem => 1,
                GroupItem g => Draws(g.Items),
                _ => 0,
            };
        }

        return n;
    }

    /// <summary>story-or-text name + variation code (or the seed) + .png.</summary>
    internal static string DefaultName(Recipe recipe)
    {
        string stem = recipe.Source.StartsWith("story:", StringComparison.Ordinal) ? recipe.Source[6..] : recipe.Source.Split(':')[0];
        string tail = recipe.Variation is { } v ? v.Code : RecipeSeeds.Hex(recipe.Seeds.Effective)[..8];
        return $"{stem}-{tail}.png";
    }
}
