using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>One catalogued motif (KAZAKH-ORNAMENT.md §2): identity, meaning, symmetry, usage and its parametric
/// geometry in the unit frame [-1, 1]² with y up and the mirror axis (if any) on x = 0.</summary>
internal sealed class MotifDefinition
{
    private readonly Func<Func<string, double>, IEnumerable<object>> _build;
    private readonly Dictionary<string, MotifShape> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    internal MotifDefinition(string id, string kazakhName, string englishName, string meaning, string symmetry,
        MotifUsage usage, IReadOnlyList<MotifParameter> parameters, Func<Func<string, double>, IEnumerable<object>> build)
    {
        Id = id;
        KazakhName = kazakhName;
        EnglishName = englishName;
        Meaning = meaning;
        Symmetry = symmetry;
        Usage = usage;
        Parameters = parameters;
        _build = build;
    }

    /// <summary>ASCII id, e.g. <c>koshkar_muiz</c>.</summary>
    public string Id { get; }

    /// <summary>Kazakh display name in Cyrillic, e.g. қошқар мүйіз.</summary>
    public string KazakhName { get; }

    /// <summary>English gloss, e.g. "ram's horn".</summary>
    public string EnglishName { get; }

    /// <summary>Meaning as documented (see the design reference for sources).</summary>
    public string Meaning { get; }

    /// <summary>Symmetry group of the motif: C1, C2, D1, D2, D4, Dn, or a frieze group for band motifs.</summary>
    public string Symmetry { get; }

    /// <summary>Usage tag (§0).</summary>
    public MotifUsage Usage { get; }

    /// <summary>True when the motif may be picked by the generator without being asked for by id.</summary>
    public bool InDefaultPool => Usage is MotifUsage.FloorFelt or MotifUsage.WallHanging or MotifUsage.Amulet;

    /// <summary>Parameters with their ranges.</summary>
    public IReadOnlyList<MotifParameter> Parameters { get; }

    /// <summary>The motif outline as a fillable path (non-zero rule) in the unit frame, y up.</summary>
    /// <param name="values">Parameter values by name; missing ones take their default, others are clamped.</param>
    public Path BuildPath(IReadOnlyDictionary<string, double>? values = null) => Shape(values).Fill;

    internal MotifShape Shape(IReadOnlyDictionary<string, double>? values = null)
    {
        var resolved = Parameters.Select(p => (p.Name, V: p.Clamp(values is not null && values.TryGetValue(p.Name, out var v) ? v : p.Default))).ToList();
        string key = string.Join(";", resolved.Select(r => r.V.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var s))
            {
                return s;
            }

            double Get(string name)
            {
                foreach (var r in resolved)
                {
                    if (r.Name == name)
                    {
                        return r.V;
                    }
                }

                throw new KeyNotFoundException($"motif '{Id}' has no parameter '{name}'");
            }

            s = new MotifShape(Id, _build(Get));
            _cache[key] = s;
            return s;
        }
    }
}
