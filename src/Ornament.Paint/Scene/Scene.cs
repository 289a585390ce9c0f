namespace Ornament.Paint;

/// <summary>An immutable display list: what generators produce and what both the PNG renderer and the SVG writer
/// consume. Coordinates are in a user space of <see cref="Width"/> × <see cref="Height"/> units, mapped onto the
/// output canvas (like an SVG viewBox).</summary>
public sealed class Scene
{
    /// <summary>Creates a scene.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive and finite.</exception>
    public Scene(double width, double height, IReadOnlyList<SceneItem> items, Rgba8? background = null, string? metadata = null)
    {
        if (!(width > 0 && height > 0 && double.IsFinite(width) && double.IsFinite(height)))
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Scene size {width}×{height} must be positive and finite.");
        }

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

    /// <summary>The same scene with other metadata.</summary>
    public Scene WithMetadata(string? metadata) => new(Width, Height, Items, Background, metadata);
}
