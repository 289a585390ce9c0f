using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using Ornament.Encode;
using Ornament.Generators.Recipes;
using Ornament.Paint;

namespace Ornament.Cli.Batch;

/// <summary>Renders one item once (single-threaded: the series is parallel across items) and writes its PNG and/or
/// SVG, its thumbnail, and last its record, each atomically.</summary>
internal static class ItemRenderer
{
    public static ItemRecord Render(BatchItem item, BatchSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var recipe = item.Recipe;
        if ((long)recipe.Width * recipe.Height > settings.MaxPixels)
        {
            throw new CliException($"item {item.Name}: {recipe.Width}×{recipe.Height} pixels is above --max-pixels {settings.MaxPixels.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        Scene scene;
        try
        {
            scene = RecipeScene.Build(recipe);
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"item {item.Name}: {AtomicFile.OneLine(ex.Message)}");
        }

        var (w, h) = RecipeScene.PixelSize(recipe, scene);
        var pixmap = SceneRenderer.Render(scene, w, h, new RenderOptions { Threads = 1 });
        var files = new List<ItemFile>();
        if (settings.Png)
        {
            files.Add(Save(settings.OutDir, item.Name + ".png", SceneOutput.EncodePng(scene, pixmap, recipe.Dpi)));
        }

        if (settings.Svg)
        {
            files.Add(Save(settings.OutDir, item.Name + ".svg", SceneOutput.EncodeSvg(scene, w, h)));
        }

        var (tw, th) = BoxDownscale.Fit(w, h, settings.ThumbSize);
        var thumb = Save(settings.OutDir, "thumbs/" + item.Name + ".png", PngEncoder.Encode(BoxDownscale.Resize(pixmap, tw, th)));
        clock.Stop();

        var record = new ItemRecord(item.Number, item.Name, item.Key(settings), recipe.Variation?.Code, recipe.Source, w, h,
            Traits.FromRecipe(recipe), files, thumb, tw, th, clock.ElapsedMilliseconds, item.RecipeJson);
        AtomicFile.Write(Path.Combine(settings.RecordDir, item.Name + ".json"), s => s.Write(ItemRecordJson.Serialize(record)));
        return record;
    }

    private static ItemFile Save(string outDir, string relative, byte[] bytes)
    {
        AtomicFile.Write(Path.Combine(outDir, relative), s => s.Write(bytes));
        return new ItemFile(relative, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.LongLength);
    }
}
