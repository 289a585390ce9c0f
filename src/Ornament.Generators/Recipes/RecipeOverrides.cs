namespace Ornament.Generators.Recipes;

/// <summary>A <c>key=value</c> override was rejected; the message lists the valid keys or values.</summary>
public sealed class RecipeOverrideException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public RecipeOverrideException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RecipeOverrideException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RecipeOverrideException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>Applies <c>key=value</c> settings (the CLI's <c>--set</c>) to a recipe, validating key and value.</summary>
public static class RecipeOverrides
{
    /// <summary>Applies one <c>key=value</c>.</summary>
    /// <exception cref="RecipeOverrideException">No '=', an unknown key (the message lists valid keys and the nearest
    /// one), or a bad value (the message lists the allowed values or range).</exception>
    public static Recipe Apply(Recipe recipe, string assignment)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(assignment);
        int eq = assignment.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new RecipeOverrideException($"'{assignment}' is not key=value");
        }

        return Set(recipe, assignment[..eq].Trim(), assignment[(eq + 1)..].Trim());
    }

    /// <summary>Applies several assignments in order.</summary>
    public static Recipe ApplyAll(Recipe recipe, IEnumerable<string> assignments) =>
        assignments.Aggregate(recipe, Apply);

    /// <summary>Sets one key.</summary>
    /// <exception cref="RecipeOverrideException">Unknown key or bad value.</exception>
    public static Recipe Set(Recipe recipe, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var k = RecipeSchema.Find(key);
        if (k is null)
        {
            string nearest = RecipeSchema.Keys.Select(x => x.Path)
                .OrderBy(p => PaletteRegistry.Levenshtein(p, key)).ThenBy(p => p, StringComparer.Ordinal).First();
            throw new RecipeOverrideException(
                $"unknown key '{Excerpt(key)}'; did you mean '{nearest}'? Valid keys: {string.Join(", ", RecipeSchema.Keys.Select(x => x.Path))}");
        }

        try
        {
            return k.Set(recipe, value);
        }
        catch (FormatException ex) when (ex is not RecipeOverrideException)
        {
            string hint = k.Allowed.Count == 0 ? string.Empty
                : $"did you mean '{k.Allowed.OrderBy(a => PaletteRegistry.Levenshtein(a, value)).ThenBy(a => a, StringComparer.Ordinal).First()}'? ";
            throw new RecipeOverrideException($"bad value '{Excerpt(value)}' for {k.Path}: {hint}expected {k.AcceptedValues}", ex);
        }
    }

    /// <summary>At most 80 characters of a user's string, so that a message stays one readable line.</summary>
    private static string Excerpt(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
