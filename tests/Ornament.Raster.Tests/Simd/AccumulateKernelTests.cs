using Ornament.Testing;

namespace Ornament.Raster.Tests.Simd;

/// <summary>The vector accumulation kernels equal their scalar twin byte for byte.</summary>
public class AccumulateKernelTests
{
    public static TheoryData<int> Lengths()
    {
        var d = new TheoryData<int>();
        for (int n = 0; n <= 67; n++)
        {
            d.Add(n);
        }

        return d;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Vector_kernels_equal_scalar(int length)
    {
        var rng = new TestRandom((ulong)length + 1000);
        for (int trial = 0; trial < 20; trial++)
        {
            var cells = new int[length];
            for (int i = 0; i < length; i++)
            {
                // Mostly small contributions, some full-pixel steps and large windings, as real rows have.
                cells[i] = rng.NextInt(0, 4) switch
                {
                    0 => 0,
                    1 => rng.NextInt(-Cover.One, Cover.One + 1),
                    2 => rng.NextInt(-3, 4) * Cover.One,
                    _ => rng.NextInt(-200, 201),
                };
            }

            int start = rng.NextInt(-3 * Cover.One, 3 * Cover.One);
            foreach (var rule in new[] { FillRule.NonZero, FillRule.EvenOdd })
            {
                var c0 = (int[])cells.Clone();
                var c1 = (int[])cells.Clone();
                var c2 = (int[])cells.Clone();
                var o0 = new byte[length];
                var o1 = new byte[length];
                var o2 = new byte[length];
                int a0 = AccumulateKernels.Scalar(c0, o0, rule, start);
                int a1 = AccumulateKernels.Vector128Path(c1, o1, rule, start);
                int a2 = AccumulateKernels.Vector256Path(c2, o2, rule, start);
                Assert.Equal(o0, o1);
                Assert.Equal(o0, o2);
                Assert.Equal(a0, a1);
                Assert.Equal(a0, a2);
                Assert.All(c1, v => Assert.Equal(0, v));
                Assert.All(c2, v => Assert.Equal(0, v));
            }
        }
    }

    [Fact]
    public void Scalar_kernel_matches_the_coverage_definition()
    {
        var cells = new[] { Cover.One / 2, Cover.One / 2, Cover.One, -Cover.One / 4, -(7 * Cover.One) / 4 };
        var o = new byte[5];
        AccumulateKernels.Scalar(cells, o, FillRule.NonZero, 0);
        Assert.Equal(new byte[] { 128, 255, 255, 255, 0 }, o);
        cells = [Cover.One / 2, Cover.One / 2, Cover.One, -Cover.One / 4, -(7 * Cover.One) / 4];
        AccumulateKernels.Scalar(cells, o, FillRule.EvenOdd, 0);
        // windings 0.5, 1, 2, 1.75, 0 → even-odd coverage 0.5, 1, 0, 0.25, 0
        Assert.Equal(new byte[] { 128, 255, 0, 64, 0 }, o);
    }
}
