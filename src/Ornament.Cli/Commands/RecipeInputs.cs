using System.CommandLine;
using System.IO;
using Ornament.Encode;
using Ornament.Generators;
using Ornament.Generators.Concepts;
using Ornament.Generators.Recipes;

namespace Ornament.Cli.Commands;

/// <summary>The inputs `render`, `explain` and `batch` share (ARCHITECTURE.md): where the text comes from, the
/// flags that override decisions, and the recipe they resolve to.</summary>
internal sealed class RecipeInputs
{
    public Option<string?> Text { get; } = new("--text") { Description = "The seed text." };

    public Option<string?> TextFile { get; } = new("--text-file") { Description = "Read the seed text from a UTF-8 file ('-' = stdin)." };

    public Option<string?> Story { get; } = new("--story") { Description = $"A built-in story: {string.Join(", ", BuiltInStories.Names)} (default {BuiltInStories.DefaultName})." };

    public Option<string?> Recipe { get; } = new("--recipe") { Description = "Re-render a recipe: a recipe JSON file, or a PNG/SVG made by Ornament." };

    public Option<string> Kind { get; } = new("--kind") { Description = "ornament | landscape | hybrid | auto (decided by the text).", DefaultValueFactory = _ => "auto" };

    public Option<string?> Style { get; } = new("--style") { Description = "Felt technique: syrmak | shyrdak | tekemet | tuskiiz | alasha." };

    public Option<string?> SceneName { get; } = new("--scene") { Description = "Landscape: steppe | mountains | desert | night." };

    public Option<string?> Palette { get; } = new("--palette") { Description = "A built-in palette name (see `ornament palettes`) or a .json/.gpl file." };

    public Option<int?> Width { get; } = new("--width") { Description = "Width in pixels." };

    public Option<int?> Height { get; } = new("--height") { Description = "Height in pixels." };

    public Option<string?> Size { get; } = new("--size") { Description = "Physical size, e.g. 60x90cm, 600x900mm, 24x36in (with --dpi, default 300)." };

    public Option<double?> Dpi { get; } = new("--dpi") { Description = "Dots per inch for --size and the PNG pHYs chunk." };

    public Option<string?> Variation { get; } = new("--variation") { Description = "A variation code (Crockford base32) for more pictures from one text." };

    public Option<string[]> Set { get; } = new("--set") { Description = "Override a recipe field: key=value (repeatable; `ornament explain --keys` lists them).", AllowMultipleArgumentsPerToken = false };

    public Option<string> SeedMode { get; } = new("--seed-mode") { Description = "text (hash of the text) | concepts (hash of the concepts found).", DefaultValueFactory = _ => "text" };

    public void AddTo(Command c)
    {
        foreach (var o in new Option[] { Text, TextFile, Story, Recipe, Kind, Style, SceneName, Palette, Width, Height, Size, Dpi, Variation, Set, SeedMode })
        {
            c.Options.Add(o);
        }
    }

    /// <summary>Resolves the recipe these flags describe.</summary>
    public Recipe Resolve(ParseResult pr, CliConsole console)
    {
        var source = ResolveSource(pr, console);
        return source.Fixed ?? source.Build(ParseVariation(pr.GetValue(Variation)));
    }

    /// <summary>The input these flags describe before a variation is chosen: `batch` builds one recipe per
    /// variation from it, `render` one.</summary>
    public RecipeSource ResolveSource(ParseResult pr, CliConsole console)
    {
        var (overrides, mode) = Settings(pr);
        if (pr.GetValue(Recipe) is { } recipePath)
        {
            if (pr.GetValue(Text) is not null || pr.GetValue(TextFile) is not null || pr.GetValue(Story) is not null)
            {
                throw CliException.Usage("--recipe cannot be combined with --text, --text-file or --story");
            }

            var recipe = RecipeFile.Read(recipePath);
            var fixedRecipe = overrides.Count == 0 ? recipe : Wrap(() => RecipeOverrides.ApplyAll(recipe, overrides));
            return new RecipeSource(null, "recipe:" + System.IO.Path.GetFileName(recipePath), fixedRecipe, overrides, mode);
        }

        int given = (pr.GetValue(Text) is null ? 0 : 1) + (pr.GetValue(TextFile) is null ? 0 : 1) + (pr.GetValue(Story) is null ? 0 : 1);
        if (given > 1)
        {
            throw CliException.Usage("give only one of --text, --text-file and --story");
        }

        if (pr.GetValue(Text) is { } text)
        {
            return new RecipeSource(text, "text", null, overrides, mode);
        }

        if (pr.GetValue(TextFile) is { } file)
        {
            return new RecipeSource(ReadText(file, console), "file:" + System.IO.Path.GetFileName(file), null, overrides, mode);
        }

        string story = pr.GetValue(Story) ?? BuiltInStories.DefaultName;
        if (!BuiltInStories.Names.Contains(story))
        {
            var near = BuiltInStories.Names.OrderBy(n => PaletteRegistry.Levenshtein(n, story)).First();
            throw CliException.Usage($"unknown story '{story}'; did you mean '{near}'? (stories: {string.Join(", ", BuiltInStories.Names)})");
        }

        return new RecipeSource(BuiltInStories.Get(story), "story:" + story, null, overrides, mode);
    }

