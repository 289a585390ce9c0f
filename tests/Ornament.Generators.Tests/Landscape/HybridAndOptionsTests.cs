using Ornament.Generators.Felt;
using Ornament.Generators.Landscape;
using Ornament.Generators.Recipes;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Landscape;

public class HybridAndOptionsTests
{
    // The field the hybrid builder frames: the same frame options RecipeScene uses.
    private static Rect FieldOf(Recipe r)
    {
        double aspect = (double)r.Width / r.Height;
        var technique = r.Frame.Kind == "tuskiiz3" ? FeltTechnique.TusKiiz : FeltTechnique.Syrmak;
        FeltCarpetGenerator.GenerateFrame(new FeltOptions(technique, r.Seeds["layout"], Aspect: Math.Clamp(Math.Max(aspect, 1 / aspect), 1, 2.2), Texture: false), out var field);
        return field;
    }

    private static IEnumerable<(DrawItem Item, Affine Transform)> Draws(IEnumerable<SceneItem> items, Affine parent) =>
        SceneDraws.Draws(items, parent);

    private static Recipe Hybrid(string kind) =>
        RecipeBuilder.FromStory("bakhyt-naoko", overrides: [$"frame.kind={kind}", "width=480", "height=320", "landscape.density=0.5"]);

    [Theory]
    [InlineData("tuskiiz3")]
    [InlineData("border")]
    public void Hybrid_frame_lies_in_the_band_over_the_painting_and_leaves_the_opening_to_it(string kind)
    {
        var recipe = Hybrid(kind);
        Assert.Equal("hybrid", recipe.Mode);
        var scene = RecipeScene.Build(recipe);
        var field = FieldOf(recipe);
        var top = scene.Items.OfType<GroupItem>().ToList();
        // Drawn order: the painting first, then the frame over it.
        Assert.Equal(["landscape", "frame"], top.Select(g => g.Name!));
        var frame = top[1];

        // 1. Every frame path lies in the frame band: no contour (stroke width included) enters the field, except the
        //    felt base pieces, which are even-odd rings whose hole is exactly the field.
        // Clear of the field by 0.5 % of its size (pieces touching the seam poke over the painting's edge line).
        var inner = field.Inflate(0.005 * Math.Min(field.Width, field.Height));
        foreach (var (d, t) in Draws(frame.Items, Affine.Identity))
        {
            double grow = (d.Stroke?.Width ?? 0) / 2 * t.MaxScale;
            foreach (var contour in d.Path.Contours())
            {
                var b = contour.ControlBounds.Transform(t).Inflate(grow);
                bool entersField = b.Right > inner.Left && b.Left < inner.Right && b.Bottom > inner.Top && b.Top < inner.Bottom;
                if (!entersField)
                {
                    continue;
                }

                // Allowed only as the hole of an even-odd ring: a contour that contains the field and is paired with one
                // that equals it.
                Assert.Equal(Ornament.Raster.FillRule.EvenOdd, d.FillRule);
                Assert.True(b.Left <= field.Left + 0.01 && b.Right >= field.Right - 0.01 && b.Top <= field.Top + 0.01 && b.Bottom >= field.Bottom - 0.01,
                    $"a frame contour {b} pokes into the field {field} or touches its edge");
            }
        }

        // 2 and 3, in pixels: inside the opening the picture is the painting alone; over the band it is the frame alone
        // (the frame covers the painting's overshooting strokes).
        int w = 480, h = (int)Math.Round(480 * scene.Height / scene.Width);
        var all = SceneRenderer.Render(scene, w, h).ToStraightRgba();
        var paintingOnly = SceneRenderer.Render(new Scene(scene.Width, scene.Height, [top[0]], scene.Background), w, h).ToStraightRgba();
        var frameOnly = SceneRenderer.Render(new Scene(scene.Width, scene.Height, [frame], scene.Background), w, h).ToStraightRgba();
        double sx = w / scene.Width, sy = h / scene.Height;
        double inDiff = 0, bandDiff = 0, inVsBg = 0;
        int inN = 0, bandN = 0;
        for (int y = 0; y < h; y++)
        {
            for (int x = 0; x < w; x++)
            {
                double ux = (x + 0.5) / sx, uy = (y + 0.5) / sy;
                int i = ((y * w) + x) * 4;
                bool inside = ux > field.Left + (2 / sx) && ux < field.Right - (2 / sx) && uy > field.Top + (2 / sy) && uy < field.Bottom - (2 / sy);
                bool band = ux < field.Left - (2 / sx) || ux > field.Right + (2 / sx) || uy < field.Top - (2 / sy) || uy > field.Bottom + (2 / sy);
                for (int c = 0; c < 3; c++)
                {
                    if (inside)
                    {
                        inDiff += Math.Abs(all[i + c] - paintingOnly[i + c]);
                        inVsBg += Math.Abs(all[i + c] - frameOnly[i + c]);
                    }
                    else if (band)
                    {
                        bandDiff += Math.Abs(all[i + c] - frameOnly[i + c]);
                    }
                }

                inN += inside ? 3 : 0;
                bandN += band ? 3 : 0;
            }
        }

        Assert.True(inN > 0 && bandN > 0);
        Assert.True(inDiff / inN < 0.5, $"inside the opening the frame changes the painting by {inDiff / inN:F2}/255");
        Assert.True(inVsBg / inN > 10, "the painting is not visible in the opening");
        Assert.True(bandDiff / bandN < 0.5, $"over the frame band the painting shows through by {bandDiff / bandN:F2}/255");
    }

