using System.Globalization;
using Ornament.Generators.Recipes;

namespace Ornament;

/// <summary>Choices that override what the text decides, for <see cref="Artwork.FromText"/> and
/// <see cref="Artwork.FromStory"/>. Every property is checked when it is set, so a bad value fails where it is
/// written, with the property named. Null leaves the decision to the text.</summary>
public sealed record ArtworkOptions
{
    /// <summary>Smallest width or height a recipe accepts, in pixels.</summary>
    public const int MinSize = 16;

    /// <summary>Largest width or height a recipe accepts, in pixels.</summary>
    public const int MaxSize = 20000;

    private readonly string? _style;
    private readonly string? _scene;
    private readonly string? _palette;
    private readonly int? _width;
    private readonly int? _height;
    private readonly string? _variation;
    private readonly IReadOnlyList<string> _settings = [];
    private readonly ArtworkKind _kind;
    private readonly SeedMode _seedMode;

    /// <summary>Carpet, landscape or hybrid; <see cref="ArtworkKind.Auto"/> lets the text decide.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="ArtworkKind"/>.</exception>
    public ArtworkKind Kind
    {
        get => _kind;
        init => _kind = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Kind), value, "Kind must be Auto, Ornament, Landscape or Hybrid.");
    }

    /// <summary>Felt technique of a carpet: syrmak, shyrdak, tekemet, tuskiiz or alasha.</summary>
    /// <exception cref="ArgumentException">Not one of those names.</exception>
    public string? Style
    {
        get => _style;
        init => _style = OneOf(value, RecipeSchema.Techniques, nameof(Style));
    }

    /// <summary>Landscape scene: steppe, mountains, desert or night.</summary>
    /// <exception cref="ArgumentException">Not one of those names.</exception>
    public string? Scene
    {
        get => _scene;
        init => _scene = OneOf(value, RecipeSchema.Scenes, nameof(Scene));
    }

    /// <summary>A built-in palette name (see <see cref="Generators.PaletteRegistry"/>) or the path of a
    /// <c>.json</c>/<c>.gpl</c> palette file; checked when the artwork is made.</summary>
    /// <exception cref="ArgumentException">Empty or blank.</exception>
    public string? Palette
    {
        get => _palette;
        init => _palette = value is not null && string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException("Palette must be a palette name or file path, not blank.", nameof(Palette))
            : value;
    }

    /// <summary>Width in pixels (<see cref="MinSize"/>…<see cref="MaxSize"/>). A carpet keeps its technique's
    /// proportions, so its height may follow from the width.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the range.</exception>
    public int? Width
    {
        get => _width;
        init => _width = InRange(value, nameof(Width));
    }

    /// <summary>Height in pixels (<see cref="MinSize"/>…<see cref="MaxSize"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the range.</exception>
    public int? Height
    {
        get => _height;
        init => _height = InRange(value, nameof(Height));
    }

    /// <summary>A variation code (Crockford base32, e.g. <c>3F7K2Q</c>): another picture from the same text.</summary>
    /// <exception cref="ArgumentException">Not a variation code.</exception>
    public string? Variation
    {
        get => _variation;
        init => _variation = value is null || Generators.Recipes.Variation.TryParse(value, out _)
            ? value
            : throw new ArgumentException($"Variation '{value}' is not a variation code (Crockford base32 letters and digits, e.g. 3F7K2Q).", nameof(Variation));
    }

    /// <summary>Further recipe settings as <c>key=value</c> (the CLI's <c>--set</c>; keys in
    /// <see cref="RecipeSchema.Keys"/>), applied after the properties above. Values are checked when the artwork is
    /// made.</summary>
    /// <exception cref="ArgumentException">An entry is not of the form <c>key=value</c> with a known key.</exception>
    public IReadOnlyList<string> Settings
    {
        get => _settings;
        init => _settings = CheckSettings(value, nameof(Settings));
    }

    /// <summary>Seed from the text's bytes (the default) or from the set of concepts found in it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="SeedMode"/>.</exception>
    public SeedMode SeedMode
    {
        get => _seedMode;
        init => _seedMode = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(SeedMode), value, "SeedMode must be Text or Concepts.");
    }

    /// <summary>The options as the recipe overrides the CLI would pass (<c>key=value</c>).</summary>
    internal List<string> ToOverrides()
    {
        var list = new List<string>();
        if (Kind != ArtworkKind.Auto)
        {
            list.Add("mode=" + Kind.ToString().ToLowerInvariant());
        }

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                list.Add(key + "=" + value);
            }
        }

        Add("ornament.technique", Style);
        Add("landscape.scene", Scene);
        Add("palette", Palette);
        Add("width", Width?.ToString(CultureInfo.InvariantCulture));
        Add("height", Height?.ToString(CultureInfo.InvariantCulture));
        list.AddRange(Settings);
        return list;
    }

    private static string? OneOf(string? value, IReadOnlyList<string> allowed, string name) =>
        value is null || allowed.Contains(value)
            ? value
            : throw new ArgumentException($"{name} '{value}' is not one of: {string.Join(", ", allowed)}.", name);

    private static int? InRange(int? value, string name) =>
        value is null or (>= MinSize and <= MaxSize)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be {MinSize}…{MaxSize} pixels.");

    private static string[] CheckSettings(IReadOnlyList<string>? value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        foreach (var s in value)
        {
            int eq = s?.IndexOf('=', StringComparison.Ordinal) ?? -1;
            if (s is null || eq <= 0)
            {
                throw new ArgumentException($"Setting '{s}' is not of the form key=value.", name);
            }

            string key = s[..eq].Trim();
            if (RecipeSchema.Find(key) is null)
            {
                throw new ArgumentException($"Setting '{s}': unknown key '{key}' (see RecipeSchema.Keys).", name);
            }
        }

        return [.. value];
    }
}