    /// <summary>The overrides (--kind, --style, sizes, --set …) and the seed mode, validated.</summary>
    public (IReadOnlyList<string> Overrides, SeedMode Mode) Settings(ParseResult pr)
    {
        var overrides = Overrides(pr);
        var mode = pr.GetValue(SeedMode) switch
        {
            "text" => Generators.Recipes.SeedMode.Text,
            "concepts" => Generators.Recipes.SeedMode.Concepts,
            var v => throw CliException.Usage($"--seed-mode '{v}' is not 'text' or 'concepts'"),
        };
        return (overrides, mode);
    }

    private List<string> Overrides(ParseResult pr)
    {
        var list = new List<string>();
        string kind = pr.GetValue(Kind) ?? "auto";
        if (kind != "auto")
        {
            if (kind is not ("ornament" or "landscape" or "hybrid"))
            {
                throw CliException.Usage($"--kind '{kind}' is not ornament, landscape, hybrid or auto");
            }

            list.Add("mode=" + kind);
        }

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                list.Add(key + "=" + value);
            }
        }

        Add("ornament.technique", pr.GetValue(Style));
        Add("landscape.scene", pr.GetValue(SceneName));
        Add("palette", pr.GetValue(Palette));
        Add("dpi", pr.GetValue(Dpi)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("size", pr.GetValue(Size));
        Add("width", pr.GetValue(Width)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("height", pr.GetValue(Height)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        list.AddRange(pr.GetValue(Set) ?? []);
        return list;
    }

    private static Variation? ParseVariation(string? code)
    {
        if (code is null)
        {
            return null;
        }

        return Generators.Recipes.Variation.TryParse(code, out var v)
            ? v
            : throw CliException.Usage($"--variation '{code}' is not a variation code (Crockford base32 letters and digits, e.g. 3F7K2Q)");
    }

    internal static string ReadText(string file, CliConsole console)
    {
        if (file == "-")
        {
            using var r = new StreamReader(console.OpenStdin(), new System.Text.UTF8Encoding(false, true));
            var buffer = new char[MaxTextBytes + 1];
            int n = 0, got;
            try
            {
                while (n < buffer.Length && (got = r.Read(buffer, n, buffer.Length - n)) > 0)
                {
                    n += got;
                }
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw CliException.Usage("stdin is not UTF-8 text");
            }

            if (n > MaxTextBytes)
            {
                throw CliException.Usage($"stdin holds more than {MaxTextBytes / (1024 * 1024)} MiB of text; give a shorter text");
            }

            return Guard(new string(buffer, 0, n), "stdin");
        }

        if (!File.Exists(file))
        {
            throw new CliException(Directory.Exists(file) ? $"--text-file '{file}' is a folder" : $"--text-file '{file}' does not exist");
        }

        if (new FileInfo(file).Length > MaxTextBytes)
        {
            throw CliException.Usage($"--text-file '{file}' is larger than {MaxTextBytes / (1024 * 1024)} MiB; give a shorter text");
        }

        try
        {
            return Guard(File.ReadAllText(file, new System.Text.UTF8Encoding(false, true)), file);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw CliException.Usage($"--text-file '{file}' is not UTF-8 text");
        }
    }

    /// <summary>Largest seed text read (documented in the README): far above any story, far below a memory problem.</summary>
    internal const int MaxTextBytes = 16 * 1024 * 1024;

    private static string Guard(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CliException.Usage($"{source}: the text is empty");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw CliException.Usage($"{source}: the text contains NUL bytes (binary file?)");
        }

        return text;
    }

    internal static Recipe Wrap(Func<Recipe> f)
    {
        try
        {
            return f();
        }
        catch (RecipeOverrideException ex)
        {
            throw CliException.Usage(AtomicFile.OneLine(ex.Message));
        }
        catch (RecipeFormatException ex)
        {
            throw new CliException(AtomicFile.OneLine(ex.Message));
        }
    }
}