    private static LandscapeOptions Night => new() { Scene = SceneKind.Night, Seed = SeedPath.FromText("options"), Style = RenderStyle.Photographic };

    [Fact]
    public void Stars_moon_and_tulips_follow_the_options_and_the_recipe_keys()
    {
        Assert.Equal(0, LandscapeGenerator.Design(Night with { Stars = 0 }).Stars);
        Assert.Equal(300, LandscapeGenerator.Design(Night with { Stars = 300 }).Stars);
        Assert.Equal(1200, LandscapeGenerator.Design(Night with { Stars = 1200 }).Stars);
        Assert.NotNull(LandscapeGenerator.Design(Night).SunOrMoon);
        Assert.Null(LandscapeGenerator.Design(Night with { Moon = false }).SunOrMoon);

        // Tulips: strongly red samples of the foreground colour function appear only when asked for.
        static int RedSamples(LandscapeOptions o)
        {
            var w = WorldBuilder.Build(o);
            var near = w.Layers[^1];
            int red = 0;
            for (int j = 0; j < 60; j++)
            {
                for (int i = 0; i < 200; i++)
                {
                    double x = (i + 0.5) * w.W / 200, y = near.TopAt(x) + ((j + 0.5) * (w.H - near.TopAt(x)) / 60);
                    var c = near.Color(x, y);
                    red += c.A > 0.09 && c.A > Math.Abs(c.B) ? 1 : 0;
                }
            }

            return red;
        }

        var steppe = new LandscapeOptions { Scene = SceneKind.Steppe, Seed = SeedPath.FromText("tulips") };
        Assert.True(RedSamples(steppe with { Tulips = true }) > 20);
        Assert.Equal(0, RedSamples(steppe with { Tulips = false }));

        // Through a recipe: the keys reach the generator.
        var r = RecipeBuilder.FromText("a starry night over the desert", overrides: ["landscape.scene=night", "landscape.style=photographic", "width=320", "height=180"]);
        Assert.Equal("night", r.Landscape.Time);
        int stars(Recipe x) => Stars(RecipeScene.Build(x));
        int many = stars(r with { Landscape = r.Landscape with { Stars = 1500 } });
        int none = stars(r with { Landscape = r.Landscape with { Stars = 0 } });
        Assert.Equal(0, none);
        Assert.True(many > 1000, $"{many} star discs");
        Assert.True(HasCrescent(RecipeScene.Build(r with { Landscape = r.Landscape with { Moon = true } })));
        Assert.False(HasCrescent(RecipeScene.Build(r with { Landscape = r.Landscape with { Moon = false } })));
    }

    // Star discs drawn (contours in the "stars" group).
    private static int Stars(Scene s)
    {
        int n = 0;
        foreach (var g in Groups(s.Items).Where(g => g.Name == "stars"))
        {
            foreach (var (d, _) in Draws(g.Items, Affine.Identity))
            {
                n += d.Path.Contours().Count;
            }
        }

        return n;
    }

    // The crescent is the one sky fill in the moon's colour #E9E4D0.
    private static bool HasCrescent(Scene s) =>
        Draws(s.Items, Affine.Identity).Any(d => d.Item.Paint is SolidPaint { Color: var c } && c.R == 0xE9 && c.G == 0xE4 && c.B == 0xD0 && c.A == 255);

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

    [Fact]
    public void Stroke_count_is_set_by_density_not_by_pixels()
    {
        var o = new LandscapeOptions { Scene = SceneKind.Mountains, Seed = SeedPath.FromText("density") };
        LandscapeGenerator.Generate(o with { Density = 1 }, out var one);
        LandscapeGenerator.Generate(o with { Density = 2 }, out var two);
        LandscapeGenerator.Generate(o with { Density = 1 }, out var again);
        Assert.Equal(one.Strokes, again.Strokes);
        double ratio = (double)two.Strokes / one.Strokes;
        Assert.InRange(ratio, 1.5, 2.6);
        // Brush radii are fractions of the width: the design has no pixel size in it at all.
        Assert.All(one.BrushRadii, r => Assert.InRange(r, 1.0 / 400, 1.0 / 10));
    }
}
