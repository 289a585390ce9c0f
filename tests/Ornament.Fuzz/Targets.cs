using System.IO;
using System.Text;
using Ornament.Encode;
using Ornament.Generators;
using Ornament.Generators.Recipes;
using Ornament.Paint;

namespace Ornament.Fuzz;

/// <summary>The parsers under test with their seed corpora: our own outputs (SVG and PNG of small recipes, every
/// built-in palette as JSON and GPL, the recipes of the built-in stories) and hand-made inputs that reach the
/// less common branches (gradients, &lt;use&gt;, arcs, every PNG colour type and bit depth, interlacing).</summary>
public static class Targets
{
    /// <summary>Names accepted by <see cref="Get"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["svg", "png", "palette-json", "palette-gpl", "recipe"];

    private static readonly Lazy<IReadOnlyList<Recipe>> SmallRecipes = new(() =>
    [
        RecipeBuilder.FromStory("bekzat-popov", null, ["mode=ornament", "ornament.technique=syrmak", "width=48", "height=64"]),
        RecipeBuilder.FromStory("bakhyt-naoko", null, ["mode=landscape", "width=64", "height=40"]),
        RecipeBuilder.FromStory("bekzat-balode", null, ["mode=hybrid", "width=64", "height=48"]),
    ]);

    internal static FuzzTarget Get(string name) => name switch
    {
        "svg" => new FuzzTarget("svg", ".svg", typeof(SvgFormatException), RunSvg, SvgSeeds()),
        "png" => new FuzzTarget("png", ".png", typeof(PngFormatException), b => PngDecoder.Decode(b), PngSeeds(), PngForge.Repair),
        "palette-json" => new FuzzTarget("palette-json", ".json", typeof(PaletteFormatException), b => PaletteJson.Parse(Text(b), "fuzz.json"),
            [.. PaletteRegistry.All.Values.Select(p => Encoding.UTF8.GetBytes(PaletteJson.Write(p)))]),
        "palette-gpl" => new FuzzTarget("palette-gpl", ".gpl", typeof(PaletteFormatException), b => GplPalette.Parse(Text(b), "fuzz.gpl"),
            [.. PaletteRegistry.All.Values.Select(p => Encoding.UTF8.GetBytes(GplPalette.Write(p)))]),
        "recipe" => new FuzzTarget("recipe", ".json", typeof(RecipeFormatException), RunRecipe, RecipeSeeds()),
        _ => throw new ArgumentException($"unknown parser '{name}' ({string.Join(", ", Names)})", nameof(name)),
    };

    private static string Text(byte[] b) => Encoding.UTF8.GetString(b);

    /// <summary>Parse, then render a corner of at most 48×48 pixels and write the scene back as SVG: what
    /// `ornament raster` does, so a scene the reader accepts must be drawable and writable.</summary>
    private static void RunSvg(byte[] input)
    {
        var doc = SvgReader.ReadDocument(new MemoryStream(input));
        int w = (int)Math.Clamp(Math.Round(doc.Width), 1, 48), h = (int)Math.Clamp(Math.Round(doc.Height), 1, 48);
        SceneRenderer.Render(doc.Scene, w, h, new RenderOptions { Threads = 1 });
        SvgWriter.Write(doc.Scene);
    }

    /// <summary>Parse, then write back and parse again: an accepted recipe must round-trip.</summary>
    private static void RunRecipe(byte[] input)
    {
        var r = RecipeJson.Deserialize(Text(input), "fuzz.json");
        RecipeJson.Deserialize(RecipeJson.Serialize(r), "again.json");
    }

