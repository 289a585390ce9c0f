using Ornament.Geometry;

namespace Ornament.Paint.Tests;

public class GradientTests
{
    private static readonly Rgba8 Red = new(255, 0, 0);
    private static readonly Rgba8 Blue = new(0, 0, 255);

    private static Pixmap Fill(Paint paint, int w = 256, int h = 256, Affine? transform = null, Rgba8? background = null)
    {
        var sb = new SceneBuilder(w, h) { Background = background };
        var inv = transform is { } t ? t.Invert() : Affine.Identity;
        // A rectangle covering the whole canvas in the item's own space.
        var path = new PathBuilder();
        var p0 = inv.Apply(new Vec2(-1, -1));
        var p1 = inv.Apply(new Vec2(w + 1, -1));
        var p2 = inv.Apply(new Vec2(w + 1, h + 1));
        var p3 = inv.Apply(new Vec2(-1, h + 1));
        path.MoveTo(p0).LineTo(p1).LineTo(p2).LineTo(p3).Close();
        sb.Fill(path.Build(), paint, transform: transform);
        return SceneRenderer.Render(sb.Build(), w, h);
    }

    private static void Near(Rgba8 expected, Rgba8 actual, int tol = 2)
    {
        Assert.InRange(actual.R, expected.R - tol, expected.R + tol);
        Assert.InRange(actual.G, expected.G - tol, expected.G + tol);
        Assert.InRange(actual.B, expected.B - tol, expected.B + tol);
        Assert.InRange(actual.A, expected.A - tol, expected.A + tol);
    }

    private static Rgba8 At(Pixmap p, int x, int y) => p.GetPixel(x, y).Unpremultiply();

    private static Rgba8 Lerp(Rgba8 a, Rgba8 b, double t) => new(
        (byte)Math.Round(a.R + ((b.R - a.R) * t)), (byte)Math.Round(a.G + ((b.G - a.G) * t)),
        (byte)Math.Round(a.B + ((b.B - a.B) * t)), (byte)Math.Round(a.A + ((b.A - a.A) * t)));

    [Fact]
    public void Linear_gradient_has_its_stop_colours_at_the_ends_and_the_mix_between()
    {
        var pm = Fill(new LinearGradient(new Vec2(0, 0), new Vec2(256, 0), [new(0, Red), new(1, Blue)]));
        Near(Red, At(pm, 0, 10));
        Near(Blue, At(pm, 255, 10));
        foreach (int x in new[] { 64, 127, 128, 200 })
        {
            Near(Lerp(Red, Blue, (x + 0.5) / 256), At(pm, x, 100));
        }
    }

    [Fact]
    public void Linear_gradient_interpolates_straight_colour_like_librsvg()
    {
        // rsvg-convert, red opaque → blue transparent over 256 px, unpremultiplied PNG: x=64 → (191,0,64,191),
        // x=127 → (128,0,128,128), x=192 → (65,0,194,63).
        // Compared premultiplied (un-premultiplying a low alpha amplifies rounding): within one level.
        var pm = Fill(new LinearGradient(new Vec2(0, 0), new Vec2(256, 0), [new(0, Red), new(1, Blue.WithAlpha(0))]));
        static Rgba8 P(Pixmap p, int x)
        {
            var c = p.GetPixel(x, 0);
            return new Rgba8(c.R, c.G, c.B, c.A);
        }

        static Rgba8 Q(Rgba8 c)
        {
            var p = c.Premultiply();
            return new Rgba8(p.R, p.G, p.B, p.A);
        }

        Near(Q(new Rgba8(191, 0, 64, 191)), P(pm, 64), 1);
        Near(Q(new Rgba8(128, 0, 128, 128)), P(pm, 127), 1);
        Near(Q(new Rgba8(65, 0, 194, 63)), P(pm, 192), 1);
        // Premultiplied interpolation would keep the hue red here; straight interpolation mixes in blue.
        Assert.True(pm.GetPixel(127, 0).B > 50);
    }

    [Fact]
    public void Linear_gradient_pads_beyond_its_ends()
    {
        var pm = Fill(new LinearGradient(new Vec2(64, 0), new Vec2(192, 0), [new(0, Red), new(1, Blue)]));
        Assert.Equal(Red, At(pm, 0, 5));
        Assert.Equal(Red, At(pm, 63, 5));
        Assert.Equal(Blue, At(pm, 192, 5));
        Assert.Equal(Blue, At(pm, 255, 5));
        Near(Lerp(Red, Blue, 64.5 / 128), At(pm, 128, 5));
    }

