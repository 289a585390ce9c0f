using Ornament.Generators.Felt;
using Ornament.Generators.Landscape;
using Ornament.Generators.Recipes;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Landscape;

/// <summary>What the pictures promise: tulips, a visible desert sun, textured photographic ground and clouds, the
/// frame the recipe describes (motifs, repeat, dense, band-bottom), no field remnants in a hybrid frame, and felt
/// brushwork when ornament.strokes asks for it.</summary>
public class PictureTests
{
    private static byte[] Straight(Scene s, int w, int h) => SceneRenderer.Render(s, w, h).ToStraightRgba();

    private static IEnumerable<(DrawItem Item, Affine Transform)> Draws(IEnumerable<SceneItem> items, Affine parent) =>
        SceneDraws.Draws(items, parent);

    private static IEnumerable<GroupItem> Groups(IEnumerable<SceneItem> items)
    {
        foreach (var it in items.OfType<GroupItem>())
        {
            yield return it;
            foreach (var g in Groups(it.Items))
            {
                yield return g;
            }
        }
    }

    private static int Contours(GroupItem g) => Draws(g.Items, Affine.Identity).Sum(d => d.Item.Path.Contours().Count);

    // Tulip red or tulip yellow, clearly (the steppe's own straw and olive greens are neither).
    private static bool TulipPixel(byte[] px, int i) =>
        (px[i] > 150 && px[i + 1] < 95 && px[i + 2] < 95) || (px[i] > 200 && px[i + 1] > 160 && px[i + 2] < 90);

    [Theory]
    [InlineData(RenderStyle.Painterly)]
    [InlineData(RenderStyle.Photographic)]
    [InlineData(RenderStyle.Watercolour)]
    public void Tulip_cups_bloom_in_the_steppe_foreground_in_every_style(RenderStyle style)
    {
        var o = new LandscapeOptions { Scene = SceneKind.Steppe, Style = style, Seed = SeedPath.FromText("tulip field"), Yurts = 0, Density = 0.5 };
        int Count(LandscapeOptions x)
        {
            var scene = LandscapeGenerator.Generate(x);
            var w = WorldBuilder.Build(x);
            const int W = 480, H = 270;
            var px = Straight(scene, W, H);
            int n = 0;
            for (int y = 0; y < H; y++)
            {
                for (int xx = 0; xx < W; xx++)
                {
                    // Only the foreground layer counts (below the nearest silhouette).
                    double ux = (xx + 0.5) * w.W / W, uy = (y + 0.5) * w.H / H;
                    if (uy > w.Layers[^1].TopAt(ux) && TulipPixel(px, ((y * W) + xx) * 4))
                    {
                        n++;
                    }
                }
            }

            return n;
        }

        int with = Count(o with { Tulips = true }), without = Count(o with { Tulips = false });
        Assert.True(with > 150, $"{with} tulip pixels in the foreground");
        Assert.True(with > 3 * (without + 10), $"{with} tulip pixels with tulips, {without} without");
        Assert.Contains(Groups(LandscapeGenerator.Generate(o).Items), g => g.Name == "tulips");
        Assert.DoesNotContain(Groups(LandscapeGenerator.Generate(o with { Tulips = false }).Items), g => g.Name == "tulips");
    }

    [Fact]
    public void Desert_sun_clears_the_land_and_is_the_brightest_spot()
    {
        for (int k = 0; k < 12; k++)
        {
            var o = new LandscapeOptions { Scene = SceneKind.Desert, Style = RenderStyle.Photographic, Seed = SeedPath.FromText("dunes " + k), Yurts = 1 };
            var w = WorldBuilder.Build(o);
            var (sx, sy, r) = w.Sun!.Value;
            for (int i = -10; i <= 10; i++)
            {
                double x = sx + (r * i / 10);
                Assert.True(sy + r <= w.LandTop(x) + 1e-9, $"seed {k}: the sun disc dips behind the land at x = {x:F1}");
            }

            // In pixels: the sun's centre is as bright as anything in the picture (not hidden behind rock or dune).
            const int W = 320, H = 180;
            var px = Straight(LandscapeGenerator.Generate(o), W, H);
            static double Luma(byte[] p, int i) => (0.2126 * p[i]) + (0.7152 * p[i + 1]) + (0.0722 * p[i + 2]);
            double max = 0;
            int at = 0;
            for (int i = 0; i < px.Length; i += 4)
            {
                if (Luma(px, i) > max)
                {
                    max = Luma(px, i);
                    at = i / 4;
                }
            }

            // The focal point: the brightest pixel lies on the sun (disc or the heart of its glow), and the disc's centre
            // shows (it is not hidden behind rock or dune).
            int cx = (int)(sx / w.W * W), cy = (int)(sy / w.H * H);
            double sun = Luma(px, ((cy * W) + cx) * 4), pr = 2 * r / w.H * H;
            double dist = Math.Sqrt(Math.Pow((at % W) - cx, 2) + Math.Pow((at / W) - cy, 2));
            Assert.True(dist <= pr, $"seed {k}: the brightest pixel ({at % W}, {at / W}) lies {dist:F1} px from the sun ({cx}, {cy})");
            Assert.True(sun >= 0.9 * max, $"seed {k}: the sun centre ({cx}, {cy}) has luma {sun:F0}, the brightest pixel {max:F0}");
        }
    }

