using System.IO;
using Ornament.Encode;
using Ornament.Generators.Concepts;
using Ornament.Generators.Recipes;
using Ornament.Paint;

namespace Ornament;

/// <summary>A picture ready to render: a <see cref="Paint.Scene"/> with the pixel size it is drawn at and, for a
/// generated picture, the <see cref="Generators.Recipes.Recipe"/> it came from. Make one from a text, a built-in
/// story, a recipe or your own scene; then render it to a <see cref="Pixmap"/> or save it as PNG or SVG. The PNG
/// and SVG carry the recipe and are byte-identical to what the <c>ornament</c> CLI writes for the same recipe.</summary>
/// <remarks>An artwork is immutable; any number of threads may render the same or different artworks at once.</remarks>
/// <example>
/// <code>
/// var art = Artwork.FromText("a syrmak with ram's horns in red and cream", new ArtworkOptions { Width = 600 });
/// art.Save("carpet.png");
/// Pixmap pixels = await art.RenderAsync(progress: new Progress&lt;double&gt;(f =&gt; Console.Write($"\r{f:P0}")));
/// </code>
/// </example>
public sealed class Artwork
{
    private Artwork(Scene scene, int width, int height, double? dpi, Recipe? recipe)
    {
        Scene = scene;
        Width = width;
        Height = height;
        Dpi = dpi;
        Recipe = recipe;
    }

    /// <summary>The names of the built-in stories, for <see cref="FromStory"/>.</summary>
    public static IReadOnlyList<string> Stories => BuiltInStories.Names;

    /// <summary>The display list drawn.</summary>
    public Scene Scene { get; }

    /// <summary>The recipe this artwork was generated from; null for a scene of your own.</summary>
    public Recipe? Recipe { get; }

    /// <summary>Pixel width of renders and the SVG's width attribute.</summary>
    public int Width { get; }

    /// <summary>Pixel height of renders and the SVG's height attribute.</summary>
    public int Height { get; }

    /// <summary>Dots per inch written in the PNG's pHYs chunk; null writes none.</summary>
    public double? Dpi { get; }

    /// <summary>Reads a text for concepts (English, Russian and Kazakh) and decides the picture it becomes.</summary>
    /// <param name="text">The seed text; the same text gives the same picture.</param>
    /// <param name="options">Choices that override the text's decisions; null = none.</param>
    /// <exception cref="ArgumentException">The text is blank, or an option value is refused (an unknown palette, a
    /// setting out of range); the message names it.</exception>
    public static Artwork FromText(string text, ArtworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("Text is empty.", nameof(text));
        }

