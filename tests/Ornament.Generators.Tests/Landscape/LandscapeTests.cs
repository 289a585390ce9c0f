using Ornament.Generators;
using Ornament.Generators.Landscape;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Landscape;

public class LandscapeTests
{
    private static LandscapeOptions Opts(SceneKind kind, RenderStyle style = RenderStyle.Painterly) => new()
    {
        Scene = kind, Style = style, Seed = SeedPath.FromText("test " + kind), Yurts = 1, Riders = true, Gradients = false,
    };

    private static byte[] Straight(Scene s, int w, int h) => SceneRenderer.Render(s, w, h).ToStraightRgba();

    private static int CountStrokeContours(IReadOnlyList<SceneItem> items)
    {
        int n = 0;
        foreach (var it in items)
        {
            if (it is GroupItem g)
            {
                n += CountStrokeContours(g.Items);
            }
            else if (it is DrawItem d)
            {
                foreach (var v in d.Path.Verbs)
                {
                    if (v == Ornament.Geometry.PathVerb.MoveTo)
                    {
                        n++;
                    }
                }
            }
        }

        return n;
    }

    [Fact]
    public void Same_options_give_identical_bytes()
    {
        var o = Opts(SceneKind.Desert);
        var a = Straight(LandscapeGenerator.Generate(o), 320, 180);
        var b = Straight(LandscapeGenerator.Generate(o), 320, 180);
        Assert.Equal(a, b);
        var c = Straight(LandscapeGenerator.Generate(o with { Seed = SeedPath.FromText("other") }), 320, 180);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Picture_does_not_depend_on_output_size()
    {
        var scene = LandscapeGenerator.Generate(Opts(SceneKind.Mountains));
        // 4000 px against 1000 px (each big pixel block of 4 × 4 averaged).
        var small = Straight(scene, 1000, 563);
        var big = Straight(scene, 4000, 2252);
        double sum = 0;
        int n = 0;
        for (int y = 0; y < 563; y++)
        {
            for (int x = 0; x < 1000; x++)
            {
                for (int ch = 0; ch < 3; ch++)
                {
                    int acc = 0;
                    for (int dy = 0; dy < 4; dy++)
                    {
                        for (int dx = 0; dx < 4; dx++)
                        {
                            acc += big[((((y * 4) + dy) * 4000) + (x * 4) + dx) * 4 + ch];
                        }
                    }

                    sum += Math.Abs((acc / 16.0) - small[(((y * 1000) + x) * 4) + ch]);
                    n++;
                }
            }
        }

        // Tolerance: mean absolute difference ≤ 3/255 per channel (anti-aliasing of ~10⁴ stroke edges differs between
        // a box-filtered 4× render and a direct one; a different stroke set would differ by tens).
        Assert.True(sum / n <= 3.0, $"mean abs diff {sum / n:F2}/255");
        // The stroke set is fixed by the design, not by pixels: one scene serves both sizes, and regenerating it is equal.
        Assert.Equal(CountStrokeContours(scene.Items), CountStrokeContours(LandscapeGenerator.Generate(Opts(SceneKind.Mountains)).Items));
    }

    [Theory]
    [InlineData(SceneKind.Steppe)]
    [InlineData(SceneKind.Mountains)]
    [InlineData(SceneKind.Desert)]
    [InlineData(SceneKind.Night)]
    public void Painterly_strokes_cover_every_pixel(SceneKind kind)
    {
        var scene = LandscapeGenerator.Generate(Opts(kind));
        Assert.Null(scene.Background);
        var magenta = new Rgba8(255, 0, 255);
        var over = new Scene(scene.Width, scene.Height, scene.Items, magenta);
        var px = SceneRenderer.Render(over, 480, 270);
        var bare = SceneRenderer.Render(scene, 480, 270);
        Assert.True(bare.IsOpaque, "some pixel is not fully painted");
        var s = px.ToStraightRgba();
        for (int i = 0; i < s.Length; i += 4)
        {
            Assert.False(s[i] == 255 && s[i + 1] == 0 && s[i + 2] == 255, $"magenta shows at pixel {i / 4}");
        }
    }

    [Fact]
    public void Layers_are_grouped_back_to_front_within_every_brush_pass()
    {
        var scene = LandscapeGenerator.Generate(Opts(SceneKind.Mountains), out var design);
        var order = design.Layers.Select(l => l.Name).ToList();
        Assert.Equal(["sky", "far", "mid", "hills", "plain"], order);
        var passes = scene.Items.OfType<GroupItem>().Where(g => g.Name!.StartsWith("brush-", StringComparison.Ordinal)).ToList();
        Assert.Equal(design.BrushRadii.Count, passes.Count);
        foreach (var pass in passes)
        {
            var names = pass.Items.OfType<GroupItem>().Select(g => g.Name!).Where(order.Contains).ToList();
            var idx = names.Select(n => order.IndexOf(n)).ToList();
            Assert.Equal(idx.OrderBy(i => i), idx);
        }

        // Props, then the foreground grass, then the tulips in front of it (§5.1: "foreground grass/tulips").
        Assert.Equal(["props", "foreground", "tulips"], scene.Items.OfType<GroupItem>().Skip(passes.Count).Select(g => g.Name!));
        for (int i = 2; i < design.Layers.Count; i++)
        {
            Assert.True(design.Layers[i].Depth < design.Layers[i - 1].Depth);
            Assert.True(design.Layers[i].Haze < design.Layers[i - 1].Haze);
        }
    }

    [Theory]
    [InlineData(SceneKind.Steppe, 0.20, 0.30)]
    [InlineData(SceneKind.Mountains, 0.30, 0.40)]
    [InlineData(SceneKind.Desert, 0.45, 0.55)]
    [InlineData(SceneKind.Night, 0.15, 0.25)]
    public void Horizon_lies_where_the_design_puts_it(SceneKind kind, double lo, double hi)
    {
        var design = LandscapeGenerator.Design(Opts(kind));
        Assert.InRange(design.Horizon, lo, hi);
        Assert.Equal(design.Height * (1 - design.Horizon), design.HorizonY, 6);
        var forced = LandscapeGenerator.Design(Opts(kind) with { Horizon = 0.33 });
        Assert.Equal(0.33, forced.Horizon);
    }

    [Fact]
    public void Sky_above_the_horizon_and_land_below_differ_as_expected()
    {
        // Day mountains: the sky is blue (B > R) well above the peaks; the meadow below the horizon is green (G > B).
        var o = Opts(SceneKind.Mountains) with { Time = TimeOfDay.Day, Yurts = 0, Riders = false };
        var scene = LandscapeGenerator.Generate(o, out var design);
        var px = SceneRenderer.Render(scene, 400, 225).ToStraightRgba();
        (double R, double G, double B) Mean(int y0, int y1)
        {
            double r = 0, g = 0, b = 0;
            int n = 0;
            for (int y = y0; y < y1; y++)
            {
                for (int x = 0; x < 400; x++)
                {
                    int i = ((y * 400) + x) * 4;
                    r += px[i];
                    g += px[i + 1];
                    b += px[i + 2];
                    n++;
                }
            }

            return (r / n, g / n, b / n);
        }

        int hy = (int)(design.HorizonY / design.Height * 225);
        var sky = Mean(0, 12);
        var land = Mean(Math.Min(224, hy + 40), 225);
        Assert.True(sky.B > sky.R + 30, $"sky {sky}");
        Assert.True(land.G > land.B + 30, $"land {land}");
    }

    [Fact]
    public void Painterly_svg_at_density_10_has_150k_strokes_in_under_200k_elements()
    {
        var scene = LandscapeGenerator.Generate(Opts(SceneKind.Mountains) with { Density = 10, Riders = false }, out var design);
        Assert.True(design.Strokes >= 150_000, $"{design.Strokes} strokes");
        int contours = CountStrokeContours(scene.Items);
        Assert.True(contours >= design.Strokes, $"{contours} contours for {design.Strokes} strokes");
        var svg = Ornament.Encode.SvgWriter.Write(scene, new Ornament.Encode.SvgWriteOptions { Width = 3840, Height = 2160 });
        int elements = 0;
        for (int i = svg.IndexOf('<', StringComparison.Ordinal); i >= 0; i = svg.IndexOf('<', i + 1))
        {
            if (i + 1 < svg.Length && char.IsAsciiLetter(svg[i + 1]))
            {
                elements++;
            }
        }

        Assert.True(elements < 200_000, $"{elements} SVG elements");
        // Strokes share a path only where their bounds do not overlap (StrokeBuckets), so about three share one.
        Assert.True(contours > 2.5 * elements, $"{contours} contours in {elements} elements: strokes are not merged");
    }

    [Fact]
    public void Painterly_svg_matches_our_render_under_rsvg()
    {
        // Brush scenes stack many anti-aliased edges of abutting and overlapping strokes; RESULTS.md measures peer
        // renderers (Skia, resvg, cairo) apart by mean 0.66–1.04/255 and 0.2–1.4 % of pixels > 8 on such scenes.
        // Ours against rsvg must stay inside those peer-normal figures.
        var scene = LandscapeGenerator.Generate(Opts(SceneKind.Steppe) with { Riders = false });
        var diff = Ornament.Testing.ImageDiff.SceneVersusRsvg(scene, 320, 180);
        Assert.True(diff.MeanAbs <= 1.04 && diff.PercentOver8 <= 1.4, diff.ToString());
    }

    [Fact]
    public void Other_styles_and_times_build()
    {
        foreach (var style in new[] { RenderStyle.Photographic, RenderStyle.Watercolour })
        {
            foreach (var time in Enum.GetValues<TimeOfDay>())
            {
                var scene = LandscapeGenerator.Generate(Opts(SceneKind.Steppe, style) with { Time = time });
                Assert.True(SceneRenderer.Render(scene, 160, 90).IsOpaque);
            }
        }

        var night = LandscapeGenerator.Design(Opts(SceneKind.Night));
        Assert.True(night.Stars > 100);
        Assert.NotNull(night.SunOrMoon);
    }
}