    [Theory]
    [InlineData(SceneKind.Steppe)]
    [InlineData(SceneKind.Night)]
    public void Photographic_ground_is_textured_not_a_plain_ramp(SceneKind kind)
    {
        var o = new LandscapeOptions { Scene = kind, Style = RenderStyle.Photographic, Seed = SeedPath.FromText("ground"), Yurts = 0, Tulips = false };
        const int W = 400, H = 225;
        var px = Straight(LandscapeGenerator.Generate(o), W, H);
        // Mean absolute deviation of each row from its own mean, over the bottom third: a ramp has none.
        double dev = 0;
        int rows = 0;
        for (int y = H * 2 / 3; y < H; y++)
        {
            double mean = 0;
            for (int x = 0; x < W; x++)
            {
                mean += px[((y * W) + x) * 4 + 1];
            }

            mean /= W;
            double d = 0;
            for (int x = 0; x < W; x++)
            {
                d += Math.Abs(px[((y * W) + x) * 4 + 1] - mean);
            }

            dev += d / W;
            rows++;
        }

        Assert.True(dev / rows > 2.5, $"row deviation {dev / rows:F2}: the ground is a plain ramp");
    }

    [Theory]
    [InlineData(TimeOfDay.Dawn, "clouds")]
    [InlineData(TimeOfDay.Day, "clouds")]
    [InlineData(TimeOfDay.Golden, "clouds")]
    public void Photographic_skies_carry_cloud_banks(TimeOfDay time, string group)
    {
        var o = new LandscapeOptions { Scene = SceneKind.Steppe, Time = time, Style = RenderStyle.Photographic, Seed = SeedPath.FromText("sky " + time) };
        var clouds = Groups(LandscapeGenerator.Generate(o).Items).Single(g => g.Name == group);
        Assert.True(Contours(clouds) > 20, $"{Contours(clouds)} cloud puffs");
    }

    private static Recipe Banded(params string[] extra) =>
        RecipeBuilder.FromText("feather grass and tulips at dawn", overrides: ["mode=landscape", "landscape.scene=steppe", "frame.kind=band-bottom", "width=480", "height=270", "landscape.density=0.5", .. extra]);

