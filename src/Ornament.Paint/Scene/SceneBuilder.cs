using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Records a <see cref="Scene"/> item by item, with nested groups.</summary>
public sealed class SceneBuilder
{
    private readonly double _width, _height;
    private readonly Stack<(List<SceneItem> Items, Affine? Transform, double Opacity, BlendMode Blend, string? Name)> _open = new();
    private List<SceneItem> _items = [];

    /// <summary>Starts a scene of the given user-space size.</summary>
    public SceneBuilder(double width, double height)
    {
        _width = width;
        _height = height;
    }

    /// <summary>Background colour (null = transparent).</summary>
    public Rgba8? Background { get; set; }

    /// <summary>Metadata carried to the outputs.</summary>
    public string? Metadata { get; set; }

    /// <summary>Number of items at the current nesting level.</summary>
    public int Count => _items.Count;

    /// <summary>Adds any item.</summary>
    public SceneBuilder Add(SceneItem item)
    {
        _items.Add(item);
        return this;
    }

    /// <summary>Fills a path.</summary>
    public SceneBuilder Fill(Path path, Paint paint, FillRule rule = FillRule.NonZero, Affine? transform = null, double opacity = 1, BlendMode blend = BlendMode.SourceOver)
    {
        _items.Add(new DrawItem(path, paint, rule, transform, opacity, blend));
        return this;
    }

    /// <summary>Fills a path with a solid colour.</summary>
    public SceneBuilder Fill(Path path, Rgba8 color, FillRule rule = FillRule.NonZero, Affine? transform = null) =>
        Fill(path, new SolidPaint(color), rule, transform);

    /// <summary>Strokes a path.</summary>
    public SceneBuilder Stroke(Path path, Paint paint, StrokeStyle style, Affine? transform = null, double opacity = 1, BlendMode blend = BlendMode.SourceOver)
    {
        _items.Add(new DrawItem(path, paint, FillRule.NonZero, transform, opacity, blend, style));
        return this;
    }

    /// <summary>Opens a group; items added until <see cref="PopGroup"/> belong to it.</summary>
    public SceneBuilder PushGroup(string? name = null, double opacity = 1, Affine? transform = null, BlendMode blend = BlendMode.SourceOver)
    {
        _open.Push((_items, transform, opacity, blend, name));
        _items = [];
        return this;
    }

    /// <summary>Closes the innermost group.</summary>
    /// <exception cref="InvalidOperationException">No group is open.</exception>
    public SceneBuilder PopGroup()
    {
        if (_open.Count == 0)
        {
            throw new InvalidOperationException("PopGroup without a matching PushGroup.");
        }

        var (parent, t, o, b, n) = _open.Pop();
        parent.Add(new GroupItem(_items, t, o, b, n));
        _items = parent;
        return this;
    }

    /// <summary>Finishes the scene (closing any open groups).</summary>
    public Scene Build()
    {
        while (_open.Count > 0)
        {
            PopGroup();
        }

        return new Scene(_width, _height, _items.ToArray(), Background, Metadata);
    }
}
