using Ornament.Geometry;
using Ornament.Testing;

namespace Ornament.Geometry.Tests.Support;

/// <summary>Geometry-flavoured helpers on the shared seeded generator.</summary>
internal static class RandomGeometry
{
    public static Vec2 NextPoint(this TestRandom rng, double lo, double hi) => new(rng.NextDouble(lo, hi), rng.NextDouble(lo, hi));

    /// <summary>A random non-degenerate affine map: rotation, anisotropic scale in [0.3, 3], shear, translation.</summary>
    public static Affine NextAffine(this TestRandom rng)
    {
        var t = Affine.Rotate(rng.NextDouble(0, 2 * Math.PI))
            .Then(Affine.Scale(rng.NextDouble(0.3, 3), rng.NextDouble(0.3, 3)))
            .Then(Affine.SkewX(rng.NextDouble(-0.6, 0.6)))
            .Then(Affine.Translate(rng.NextDouble(-50, 50), rng.NextDouble(-50, 50)));
        return rng.NextBool() ? t.Then(Affine.MirrorX()) : t;
    }
}
