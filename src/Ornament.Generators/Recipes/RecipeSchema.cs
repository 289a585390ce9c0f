using System.Globalization;

namespace Ornament.Generators.Recipes;

/// <summary>The flat list of settable recipe keys: dotted path, type, allowed values or range, description.</summary>
public static class RecipeSchema
{
    /// <summary>Allowed modes.</summary>
    public static IReadOnlyList<string> Modes { get; } = ["ornament", "landscape", "hybrid"];

    /// <summary>Felt techniques.</summary>
    public static IReadOnlyList<string> Techniques { get; } = ["syrmak", "shyrdak", "tekemet", "tuskiiz", "alasha"];

    /// <summary>Landscape scenes.</summary>
    public static IReadOnlyList<string> Scenes { get; } = ["steppe", "mountains", "desert", "night"];

    /// <summary>Times of day.</summary>
    public static IReadOnlyList<string> Times { get; } = ["dawn", "day", "golden", "night"];

    /// <summary>Landscape render styles.</summary>
    public static IReadOnlyList<string> Styles { get; } = ["painterly", "photographic", "watercolour"];

    private static readonly Lazy<IReadOnlyList<RecipeKey>> AllKeys = new(Build);

    /// <summary>Every settable key, in documentation order.</summary>
    public static IReadOnlyList<RecipeKey> Keys => AllKeys.Value;

    /// <summary>A key by path, or null.</summary>
    public static RecipeKey? Find(string path) => Keys.FirstOrDefault(k => k.Path == path);

    private static IReadOnlyList<RecipeKey> Build() =>
    [
        Enum("mode", Modes, "ornament (felt carpet), landscape, or hybrid (landscape with an ornament frame)", r => r.Mode, (r, v) => r with { Mode = v }),
        Int("width", 16, 20000, "output width in pixels", r => r.Width, (r, v) => r with { Width = v, Size = null }),
        Int("height", 16, 20000, "output height in pixels", r => r.Height, (r, v) => r with { Height = v, Size = null }),
        new RecipeKey("size", "size", [], null, null, "physical size (60x90cm, 600x900mm, 24x36in); sets width and height at dpi (300 if unset)")
        {
            Get = r => r.Size,
            Set = (r, v) =>
            {
                var s = PhysicalSize.Parse(v);
                double dpi = r.Dpi ?? PhysicalSize.DefaultDpi;
                var (w, h) = s.ToPixels(dpi);
                return r with { Size = s.ToString(), Dpi = dpi, Width = w, Height = h };
            },
        },
        new RecipeKey("dpi", "number", [], 10, 2400, "dots per inch (PNG pHYs); with a physical size, also rescales width and height")
        {
            Get = r => r.Dpi,
            Set = (r, v) =>
            {
                double dpi = ParseNumber(v);
                if (!(dpi >= 10 && dpi <= 2400))
                {
                    throw new FormatException("out of range");
                }

                if (r.Size is null)
                {
                    return r with { Dpi = dpi };
                }

                var (w, h) = PhysicalSize.Parse(r.Size).ToPixels(dpi);
                return r with { Dpi = dpi, Width = w, Height = h };
            },
        },
        new RecipeKey("palette", "palette", PaletteRegistry.All.Keys.ToArray(), null, null, "palette name or file")
        {
            Get = r => r.Palette,
            Set = (r, v) => PaletteRegistry.All.ContainsKey(v) || v.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || v.EndsWith(".gpl", StringComparison.OrdinalIgnoreCase)
                ? r with { Palette = v }
                : throw new FormatException("not a palette"),
        },
        Bool("vibrant", "scale the palette's chroma (sets chroma 1.25 when turned on)", r => r.Vibrant, (r, v) => r with { Vibrant = v, Chroma = v ? Math.Max(r.Chroma, 1.25) : 1.0 }),
        Num("chroma", 0.5, 1.5, "OKLCh chroma factor applied to the palette", r => r.Chroma, (r, v) => r with { Chroma = v }),
        new RecipeKey("seed", "seed", [], null, null, "master seed (the sub-seeds are derived from it and the variation)")
        {
            Get = r => RecipeSeeds.Hex(r.Seeds.Master),
            Set = (r, v) => RecipeSeeds.TryParseSeed(v, out ulong s)
                ? r with { Seeds = RecipeSeeds.Derive(s, r.Variation) }
                : throw new FormatException("not a seed"),
        },
        new RecipeKey("variation", "variation", [], null, null, "variation code mixed into the master seed")
        {
            Get = r => r.Variation?.Code,
            Set = (r, v) =>
            {
                Variation? var = v is "" or "none" ? null : Variation.Parse(v);
                return r with { Variation = var, Seeds = RecipeSeeds.Derive(r.Seeds.Master, var) };
            },
        },
        Enum("ornament.technique", Techniques, "felt technique", r => r.Ornament.Technique, (r, v) => r with { Ornament = r.Ornament with { Technique = v } }),
        Enum("ornament.field", ["medallion", "lattice", "rhombic-lattice", "rosette-grid", "stripes"], "field layout", r => r.Ornament.Field, (r, v) => r with { Ornament = r.Ornament with { Field = v } }),
        Enum("ornament.border", FeltVocabulary.Borders, "border frieze", r => r.Ornament.Border, (r, v) => r with { Ornament = r.Ornament with { Border = v } }),
        Enum("ornament.corner", FeltVocabulary.Corners, "corner treatment", r => r.Ornament.Corner, (r, v) => r with { Ornament = r.Ornament with { Corner = v } }),
        Enum("ornament.symmetry", ["d1", "d2", "d4"], "field symmetry group", r => r.Ornament.Symmetry, (r, v) => r with { Ornament = r.Ornament with { Symmetry = v } }),
        Int("ornament.intricacy", 0, 3, "ornament density level", r => r.Ornament.Intricacy, (r, v) => r with { Ornament = r.Ornament with { Intricacy = v } }),
        Bool("ornament.twin", "render the counterchange twin of a syrmak pair", r => r.Ornament.Twin, (r, v) => r with { Ornament = r.Ornament with { Twin = v } }),
        Num("ornament.texture", 0, 1, "felt texture strength", r => r.Ornament.Texture, (r, v) => r with { Ornament = r.Ornament with { Texture = v } }),
        Enum("ornament.strokes", ["none", "impressionist", "expressionist"], "painterly stroke texture over the felt", r => r.Ornament.Strokes, (r, v) => r with { Ornament = r.Ornament with { Strokes = v } }),
        Enum("landscape.scene", Scenes, "landscape type", r => r.Landscape.Scene, (r, v) => r with { Landscape = r.Landscape with { Scene = v } }),
        Enum("landscape.time", Times, "time of day (golden = sunset light)", r => r.Landscape.Time, (r, v) => r with { Landscape = r.Landscape with { Time = v } }),
        Enum("landscape.style", Styles, "render style", r => r.Landscape.Style, (r, v) => r with { Landscape = r.Landscape with { Style = v } }),
        Enum("landscape.strokes", ["none", "impressionist", "expressionist"], "stroke character", r => r.Landscape.Strokes, (r, v) => r with { Landscape = r.Landscape with { Strokes = v } }),
        Num("landscape.density", 0.25, 12, "stroke density factor (1 ≈ 16k strokes, 10 ≥ 150k)", r => r.Landscape.Density, (r, v) => r with { Landscape = r.Landscape with { Density = v } }),
        Int("landscape.yurts", 0, 5, "number of yurts", r => r.Landscape.Yurts, (r, v) => r with { Landscape = r.Landscape with { Yurts = v } }),
        Int("landscape.riders", 0, 5, "number of riders", r => r.Landscape.Riders, (r, v) => r with { Landscape = r.Landscape with { Riders = v } }),
        Int("landscape.stars", 0, 5000, "number of stars", r => r.Landscape.Stars, (r, v) => r with { Landscape = r.Landscape with { Stars = v } }),
        Bool("landscape.moon", "crescent moon", r => r.Landscape.Moon, (r, v) => r with { Landscape = r.Landscape with { Moon = v } }),
        Bool("landscape.tulips", "tulips in the foreground", r => r.Landscape.Tulips, (r, v) => r with { Landscape = r.Landscape with { Tulips = v } }),
        Int("landscape.bristles", 0, 32, "bristles per painterly stroke", r => r.Landscape.Bristles, (r, v) => r with { Landscape = r.Landscape with { Bristles = v } }),
        Enum("frame.kind", ["none", "tuskiiz3", "border", "band-bottom"], "ornament frame or band around a landscape", r => r.Frame.Kind, (r, v) => r with { Frame = r.Frame with { Kind = v } }),
        Int("frame.repeat", 3, 24, "motif repeats along the band", r => r.Frame.Repeat, (r, v) => r with { Frame = r.Frame with { Repeat = v } }),
        Bool("frame.dense", "dense frame fill", r => r.Frame.Dense, (r, v) => r with { Frame = r.Frame with { Dense = v } }),
    ];

