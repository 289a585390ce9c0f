using Ornament.Geometry.Tests.Support;
using Ornament.Testing;

namespace Ornament.Geometry.Tests.Primitives;

public sealed class AffineTests
{
    [Fact]
    public void Then_operator_and_apply_agree()
    {
        var rng = new TestRandom(0xAFF1);
        for (int i = 0; i < 500; i++)
        {
            var a = rng.NextAffine();
            var b = rng.NextAffine();
            var p = rng.NextPoint(-100, 100);
            var expected = b.Apply(a.Apply(p));
            AssertClose(expected, a.Then(b).Apply(p), 1e-9);
            Assert.Equal(a.Then(b), b * a);
            AssertClose(a.ApplyVector(p), a.Apply(p) - a.Apply(Vec2.Zero), 1e-9);
        }
    }

    [Fact]
    public void Invert_undoes_the_transform()
    {
        var rng = new TestRandom(0xAFF2);
        for (int i = 0; i < 500; i++)
        {
            var a = rng.NextAffine();
            var p = rng.NextPoint(-100, 100);
            AssertClose(p, a.Invert().Apply(a.Apply(p)), 1e-9);
            AssertClose(p, a.Then(a.Invert()).Apply(p), 1e-9);
            AssertClose(p, (a.Invert() * a).Apply(p), 1e-9);
        }

        Assert.Throws<InvalidOperationException>(() => Affine.Scale(1, 0).Invert());
    }

    [Fact]
    public void MaxScale_is_the_largest_stretch_of_any_direction()
    {
        var rng = new TestRandom(0xAFF3);
        for (int i = 0; i < 200; i++)
        {
            var a = rng.NextAffine();
            double measured = 0;
            for (int k = 0; k < 3600; k++)
            {
                measured = Math.Max(measured, a.ApplyVector(Vec2.FromAngle(k * Math.PI / 3600)).Length);
            }

            Assert.InRange(a.MaxScale, measured * (1 - 1e-12), measured * (1 + 1e-5));
        }

        Assert.Equal(3, Affine.Scale(3, -2).MaxScale, 12);
        Assert.Equal(1, Affine.Rotate(0.7).MaxScale, 12);
    }

    [Fact]
    public void Rotation_about_a_centre_keeps_the_centre()
    {
        var c = new Vec2(3, 4);
        AssertClose(c, Affine.Rotate(1.2, c).Apply(c), 1e-12);
        AssertClose(new Vec2(3, 3), Affine.Rotate(-Math.PI / 2, c).Apply(new Vec2(4, 4)), 1e-12);
    }

    internal static void AssertClose(Vec2 expected, Vec2 actual, double eps)
    {
        Assert.True(Vec2.Distance(expected, actual) <= eps * Math.Max(1, expected.Length), $"expected {expected}, got {actual}");
    }
}
