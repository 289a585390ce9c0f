using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint.Tests;

/// <summary>The vector gradient kernels against their scalar twin: same table index for every pixel, byte for
/// byte, over span lengths 0…67, and on whole scenes.</summary>
public class GradientKernelTests
{
    public static TheoryData<int> VectorWidths => new() { (int)SimdWidth.Vector128, (int)SimdWidth.Vector256 };

    private static readonly GradientStop[] Stops =
    [
        new(0, new Rgba8(255, 0, 0)), new(0.3, new Rgba8(0, 200, 40, 180)), new(0.3, new Rgba8(20, 20, 220)),
        new(1, new Rgba8(250, 240, 10)),
    ];

    private static readonly GradientStop[] OpaqueStops =
    [
        new(0, new Rgba8(255, 0, 0)), new(0.5, new Rgba8(0, 200, 40)), new(1, new Rgba8(20, 20, 220)),
    ];

    /// <summary>Linear, radial (centred, focal inside, focal pushed onto the circle), degenerate and skewed.</summary>
    private static IEnumerable<GradientShader> Shaders()
    {
        var transforms = new[]
        {
            Affine.Identity,
            Affine.Rotate(0.7, new Vec2(30, 20)).Then(Affine.Scale(1.3, 0.6)),
            new Affine(0.01, 3, -2, 0.002, 1e5, -7.25),
        };
        var paints = new Paint[]
        {
            new LinearGradient(new Vec2(3, 4), new Vec2(60, 17), Stops),
            new LinearGradient(new Vec2(10, 0), new Vec2(10, 0.001), OpaqueStops),
            new LinearGradient(new Vec2(5, 5), new Vec2(5, 5), Stops), // zero length: last stop everywhere
            new RadialGradient(new Vec2(30, 10), 25, Stops),
            new RadialGradient(new Vec2(30, 10), 25, OpaqueStops, new Vec2(40, 12)),
            new RadialGradient(new Vec2(0, 0), 7, Stops, new Vec2(100, 3)),
            new RadialGradient(new Vec2(0, 0), 1e-9, Stops),
        };
        foreach (var t in transforms)
        {
            foreach (var p in paints)
            {
                var stops = GradientLut.Normalize(p is LinearGradient l ? l.Stops! : ((RadialGradient)p).Stops!);
                if (GradientShader.Create(p, stops, t, 0.85) is { } s)
                {
                    yield return s;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Vector_shading_matches_the_scalar_twin_over_lengths_0_to_67(int w)
    {
        int shaders = 0;
        foreach (var shader in Shaders())
        {
            shaders++;
            foreach (var (y, x0) in new[] { (0, 0), (17, -5), (-3, 1000), (40000, 123456) })
            {
                for (int n = 0; n <= 67; n++)
                {
                    var expected = new uint[n];
                    var actual = new uint[n];
                    shader.Shade(y, x0 + n, expected);
                    shader.Shade(y, x0 + n, actual, (SimdWidth)w);
                    Assert.Equal(expected, actual);
                }
            }
        }

        Assert.True(shaders >= 18, $"only {shaders} shaders were built");
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Gradient_spans_match_the_scalar_oracles(int w)
    {
        var rng = new TestRandom(31);
        var scratch = new byte[68 * 4];
        foreach (var shader in Shaders())
        {
            for (int n = 0; n <= 67; n++)
            {
                int y = rng.Int(300), x = rng.Int(300) - 100;
                var dst = rng.PremulPixels(n);
                var cov = rng.Coverage(n);
                var shaded = new uint[n];
                shader.Shade(y, x, shaded);
                var src = System.Runtime.InteropServices.MemoryMarshal.AsBytes(shaded.AsSpan()).ToArray();

                var expected = (byte[])dst.Clone();
                SourceOverKernels.MaskedScalar(expected, src, cov);
                var actual = (byte[])dst.Clone();
                GradientSpan.SourceOver(actual, scratch, shader, y, x, cov, (SimdWidth)w);
                Assert.Equal(expected, actual);

                foreach (byte c in new byte[] { 0, 255, rng.Byte() })
                {
                    var constant = new byte[n];
                    constant.AsSpan().Fill(c);
                    expected = (byte[])dst.Clone();
                    SourceOverKernels.MaskedScalar(expected, src, constant);
                    actual = (byte[])dst.Clone();
                    GradientSpan.SourceOverConstant(actual, scratch, shader, y, x, c, (SimdWidth)w);
                    Assert.Equal(expected, actual);
                }
            }
        }
    }

    [Fact]
    public void Opaque_table_is_recognised()
    {
        Assert.True(GradientLut.Build(GradientLut.Normalize(OpaqueStops), 1).Opaque);
        Assert.False(GradientLut.Build(GradientLut.Normalize(OpaqueStops), 0.99).Opaque);
        Assert.False(GradientLut.Build(GradientLut.Normalize(Stops), 1).Opaque);
    }

    [Fact]
    public void Every_simd_width_gives_identical_bytes_on_a_gradient_scene()
    {
        // Large opaque and translucent gradient shapes (long interior runs hit the opaque fast path), rotated and
        // skewed, with thin strokes (short edge spans).
        var sb = new SceneBuilder(320, 240) { Background = new Rgba8(250, 250, 245) };
        sb.Fill(Shapes.Rectangle(-5, -5, 330, 250), new LinearGradient(new Vec2(0, 0), new Vec2(320, 60), OpaqueStops));
        sb.Fill(Shapes.Circle(160, 120, 110), new RadialGradient(new Vec2(150, 110), 90, OpaqueStops, new Vec2(120, 80)));
        sb.Fill(Shapes.Star(new Vec2(100, 100), 90, 40, 7), new RadialGradient(new Vec2(100, 100), 60, Stops), transform: Affine.Rotate(0.4, new Vec2(100, 100)));
        sb.Fill(Shapes.Rectangle(180, 20, 120, 200), new LinearGradient(new Vec2(180, 20), new Vec2(300, 220), Stops), opacity: 0.7);
        for (int i = 0; i < 20; i++)
        {
            sb.Stroke(Shapes.Circle(20 + (i * 14), 200, 5 + (i % 5)), new LinearGradient(new Vec2(0, 190), new Vec2(320, 210), OpaqueStops), new StrokeStyle(0.8 + (i * 0.1)));
        }

        var scene = sb.Build();
        var scalar = SceneRenderer.Render(scene, 320, 240, new RenderOptions { Simd = SimdWidth.Scalar });
        foreach (var w in new[] { SimdWidth.Vector128, SimdWidth.Vector256 })
        {
            var v = SceneRenderer.Render(scene, 320, 240, new RenderOptions { Simd = w });
            Assert.True(scalar.Data.SequenceEqual(v.Data), $"{w} differs from scalar");
        }

        foreach (var seed in new ulong[] { 9, 10, 11 })
        {
            var random = RenderTests.RandomScene(seed);
            var a = SceneRenderer.Render(random, 300, 257, new RenderOptions { Simd = SimdWidth.Scalar });
            var b = SceneRenderer.Render(random, 300, 257, new RenderOptions { Simd = SimdWidth.Vector256 });
            Assert.True(a.Data.SequenceEqual(b.Data), $"seed {seed}: Vector256 differs from scalar");
        }
    }
}
