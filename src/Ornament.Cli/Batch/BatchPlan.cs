using System.Globalization;
using System.IO;
using System.Text;
using Ornament.Cli.Commands;
using Ornament.Generators;
using Ornament.Generators.Recipes;

namespace Ornament.Cli.Batch;

/// <summary>The items of a series, in order: <c>--count</c> variations of one input, or of each text file of a
/// folder (sorted by name, ordinally), or of each recipe of a JSON Lines file. Item i of an input gets the i-th
/// series variation of that input's master seed, so the plan depends only on the inputs and flags.</summary>
internal static class BatchPlan
{
    /// <summary>Variations of one input (text, text file, story or recipe).</summary>
    public static IReadOnlyList<BatchItem> Single(RecipeSource source, int count)
    {
        var names = new NameMaker(count);
        return Variations(source, count, count > 1 || source.Fixed is null).Select(v => names.Next(v.Label, v.Recipe)).ToArray();
    }

    /// <summary>Variations of every .txt file in <paramref name="dir"/>.</summary>
    public static IReadOnlyList<BatchItem> FromTextFolder(string dir, int count, IReadOnlyList<string> overrides, SeedMode mode, CliConsole console)
    {
        if (!Directory.Exists(dir))
        {
            throw new CliException(File.Exists(dir) ? $"--inputs '{dir}' is a file, not a folder of .txt files" : $"--inputs '{dir}' does not exist");
        }

        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw CliException.Usage($"--inputs '{dir}' holds no .txt files");
        }

        var names = new NameMaker(files.Length * count);
        var items = new List<BatchItem>();
        foreach (var file in files)
        {
            string stem = Slug(Path.GetFileNameWithoutExtension(file));
            var source = new RecipeSource(RecipeInputs.ReadText(file, console), "file:" + Path.GetFileName(file), null, overrides, mode);
            items.AddRange(Variations(source, count, vary: true).Select(v => names.Next(stem + "-" + v.Label, v.Recipe)));
        }

        return items;
    }

    /// <summary>Every recipe of a JSON Lines file (blank lines skipped); with <paramref name="count"/> &gt; 1,
    /// that many re-seeded variations of each. A recipe alone is rendered exactly as written.</summary>
    public static IReadOnlyList<BatchItem> FromRecipeLines(string file, int count, IReadOnlyList<string> overrides)
    {
        if (!File.Exists(file))
        {
            throw new CliException(Directory.Exists(file) ? $"--recipes '{file}' is a folder, not a .jsonl file" : $"--recipes '{file}' does not exist");
        }

        var sources = new List<RecipeSource>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(file, new UTF8Encoding(false, true)))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string where = string.Create(CultureInfo.InvariantCulture, $"{file}:{lineNo}");
            Recipe recipe;
            try
            {
                recipe = RecipeJson.Deserialize(line, where);
                if (overrides.Count > 0)
                {
                    recipe = RecipeOverrides.ApplyAll(recipe, overrides);
                }
            }
            catch (RecipeOverrideException ex)
            {
                throw CliException.Usage(AtomicFile.OneLine(ex.Message));
            }
            catch (FormatException ex)
            {
                throw new CliException(AtomicFile.OneLine(ex.Message.StartsWith(where, StringComparison.Ordinal) ? ex.Message : where + ": " + ex.Message));
            }

            sources.Add(new RecipeSource(null, where, recipe, overrides, recipe.SeedMode));
        }

        if (sources.Count == 0)
        {
            throw CliException.Usage($"--recipes '{file}' holds no recipes");
        }

        var names = new NameMaker(sources.Count * count);
        return sources.SelectMany(s => Variations(s, count, vary: count > 1)).Select(v => names.Next(v.Label, v.Recipe)).ToArray();
    }

    // The recipes of one input. When the text asks for two times of day (sunset and night), a landscape series
    // alternates between them as RecipeBuilder.ForSeries does, unless the flags fixed the time or the palette.
    private static IReadOnlyList<(string Label, Recipe Recipe)> Variations(RecipeSource source, int count, bool vary)
    {
        if (!vary)
        {
            var r = source.Build(null);
            return [(r.Variation?.Code ?? RecipeSeeds.Hex(r.Seeds.Effective)[..8], r)];
        }

        ulong master = source.Build(null).Seeds.Master;
        bool alternate = !source.Overrides.Any(o => o.Split('=', 2)[0].Trim() is "landscape.time" or "palette");

        // Deciding a recipe analyses the whole text again; the items are independent, so they are decided in
        // parallel (each lands in its own slot: the order does not depend on the threads).
        var recipes = new (string, Recipe)[count];
        Parallel.For(0, count, i =>
        {
            var variation = Variation.ForSeries(new SeedPath(master), i);
            var r = source.Build(variation);
            if (alternate)
            {
                r = RecipeBuilder.ForSeries(r, i);
            }

            recipes[i] = (variation.Code, r);
        });
        return recipes;
    }

    // File-name-safe lower-case ASCII: letters, digits and single hyphens, at most 32 characters.
    internal static string Slug(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        string slug = sb.ToString().Trim('-');
        slug = slug.Length > 32 ? slug[..32].TrimEnd('-') : slug;
        return slug.Length == 0 ? "text" : slug;
    }

    // Numbers items 1, 2, … with a zero-padded prefix wide enough for the whole series (at least 4 digits), so
    // names sort in series order.
    private sealed class NameMaker(int total)
    {
        private readonly int _digits = Math.Max(4, total.ToString(CultureInfo.InvariantCulture).Length);
        private int _number;

        public BatchItem Next(string label, Recipe recipe)
        {
            _number++;
            return new BatchItem(_number, _number.ToString("D" + _digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "-" + label, recipe);
        }
    }
}