    private static List<byte[]> SvgSeeds()
    {
        const string ns = "xmlns=\"http://www.w3.org/2000/svg\"";
        var list = new List<string>
        {
            $"<svg {ns} width=\"40\" height=\"30\" viewBox=\"0 0 40 30\"><rect width=\"40\" height=\"30\" fill=\"#f1e7d0\"/><path d=\"M 4 4 L 36 4 L 20 26 Z\" fill=\"#b0282e\" fill-opacity=\"0.8\" fill-rule=\"evenodd\"/></svg>",
            $"<svg {ns} xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"32\" height=\"32\"><defs><linearGradient id=\"g\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" gradientTransform=\"rotate(30)\"><stop offset=\"0\" stop-color=\"red\"/><stop offset=\"0.5\" stop-color=\"rgb(10%,20%,30%)\" stop-opacity=\".5\"/><stop offset=\"1\" stop-color=\"#00f\"/></linearGradient><radialGradient id=\"r\" cx=\"16\" cy=\"16\" r=\"12\" fx=\"10\" fy=\"12\" gradientUnits=\"userSpaceOnUse\" spreadMethod=\"reflect\" xlink:href=\"#g\"/><path id=\"a\" d=\"M0 0h8v8z\"/></defs><g transform=\"translate(2 3) scale(1.5) skewX(10)\" opacity=\"0.7\" style=\"mix-blend-mode:multiply\"><circle cx=\"10\" cy=\"10\" r=\"8\" fill=\"url(#g)\" stroke=\"url(#r) black\" stroke-width=\"2\" stroke-dasharray=\"3 1\" stroke-linejoin=\"round\"/><use href=\"#a\" x=\"12\" y=\"4\"/><use xlink:href=\"#a\" transform=\"matrix(1 0 0 -1 0 30)\"/></g></svg>",
            $"<svg {ns} viewBox=\"-10 -10 20 20\"><path d=\"M-8-8a6 4 30 1 1 10 0A3 3 0 0 0 -8 8q2-3 4 0t4 0c1 1 2 2 3 0s1-2 2 0H-9V9h1v-1z m1 1 l.5.5.5-.5Z\" fill=\"currentColor\" color=\"hsl(120, 50%, 40%)\" stroke=\"#123\" stroke-linecap=\"square\" stroke-miterlimit=\"2\"/><ellipse cx=\"0\" cy=\"0\" rx=\"5\" ry=\"2\"/><line x1=\"0\" y1=\"0\" x2=\"5\" y2=\"5\" stroke=\"blue\"/><polyline points=\"1,1 2,3 4,1\" fill=\"none\" stroke=\"green\"/><polygon points=\"0 0 3 0 3 3\"/><rect x=\"1\" y=\"1\" width=\"5\" height=\"3\" rx=\"1\"/></svg>",
            $"<svg {ns} width=\"20mm\" height=\"1in\"><metadata>{{\"mode\":\"ornament\"}}</metadata><svg x=\"3\" y=\"2\" width=\"10\" height=\"10\"><g display=\"none\"><rect width=\"4\" height=\"4\"/></g><a><rect width=\"4\" height=\"4\" fill=\"none\" stroke=\"black\" stroke-width=\"0.5\"/></a></svg></svg>",
        };
        var seeds = list.Select(Encoding.UTF8.GetBytes).ToList();
        foreach (var r in SmallRecipes.Value)
        {
            // Our scenes hold thousands of strokes (a 64-pixel landscape is an 8 MB SVG): keep the first few dozen
            // items, so that a mutant costs milliseconds and a run reaches 100,000 inputs.
            var scene = RecipeScene.Build(r);
            int budget = 40;
            var small = new Scene(scene.Width, scene.Height, Trim(scene.Items, ref budget), scene.Background, scene.Metadata);
            seeds.Add(Encoding.UTF8.GetBytes(SvgWriter.Write(small, new SvgWriteOptions { Width = r.Width, Height = r.Height })));
        }

        return seeds;
    }

    private static List<SceneItem> Trim(IReadOnlyList<SceneItem> items, ref int budget)
    {
        var kept = new List<SceneItem>();
        foreach (var item in items)
        {
            if (budget <= 0)
            {
                break;
            }

            if (item is GroupItem g)
            {
                budget--;
                kept.Add(g with { Items = Trim(g.Items, ref budget) });
            }
            else
            {
                budget--;
                kept.Add(item);
            }
        }

        return kept;
    }

    private static List<byte[]> PngSeeds()
    {
        var seeds = PngForge.Seeds().ToList();
        foreach (var r in SmallRecipes.Value.Take(2))
        {
            var scene = RecipeScene.Build(r);
            var pixmap = SceneRenderer.Render(scene, r.Width, r.Height, new RenderOptions { Threads = 1 });
            seeds.Add(PngEncoder.Encode(pixmap, new PngEncodeOptions { Dpi = 300, TextChunks = [new PngTextChunk("ornament:recipe", RecipeJson.Serialize(r))] }));
        }

        return seeds;
    }

    private static List<byte[]> RecipeSeeds()
    {
        var seeds = new List<byte[]>();
        foreach (var story in Ornament.Generators.Concepts.BuiltInStories.Names)
        {
            foreach (var mode in new[] { "ornament", "landscape", "hybrid" })
            {
                seeds.Add(Encoding.UTF8.GetBytes(RecipeJson.Serialize(RecipeBuilder.FromStory(story, null, ["mode=" + mode, "size=60x90cm"]))));
            }
        }

        return seeds;
    }
}
