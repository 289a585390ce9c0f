using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>Makes scattered decoration (cord twists, quilting dashes, chain stitches) exactly mirror-symmetric.</summary>
/// <remarks>Why: dashes walked round a contour start at one corner and slant one way, so they are never the mirror
/// image of themselves. Keeping only the pieces whose centre lies in the fundamental domain (x ≤ cx, y ≤ cy) and
/// adding their reflections gives decoration with the same symmetry as the cut lines it follows. Reflected contours
/// are reversed so their orientation (and so the non-zero fill) is kept.</remarks>
internal static class Fold
{
    public static List<Vec2[]> Mirror(IEnumerable<Vec2[]> items, double cx, double cy, bool mirrorX, bool mirrorY)
    {
        var r = new List<Vec2[]>();
        foreach (var c in items)
        {
            var m = Centre(c);
            if ((mirrorX && m.X > cx) || (mirrorY && m.Y > cy))
            {
                continue;
            }

            r.Add(c);
            if (mirrorX)
            {
                r.Add(Reflect(c, cx, null));
            }

            if (mirrorY)
            {
                r.Add(Reflect(c, null, cy));
            }

            if (mirrorX && mirrorY)
            {
                r.Add(Reflect(Reflect(c, cx, null), null, cy));
            }
        }

        return r;
    }

    private static Vec2 Centre(Vec2[] c)
    {
        var s = Vec2.Zero;
        foreach (var p in c)
        {
            s += p;
        }

        return s / c.Length;
    }

    private static Vec2[] Reflect(Vec2[] c, double? cx, double? cy)
    {
        var r = new Vec2[c.Length];
        for (int i = 0; i < c.Length; i++)
        {
            var p = c[c.Length - 1 - i];
            r[i] = new Vec2(cx is { } x ? (2 * x) - p.X : p.X, cy is { } y ? (2 * y) - p.Y : p.Y);
        }

        return r;
    }
}
