using Ornament.Paint;

namespace Ornament.Generators;

/// <summary>One named colour of a palette with the role it plays.</summary>
/// <param name="Role">What the colour is for (ground, figure, cord, sky_top, …).</param>
/// <param name="Color">The sRGB colour.</param>
/// <param name="Note">Free text (origin, symbolism).</param>
public sealed record PaletteEntry(string Role, Rgba8 Color, string? Note = null);

/// <summary>A palette whose colours carry roles, so generators never pick colours blindly.</summary>
public sealed class Palette
{
    private readonly Dictionary<string, PaletteEntry> _byRole;

    /// <summary>Creates a palette.</summary>
    /// <exception cref="ArgumentException">No entries, or a role appears twice.</exception>
    public Palette(string name, string kind, string description, IReadOnlyList<PaletteEntry> entries)
    {
        if (entries.Count == 0)
        {
            throw new ArgumentException($"Palette '{name}' has no colours.", nameof(entries));
        }

        _byRole = new Dictionary<string, PaletteEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!_byRole.TryAdd(e.Role, e))
            {
                throw new ArgumentException($"Palette '{name}' defines role '{e.Role}' twice.", nameof(entries));
            }
        }

        Name = name;
        Kind = kind;
        Description = description;
        Entries = entries;
    }

    /// <summary>The palette's name (file name without extension).</summary>
    public string Name { get; }

    /// <summary>"felt" or "landscape".</summary>
    public string Kind { get; }

    /// <summary>What the palette is for.</summary>
    public string Description { get; }

    /// <summary>The colours in file order.</summary>
    public IReadOnlyList<PaletteEntry> Entries { get; }

    /// <summary>True when the role is defined.</summary>
    public bool Has(string role) => _byRole.ContainsKey(role);

    /// <summary>The colour of a role.</summary>
    /// <exception cref="KeyNotFoundException">The palette has no such role.</exception>
    public Rgba8 this[string role] => _byRole.TryGetValue(role, out var e)
        ? e.Color
        : throw new KeyNotFoundException($"Palette '{Name}' has no role '{role}'.");

    /// <summary>The colour of the first role that is defined, e.g. <c>Get("figure2", "accent", "figure")</c>.</summary>
    /// <exception cref="KeyNotFoundException">None of the roles is defined.</exception>
    public Rgba8 Get(params string[] roles)
    {
        foreach (var r in roles)
        {
            if (_byRole.TryGetValue(r, out var e))
            {
                return e.Color;
            }
        }

        throw new KeyNotFoundException($"Palette '{Name}' has none of the roles {string.Join(", ", roles)}.");
    }

    /// <summary>A copy with every colour transformed (e.g. "vibrant" chroma boost).</summary>
    public Palette Map(Func<Rgba8, Rgba8> f, string? name = null) =>
        new(name ?? Name, Kind, Description, Entries.Select(e => e with { Color = f(e.Color) }).ToArray());
}
