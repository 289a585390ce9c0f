using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>One entry of a <see cref="Scene"/>: a drawn path or a group.</summary>
public abstract record SceneItem
{
    private protected SceneItem()
    {
    }
}

/// <summary>A path filled (or stroked, when <paramref name="Stroke"/> is set) with a paint.</summary>
/// <param name="Path">The geometry, in the item's own coordinates.</param>
/// <param name="Paint">What fills it.</param>
/// <param name="FillRule">Nonzero or even-odd (ignored for strokes, which are always nonzero).</param>
/// <param name="Transform">Maps the path (and the paint) into the parent's coordinates.</param>
/// <param name="Opacity">Multiplies the paint's alpha, 0…1.</param>
/// <param name="Blend">How it combines with what lies below.</param>
/// <param name="Stroke">When set, the path's outline of this style is drawn instead of its interior.</param>
public sealed record DrawItem(
    Path Path,
    Paint Paint,
    FillRule FillRule = FillRule.NonZero,
    Affine? Transform = null,
    double Opacity = 1,
    BlendMode Blend = BlendMode.SourceOver,
    StrokeStyle? Stroke = null) : SceneItem;

/// <summary>Items drawn together: into a separate layer when <paramref name="Opacity"/> &lt; 1 or
/// <paramref name="Blend"/> is not source-over, then composited as one.</summary>
/// <param name="Items">The children, bottom first.</param>
/// <param name="Transform">Maps children into the parent's coordinates.</param>
/// <param name="Opacity">Group opacity, 0…1.</param>
/// <param name="Blend">How the flattened group combines with what lies below.</param>
/// <param name="Name">Optional layer name (becomes the SVG group id, e.g. "border", "field").</param>
public sealed record GroupItem(
    IReadOnlyList<SceneItem> Items,
    Affine? Transform = null,
    double Opacity = 1,
    BlendMode Blend = BlendMode.SourceOver,
    string? Name = null) : SceneItem;