    [Fact]
    public void Band_bottom_draws_a_felt_band_under_the_landscape()
    {
        var recipe = Banded();
        var scene = RecipeScene.Build(recipe);
        Assert.Equal(["landscape", "band-bottom"], scene.Items.OfType<GroupItem>().Select(g => g.Name!));
        const int W = 480, H = 270;
        var px = Straight(scene, W, H);
        var madder = FeltPalettes.Resolve("felt-traditional")["figure"];
        int bandTop = (int)Math.Ceiling(H * (1 - FrameBand.HeightFraction)) + 1;
        int felt = 0, total = 0, above = 0;
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                int i = ((y * W) + x) * 4;
                bool isMadder = Math.Abs(px[i] - madder.R) <= 2 && Math.Abs(px[i + 1] - madder.G) <= 2 && Math.Abs(px[i + 2] - madder.B) <= 2;
                if (y >= bandTop)
                {
                    total++;
                    felt += isMadder ? 1 : 0;
                }
                else if (y < bandTop - 3)
                {
                    above += isMadder ? 1 : 0;
                }
            }
        }

        Assert.True(felt > total / 3, $"{felt} of {total} band pixels are madder felt");
        Assert.True(above < W, $"{above} madder pixels in the painting above the band");
        // The painting keeps its horizon: the landscape group is scaled into the top of the picture only.
        var land = scene.Items.OfType<GroupItem>().First();
        // (A landscape scene is 1000 user units high.)
        Assert.Equal(1 - FrameBand.HeightFraction, land.Transform!.Value.Apply(new Vec2(0, 1000)).Y / scene.Height, 6);
    }

    [Fact]
    public void Frame_repeat_and_dense_set_the_motif_count_along_the_band()
    {
        int Motifs(Recipe r) => Contours(RecipeScene.Build(r).Items.OfType<GroupItem>().Single(g => g.Name == "band-bottom"));
        int plain = Motifs(Banded("frame.repeat=7"));
        int dense = Motifs(Banded("frame.repeat=7", "frame.dense=true"));
        int more = Motifs(Banded("frame.repeat=13"));
        Assert.True(dense > plain, $"dense {dense} vs {plain} contours");
        Assert.True(more > plain, $"repeat 13 {more} vs repeat 7 {plain} contours");
        Assert.Equal(7, FrameBand.Repeats(new FrameRecipe { Repeat = 7 }));
        Assert.Equal(11, FrameBand.Repeats(new FrameRecipe { Repeat = 7, Dense = true }));
    }

    private static Recipe Hybrid(params string[] extra) =>
        RecipeBuilder.FromStory("bakhyt-naoko", overrides: ["width=480", "height=320", "landscape.density=0.5", .. extra]);

    private static GroupItem Frame(Scene s) => s.Items.OfType<GroupItem>().Single(g => g.Name == "frame");

    [Fact]
    public void Hybrid_frame_shows_the_recipe_motifs_repeat_and_density()
    {
        var r = Hybrid("frame.dense=false");
        Assert.Equal("tuskiiz3", r.Frame.Kind);
        int plain = Draws(Frame(RecipeScene.Build(r)).Items, Affine.Identity).Count();
        int dense = Draws(Frame(RecipeScene.Build(r with { Frame = r.Frame with { Dense = true } })).Items, Affine.Identity).Count();
        Assert.True(dense > plain, $"dense frame {dense} draws vs {plain}");

        // The motifs named by the recipe are the ones on the frame: other motifs give another frame, unknown ones fail.
        var a = Straight(RecipeScene.Build(r with { Frame = r.Frame with { Motifs = ["tumar"] } }), 240, 160);
        var b = Straight(RecipeScene.Build(r with { Frame = r.Frame with { Motifs = ["koshkar_muiz"] } }), 240, 160);
        Assert.NotEqual(a, b);
        Assert.Throws<ArgumentException>(() => RecipeScene.Build(r with { Frame = r.Frame with { Motifs = ["no_such_motif"] } }));
    }

    [Theory]
    [InlineData(FeltTechnique.TusKiiz)]
    [InlineData(FeltTechnique.Syrmak)]
    public void Frame_keeps_nothing_of_the_field_layout(FeltTechnique technique)
    {
        for (int k = 0; k < 4; k++)
        {
            var frame = FeltCarpetGenerator.GenerateFrame(new FeltOptions(technique, SeedPath.FromText("frame " + k), Aspect: 1.5, Texture: false), out var field);
            foreach (var (d, t) in Draws(frame.Items, Affine.Identity))
            {
                foreach (var contour in d.Path.Contours())
                {
                    // Only the felt base pieces (and the field's own outline) may span the field; nothing else reaches into it.
                    var b = contour.ControlBounds.Transform(t);
                    bool coversField = b.Left <= field.Left + 0.01 && b.Right >= field.Right - 0.01 && b.Top <= field.Top + 0.01 && b.Bottom >= field.Bottom - 0.01;
                    // (A corner motif may overlap the field's edge by a hair; the hybrid's opening trims those.)
                    var inner = field.Inflate(-0.025 * Math.Min(field.Width, field.Height));
                    bool entersField = b.Right > inner.Left && b.Left < inner.Right && b.Bottom > inner.Top && b.Top < inner.Bottom;
                    Assert.False(!coversField && entersField, $"seed {k}: a contour {b} of the field layout (cell, stitch or piece) remains in the frame");
                }
            }
        }
    }

    [Fact]
    public void Ornament_strokes_paint_brushwork_over_the_felt()
    {
        var r = RecipeBuilder.FromText("syrmak: a quilted felt carpet with ram's horns", overrides: ["mode=ornament", "width=400", "height=600"]);
        var none = RecipeScene.Build(r with { Ornament = r.Ornament with { Strokes = "none" } });
        var light = RecipeScene.Build(r with { Ornament = r.Ornament with { Strokes = "impressionist" } });
        var bold = RecipeScene.Build(r with { Ornament = r.Ornament with { Strokes = "expressionist" } });
        Assert.DoesNotContain(Groups(none.Items), g => g.Name == "brushwork");
        var lb = Groups(light.Items).Single(g => g.Name == "brushwork");
        var bb = Groups(bold.Items).Single(g => g.Name == "brushwork");
        Assert.True(Contours(lb) > 500, $"{Contours(lb)} impressionist strokes");
        Assert.True(bb.Opacity > lb.Opacity);
        // The felt underneath is unchanged, the strokes lie over it, the cords are sewn on again over the strokes,
        // and the result is deterministic.
        Assert.Equal(none.Items.Count + 2, light.Items.Count);
        Assert.Equal("cord-over", Assert.IsType<GroupItem>(light.Items[^1]).Name);
        Assert.Equal(Straight(light, 200, 300), Straight(RecipeScene.Build(r with { Ornament = r.Ornament with { Strokes = "impressionist" } }), 200, 300));
        Assert.NotEqual(Straight(none, 200, 300), Straight(light, 200, 300));
        // Stroke sizes are fractions of the carpet: the same strokes at every output size.
        Assert.Equal(Contours(lb), Contours(Groups(RecipeScene.Build(r with { Width = 800, Height = 1200, Ornament = r.Ornament with { Strokes = "impressionist" } }).Items).Single(g => g.Name == "brushwork")));
    }
}
