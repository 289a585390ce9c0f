using Ornament.Geometry.Tests.Support;
using Ornament.Testing;
using static Ornament.Geometry.Tests.Primitives.AffineTests;

namespace Ornament.Geometry.Tests.Symmetry;

public sealed class SymmetryTests
{
    private static readonly Vec2 Centre = new(37, -12);

    public static TheoryData<int> Orders => [1, 2, 3, 4, 6, 8, 12];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Dihedral_group_is_closed_under_composition_and_has_2n_elements(int n)
    {
        var group = Geometry.Symmetry.DihedralGroup(Centre, n);
        Assert.Equal(2 * n, group.Count);
        for (int i = 0; i < group.Count; i++)
        {
            for (int j = i + 1; j < group.Count; j++)
            {
                Assert.False(Near(group[i], group[j]), $"elements {i} and {j} coincide");
            }

            Assert.Equal(i < n ? 1 : -1, group[i].Determinant, 12);
            AssertClose(Centre, group[i].Apply(Centre), 1e-12);
            foreach (var g in group)
            {
                var product = group[i].Then(g);
                Assert.Contains(group, h => Near(h, product));
            }
        }

        Assert.Equal(Affine.Identity, group[0]);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Cyclic_group_is_closed_and_every_reflection_is_an_involution(int n)
    {
        var rotations = Geometry.Symmetry.CyclicGroup(Centre, n);
        Assert.Equal(n, rotations.Count);
        foreach (var a in rotations)
        {
            foreach (var b in rotations)
            {
                Assert.Contains(rotations, h => Near(h, a.Then(b)));
            }
        }

        for (int k = 0; k < n; k++)
        {
            var m = Geometry.Symmetry.Reflection(Centre, k, n);
            Assert.True(Near(Affine.Identity, m.Then(m)), "a mirror applied twice is the identity");
        }
    }

    [Fact]
    public void Small_groups_are_exact_and_start_with_the_left_right_mirror()
    {
        var d1 = Geometry.Symmetry.D1(Centre);
        Assert.Equal([Affine.Identity, Geometry.Symmetry.MirrorVertical(Centre)], d1);
        Assert.Equal(new Vec2((2 * Centre.X) - 5, 9), d1[1].Apply(new Vec2(5, 9)));

        var d2 = Geometry.Symmetry.D2(Centre);
        Assert.Contains(Geometry.Symmetry.MirrorHorizontal(Centre), d2);
        Assert.Contains(Geometry.Symmetry.MirrorVertical(Centre), d2);

        var d4 = Geometry.Symmetry.D4(Centre);
        foreach (var a in d4)
        {
            foreach (var b in d4)
            {
                Assert.Contains(a.Then(b), d4); // exact equality: quarter turns carry no rounding
            }
        }

        var mirror = Geometry.Symmetry.MirrorVertical(Centre);
        Assert.Equal(Affine.Identity, mirror.Then(mirror));
    }

    [Fact]
    public void Rotation_by_n_steps_is_the_identity_and_order_is_checked()
    {
        var r = Geometry.Symmetry.Rotation(Centre, 1, 7);
        var acc = Affine.Identity;
        for (int i = 0; i < 7; i++)
        {
            acc = acc.Then(r);
        }

        Assert.True(Near(Affine.Identity, acc));
        Assert.Equal(Geometry.Symmetry.Rotation(Centre, -1, 7), Geometry.Symmetry.Rotation(Centre, 6, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Geometry.Symmetry.DihedralGroup(Centre, 0));
    }

    [Fact]
    public void Grid_lists_translations_row_by_row()
    {
        var grid = Geometry.Symmetry.Grid(3, 2, new Vec2(10, 0), new Vec2(5, 20), new Vec2(1, 1));
        Assert.Equal(6, grid.Count);
        Assert.Equal(new Vec2(1, 1), grid[0].Apply(Vec2.Zero));
        Assert.Equal(new Vec2(21, 1), grid[2].Apply(Vec2.Zero));
        Assert.Equal(new Vec2(16, 21), grid[4].Apply(Vec2.Zero));
    }

    [Fact]
    public void Replicated_mirror_copies_keep_the_winding_so_overlaps_do_not_cancel()
    {
        // A motif straddling the axis: it overlaps its mirror image. Without reversal the overlap would wind 1 − 1 = 0.
        var motif = new PathBuilder().MoveTo(30, 0).LineTo(45, 0).QuadTo(50, 10, 45, 20).LineTo(30, 20).Close().Build();
        var axis = new Vec2(40, 0);
        var both = Flattener.Flatten(Geometry.Symmetry.Replicate(motif, Geometry.Symmetry.D1(axis)), Affine.Identity);
        Assert.Equal(2, both.ContourCount);
        Assert.Equal(PathMath.SignedArea(Flattener.Flatten(motif, Affine.Identity)) * 2, PathMath.SignedArea(both), 6);
        Assert.NotEqual(0, PathMath.Winding(both, new Vec2(40, 10))); // in both copies
        Assert.NotEqual(0, PathMath.Winding(both, new Vec2(33, 10)));
        Assert.NotEqual(0, PathMath.Winding(both, new Vec2(47, 10)));
        Assert.Equal(0, PathMath.Winding(both, new Vec2(55, 10)));
    }

    [Fact]
    public void Reversal_keeps_the_shape_and_flips_the_orientation()
    {
        var rng = new TestRandom(0x2EF);
        for (int i = 0; i < 20; i++)
        {
            var b = new PathBuilder().MoveTo(rng.NextPoint(0, 100)).LineTo(rng.NextPoint(0, 100))
                .QuadTo(rng.NextPoint(0, 100), rng.NextPoint(0, 100))
                .CubicTo(rng.NextPoint(0, 100), rng.NextPoint(0, 100), rng.NextPoint(0, 100));
            if (rng.NextBool())
            {
                b.Close();
            }

            b.MoveTo(rng.NextPoint(0, 100)).LineTo(rng.NextPoint(0, 100)).LineTo(rng.NextPoint(0, 100)).Close();
            var path = b.Build();
            var reversed = PathReversal.Reverse(path);
            Assert.Equal(path.Verbs.Length, reversed.Verbs.Length);
            var a = Flattener.Flatten(path, Affine.Identity, 0.01);
            var r = Flattener.Flatten(reversed, Affine.Identity, 0.01);
            Assert.Equal(-PathMath.SignedArea(a), PathMath.SignedArea(r), 1);
            foreach (var p in PathMath.Sample(reversed, Affine.Identity, 50))
            {
                Assert.True(PathMath.DistanceToPolylines(a, p) < 0.02, "reversed curve leaves the original");
            }
        }
    }

    private static bool Near(Affine x, Affine y) =>
        Math.Abs(x.A - y.A) + Math.Abs(x.B - y.B) + Math.Abs(x.C - y.C) + Math.Abs(x.D - y.D) < 1e-9 &&
        Math.Abs(x.E - y.E) + Math.Abs(x.F - y.F) < 1e-7;
}
