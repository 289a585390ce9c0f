namespace Ornament.Generators.Recipes;

/// <summary>One settable key of a recipe (for <c>--set key=value</c>).</summary>
/// <param name="Path">Dotted path, e.g. "landscape.time".</param>
/// <param name="Type">enum, int, number, bool, string, size, seed or variation.</param>
/// <param name="Allowed">Allowed values for enums (and known names for palette), else empty.</param>
/// <param name="Min">Smallest allowed value for int/number keys.</param>
/// <param name="Max">Largest allowed value for int/number keys.</param>
/// <param name="Description">What the key does.</param>
public sealed record RecipeKey(string Path, string Type, IReadOnlyList<string> Allowed, double? Min, double? Max, string Description)
{
    internal Func<Recipe, object?> Get { get; init; } = _ => null;

    internal Func<Recipe, string, Recipe> Set { get; init; } = (r, _) => r;

    /// <summary>A one-line statement of what values are accepted.</summary>
    public string AcceptedValues => Type switch
    {
        "enum" => "one of " + string.Join(", ", Allowed),
        "bool" => "true or false",
        "int" or "number" => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a{(Type == "int" ? "n integer" : " number")} from {Min} to {Max}"),
        "size" => "WxH with a unit (cm, mm, in), e.g. 60x90cm",
        "seed" => "1-16 hex digits (or #decimal)",
        "variation" => $"a {Variation.Length}-character code from {Variation.Alphabet}, or none",
        "palette" => "a built-in palette (" + string.Join(", ", Allowed) + ") or a .json/.gpl path",
        _ => "text",
    };
}