    [Fact]
    public void Gradient_lives_in_the_item_space_and_honours_its_own_transform()
    {
        // Item translated by 100: the gradient 0…100 of item space covers device 100…200.
        var pm = Fill(new LinearGradient(new Vec2(0, 0), new Vec2(100, 0), [new(0, Red), new(1, Blue)]), transform: Affine.Translate(100, 0));
        Assert.Equal(Red, At(pm, 99, 0));
        Near(Lerp(Red, Blue, 0.505), At(pm, 150, 0));
        Assert.Equal(Blue, At(pm, 200, 0));

        // Unit gradient scaled by gradientTransform to 256 px wide.
        var pm2 = Fill(new LinearGradient(new Vec2(0, 0), new Vec2(1, 0), [new(0, Red), new(1, Blue)], Affine.Scale(256, 1)));
        Near(Lerp(Red, Blue, 100.5 / 256), At(pm2, 100, 0));
    }

    [Fact]
    public void Radial_gradient_is_the_first_stop_at_the_centre_and_the_last_on_and_beyond_the_circle()
    {
        var pm = Fill(new RadialGradient(new Vec2(128, 128), 100, [new(0, Rgba8.Black), new(1, Rgba8.White)]));
        Near(Rgba8.Black, At(pm, 128, 128));
        Near(Rgba8.White, At(pm, 227, 128), 3);
        Assert.Equal(Rgba8.White, At(pm, 250, 128));
        Assert.Equal(Rgba8.White, At(pm, 0, 0));
        // Half way out from the centre: about 50 %.
        int v = At(pm, 78, 128).R;
        Assert.InRange(v, 125, 131);
    }

    [Fact]
    public void Radial_focal_point_follows_SVG_semantics()
    {
        // Focal point 50 right of the centre: t runs from 0 at the focal point to 1 on the circle along each ray.
        var pm = Fill(new RadialGradient(new Vec2(128, 128), 100, [new(0, Rgba8.Black), new(1, Rgba8.White)], new Vec2(178, 128)));
        Near(Rgba8.Black, At(pm, 178, 128), 3);
        Near(new Rgba8(128, 128, 128), At(pm, 203, 128), 3); // 25 of 50 towards the near edge
        Near(new Rgba8(128, 128, 128), At(pm, 103, 128), 3); // 75 of 150 towards the far edge
        Near(Rgba8.White, At(pm, 29, 128), 3);
    }

    [Fact]
    public void Radial_focal_point_outside_the_circle_is_moved_onto_it()
    {
        var pm = Fill(new RadialGradient(new Vec2(128, 128), 100, [new(0, Rgba8.Black), new(1, Rgba8.White)], new Vec2(600, 128)));
        Assert.True(At(pm, 227, 128).R < 12); // next to the clamped focal point
        Near(new Rgba8(128, 128, 128), At(pm, 128, 128), 4);
    }

    [Fact]
    public void Stops_are_clamped_and_made_monotonic()
    {
        // Offsets (1.5 → 1), (0.75), (0.25 → raised to 0.75): a hard edge at 0.75 from red to blue, then green.
        var g = new LinearGradient(new Vec2(0, 0), new Vec2(256, 0), [new(-0.5, Red), new(0.75, Red), new(0.25, Blue), new(1.5, new Rgba8(0, 255, 0))]);
        var pm = Fill(g);
        Assert.Equal(Red, At(pm, 190, 0));
        Near(Blue, At(pm, 192, 0), 3);
        Near(new Rgba8(0, 255, 0), At(pm, 255, 0), 3);
    }

    [Fact]
    public void No_stops_paint_nothing_and_one_stop_paints_solid()
    {
        var none = Fill(new LinearGradient(new Vec2(0, 0), new Vec2(256, 0), []), background: Rgba8.White);
        Assert.Equal(Rgba8.White, At(none, 100, 100));
        var one = Fill(new RadialGradient(new Vec2(0, 0), 10, [new(0.3, Blue)]));
        Assert.Equal(Blue, At(one, 100, 100));
        Assert.Equal(Blue, At(one, 0, 0));
    }

    [Fact]
    public void Item_opacity_multiplies_the_gradient()
    {
        var sb = new SceneBuilder(64, 64);
        sb.Fill(Shapes.Rectangle(0, 0, 64, 64), new LinearGradient(new Vec2(0, 0), new Vec2(64, 0), [new(0, Red), new(1, Red)]), opacity: 0.5);
        var pm = SceneRenderer.Render(sb.Build(), 64, 64);
        Assert.Equal(new PremulRgba8(128, 0, 0, 128), pm.GetPixel(30, 30));
    }
}
