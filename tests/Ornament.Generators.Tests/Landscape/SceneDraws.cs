using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Landscape;

/// <summary>Every draw of a scene tree with the transform it is drawn under (groups' transforms composed).</summary>
internal static class SceneDraws
{
    public static IEnumerable<(DrawItem Item, Affine Transform)> Draws(IEnumerable<SceneItem> items, Affine parent)
    {
        foreach (var it in items)
        {
            if (it is GroupItem g)
            {
                foreach (var d in Draws(g.Items, g.Transform is { } t ? t.Then(parent) : parent))
                {
                    yield return d;
                }
            }
            else if (it is DrawItem d)
            {
                yield return (d, d.Transform is { } t ? t.Then(parent) : parent);
            }
        }
    }
}