    private static RecipeKey Enum(string path, IReadOnlyList<string> allowed, string desc, Func<Recipe, string> get, Func<Recipe, string, Recipe> set) =>
        new(path, "enum", allowed, null, null, desc)
        {
            Get = get,
            Set = (r, v) => allowed.Contains(v) ? set(r, v) : throw new FormatException("not allowed"),
        };

    private static RecipeKey Int(string path, int min, int max, string desc, Func<Recipe, int> get, Func<Recipe, int, Recipe> set) =>
        new(path, "int", [], min, max, desc)
        {
            Get = r => get(r),
            Set = (r, v) => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i) && i >= min && i <= max
                ? set(r, i)
                : throw new FormatException("out of range"),
        };

    private static RecipeKey Num(string path, double min, double max, string desc, Func<Recipe, double> get, Func<Recipe, double, Recipe> set) =>
        new(path, "number", [], min, max, desc)
        {
            Get = r => get(r),
            Set = (r, v) =>
            {
                double d = ParseNumber(v);
                return d >= min && d <= max ? set(r, d) : throw new FormatException("out of range");
            },
        };

    private static RecipeKey Bool(string path, string desc, Func<Recipe, bool> get, Func<Recipe, bool, Recipe> set) =>
        new(path, "bool", [], null, null, desc)
        {
            Get = r => get(r),
            Set = (r, v) => v.ToLowerInvariant() switch
            {
                "true" or "yes" or "on" or "1" => set(r, true),
                "false" or "no" or "off" or "0" => set(r, false),
                _ => throw new FormatException("not a bool"),
            },
        };

    private static double ParseNumber(string v) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)
            ? d
            : throw new FormatException("not a number");
}