        options ??= new ArtworkOptions();
        var variation = options.Variation is { } v ? Variation.Parse(v) : (Variation?)null;
        return FromRecipe(Checked(() => RecipeBuilder.FromText(text, variation, options.ToOverrides(), options.SeedMode), nameof(options)));
    }

    /// <summary>Renders one of the built-in stories (see <see cref="Stories"/>).</summary>
    /// <param name="name">A story name, e.g. <c>bekzat-popov</c>.</param>
    /// <param name="options">Choices that override the story's decisions; null = none.</param>
    /// <exception cref="ArgumentException">No such story, or an option value is refused.</exception>
    public static Artwork FromStory(string name, ArtworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!BuiltInStories.Names.Contains(name))
        {
            throw new ArgumentException($"Unknown story '{name}' (stories: {string.Join(", ", BuiltInStories.Names)}).", nameof(name));
        }

        options ??= new ArtworkOptions();
        var variation = options.Variation is { } v ? Variation.Parse(v) : (Variation?)null;
        return FromRecipe(Checked(() => RecipeBuilder.FromStory(name, variation, options.ToOverrides(), options.SeedMode), nameof(options)));
    }

    /// <summary>Renders a recipe: one made by <see cref="RecipeBuilder"/>, read with <see cref="RecipeJson"/>, or
    /// taken from a PNG/SVG with <see cref="ReadRecipe(string)"/>.</summary>
    /// <param name="recipe">Every decision and seed of the picture.</param>
    /// <exception cref="ArgumentException">The recipe names a value the generators do not know.</exception>
    public static Artwork FromRecipe(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var scene = Checked(() => RecipeScene.Build(recipe), nameof(recipe));
        var (w, h) = RecipeScene.PixelSize(recipe, scene);
        return new Artwork(scene, w, h, recipe.Dpi, recipe);
    }

    /// <summary>Wraps a scene of your own (see <see cref="SceneBuilder"/>), drawn at <paramref name="width"/> ×
    /// <paramref name="height"/> pixels (the scene's user space is stretched onto them).</summary>
    /// <param name="scene">What to draw.</param>
    /// <param name="width">Pixel width, 1…<see cref="Pixmap.MaxDimension"/>.</param>
    /// <param name="height">Pixel height, 1…<see cref="Pixmap.MaxDimension"/>.</param>
    /// <param name="dpi">Dots per inch for the PNG pHYs chunk (positive); null writes none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size or the dpi is out of range.</exception>
    public static Artwork FromScene(Scene scene, int width, int height, double? dpi = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        CheckSize(width, nameof(width));
        CheckSize(height, nameof(height));
        if (dpi is { } d && !(d > 0 && double.IsFinite(d)))
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Dpi must be a positive number.");
        }

        return new Artwork(scene, width, height, dpi, null);
    }

    /// <summary>Wraps a scene of your own at its own size (one pixel per user unit, rounded up).</summary>
    /// <param name="scene">What to draw.</param>
    /// <exception cref="ArgumentOutOfRangeException">The scene is larger than a pixmap can be.</exception>
    public static Artwork FromScene(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        return FromScene(scene, (int)Math.Min(int.MaxValue, Math.Ceiling(scene.Width)), (int)Math.Min(int.MaxValue, Math.Ceiling(scene.Height)));
    }

    /// <summary>Reads the recipe a PNG or SVG made by Ornament carries, or a recipe JSON file.</summary>
    /// <param name="path">A <c>.png</c>, <c>.svg</c> or recipe <c>.json</c> file.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="FormatException">The file carries no readable recipe.</exception>
    public static Recipe ReadRecipe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return RecipeReader.Read(File.ReadAllBytes(path), path);
    }

    /// <summary>The same picture drawn at another pixel size (a carpet is stretched if the proportions differ; to
    /// keep them, set <see cref="ArtworkOptions.Width"/> instead).</summary>
    /// <param name="width">Pixel width, 1…<see cref="Pixmap.MaxDimension"/>.</param>
    /// <param name="height">Pixel height, 1…<see cref="Pixmap.MaxDimension"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public Artwork WithSize(int width, int height)
    {
        CheckSize(width, nameof(width));
        CheckSize(height, nameof(height));
        return new Artwork(Scene, width, height, Dpi, Recipe);
    }

    /// <summary>Renders the picture into a new premultiplied RGBA8 pixmap.</summary>
    /// <param name="settings">Threads; null = <see cref="RenderSettings.Default"/>.</param>
    public Pixmap Render(RenderSettings? settings = null) =>
        SceneRenderer.Render(Scene, Width, Height, (settings ?? RenderSettings.Default).ToRenderOptions());

    /// <summary>Renders the picture on the thread pool, reporting progress and honouring cancellation between
    /// bands of rows. The pixels are identical to <see cref="Render"/>'s.</summary>
    /// <param name="settings">Threads; null = <see cref="RenderSettings.Default"/>.</param>
    /// <param name="progress">Receives the fraction of rows done, 0 &lt; f ≤ 1, after each band; null = none.</param>
    /// <param name="cancellationToken">Stops the render at the next band.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<Pixmap> RenderAsync(RenderSettings? settings = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => BandRenderer.Render(Scene, Width, Height, settings ?? RenderSettings.Default, progress, cancellationToken), cancellationToken);

    /// <summary>Writes the picture to a file, PNG or SVG by the file's extension. The file appears complete or not
    /// at all (it is written under a temporary name in the same folder, then renamed).</summary>
    /// <param name="path">A path ending in <c>.png</c> or <c>.svg</c>.</param>
    /// <param name="settings">Threads; null = <see cref="RenderSettings.Default"/>.</param>
    /// <exception cref="ArgumentException">The extension is neither <c>.png</c> nor <c>.svg</c>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path, RenderSettings? settings = null)
    {
        var format = ImageFormats.FromPath(path);
        AtomicWrite.Write(path, s => Save(s, format, settings));
    }

    /// <summary>Writes the picture to <paramref name="stream"/> (left open) as PNG or SVG.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="settings">Threads; null = <see cref="RenderSettings.Default"/>.</param>
    public void Save(Stream stream, ImageFormat format, RenderSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckFormat(format);
        SceneEncoder.Write(Scene, stream, format, Width, Height, Dpi, (settings ?? RenderSettings.Default).ToRenderOptions());
    }

    /// <summary>Writes the picture to a file like <see cref="Save(string, RenderSettings?)"/>, rendering on the
    /// thread pool with progress and cancellation. A cancelled save leaves no file.</summary>
    /// <param name="path">A path ending in <c>.png</c> or <c>.svg</c>.</param>
    /// <param name="settings">Threads; null = <see cref="RenderSettings.Default"/>.</param>
    /// <param name="progress">Receives the fraction of rows rendered (PNG), or 1 when an SVG is written.</param>
    /// <param name="cancellationToken">Stops the render at the next band.</param>
    /// <exception cref="ArgumentException">The extension is neither <c>.png</c> nor <c>.svg</c>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task SaveAsync(string path, RenderSettings? settings = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var format = ImageFormats.FromPath(path);
        return Task.Run(() => AtomicWrite.Write(path, s => SaveBands(s, format, settings, progress, cancellationToken)), cancellationToken);
    }

    /// <summary>Writes the picture to <paramref name="stream"/> (left open), rendering on the thread pool with
    /// progress and cancellation; the bytes are identical to <see cref="Save(Stream, ImageFormat, RenderSettings?)"/>'s.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="settings">Threads; null = <see cref="RenderSettings.Default"/>.</param>
    /// <param name="progress">Receives the fraction of rows rendered (PNG), or 1 when an SVG is written.</param>
    /// <param name="cancellationToken">Stops the render at the next band.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task SaveAsync(Stream stream, ImageFormat format, RenderSettings? settings = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckFormat(format);
        return Task.Run(() => SaveBands(stream, format, settings, progress, cancellationToken), cancellationToken);
    }

    /// <summary>The picture's file bytes, PNG or SVG.</summary>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="settings">Threads; null = <see cref="RenderSettings.Default"/>.</param>
    public byte[] ToBytes(ImageFormat format, RenderSettings? settings = null)
    {
        using var ms = new MemoryStream();
        Save(ms, format, settings);
        return ms.ToArray();
    }

    private void SaveBands(Stream stream, ImageFormat format, RenderSettings? settings, IProgress<double>? progress, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (format == ImageFormat.Svg)
        {
            SceneEncoder.WriteSvg(Scene, stream, Width, Height);
            progress?.Report(1);
            return;
        }

        var pixmap = BandRenderer.Render(Scene, Width, Height, settings ?? RenderSettings.Default, progress, ct);
        ct.ThrowIfCancellationRequested();
        SceneEncoder.WritePng(Scene, pixmap, stream, Dpi);
    }

    private static void CheckSize(int value, string name)
    {
        if (value < 1 || value > Pixmap.MaxDimension)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be 1…{Pixmap.MaxDimension} pixels.");
        }
    }

    private static void CheckFormat(ImageFormat format)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Format must be Png or Svg.");
        }
    }

    /// <summary>Turns the generators' format errors (a bad override value, an unknown palette) into argument errors
    /// naming the input, as a library caller expects.</summary>
    private static T Checked<T>(Func<T> f, string paramName)
    {
        try
        {
            return f();
        }
        catch (FormatException ex)
        {
            throw new ArgumentException(ex.Message, paramName, ex);
        }
    }
}
