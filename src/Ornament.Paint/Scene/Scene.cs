namespace Ornament.Paint;

/// <summary>An immutable display list: what generators produce and what both the PNG renderer and the SVG writer
/// consume. Coordinates are in a user space of <see cref="Width"/> × <see cref="Height"/> units, mapped onto the
/// output canvas (like an SVG viewBox).</summary>
public sealed class Scene
{
    /// <summary>Deepest nesting of <see cref="GroupItem"/>s a scene may hold. The renderer and the SVG writer walk
    /// groups recursively; this bound keeps them far from a stack overflow (the SVG reader stays below it).</summary>
    public const int MaxGroupDepth = 1024;

    /// <summary>Creates a scene.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive and finite.</exception>
    /// <exception cref="ArgumentException">Groups are nested deeper than <see cref="MaxGroupDepth"/> (or contain
    /// themselves).</exception>
    public Scene(double width, double height, IReadOnlyList<SceneItem> items, Rgba8? background = null, string? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!(width > 0 && height > 0 && double.IsFinite(width) && double.IsFinite(height)))
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Scene size {width}×{height} must be positive and finite.");
        }

        CheckDepth(items);

        Width = width;
        Height = height;
        Items = items;
        Background = background;
        Metadata = metadata;
    }

    /// <summary>User-space width.</summary>
    public double Width { get; }

    /// <summary>User-space height.</summary>
    public double Height { get; }

    /// <summary>The items, bottom first.</summary>
    public IReadOnlyList<SceneItem> Items { get; }

    /// <summary>Colour that fills the canvas before any item, or null for transparent.</summary>
    public Rgba8? Background { get; }

    /// <summary>Free text carried into the outputs (the recipe JSON: PNG iTXt and SVG &lt;metadata&gt;).</summary>
    public string? Metadata { get; }

    /// <summary>Walks the groups without recursion; a cycle shows up as unbounded depth.</summary>
    private static void CheckDepth(IReadOnlyList<SceneItem> items)
    {
        var pending = new Stack<(IReadOnlyList<SceneItem> Items, int Depth)>();
        pending.Push((items, 0));
        while (pending.Count > 0)
        {
            var (list, depth) = pending.Pop();
            foreach (var item in list)
            {
                if (item is GroupItem g)
                {
                    if (depth + 1 > MaxGroupDepth)
                    {
                        throw new ArgumentException($"Groups are nested deeper than {MaxGroupDepth} levels (or a group contains itself).", nameof(items));
                    }

                    pending.Push((g.Items, depth + 1));
                }
            }
        }
    }

    /// <summary>The same scene with other metadata.</summary>
    public Scene WithMetadata(string? metadata) => new(Width, Height, Items, Background, metadata);
}
