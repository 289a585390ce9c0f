using Ornament.Geometry;
using Ornament.Generators.Landscape;
using Ornament.Generators.Noise;
using Ornament.Generators.Recipes;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Landscape;

/// <summary>The pictures judged as paintings, one measurable defect each: slip faces that read as shadowed sand, not
/// mud; clouds lit on top and shaded at the base, their cores one mass; a fresh spring meadow in the watercolour
/// steppe; no vertical column streaks on the photographic ranges; felt cords left crisp by the brushwork; a
/// photographic dune field, not a flat ramp of sand, and glazed slip faces in the watercolour one.</summary>
public class PaintingQualityTests
{
    private static byte[] Straight(Scene s, int w, int h) => SceneRenderer.Render(s, w, h).ToStraightRgba();

    private static Oklab At(byte[] px, int w, int x, int y)
    {
        int i = ((y * w) + x) * 4;
        return Oklab.FromSrgb(new Rgba8(px[i], px[i + 1], px[i + 2], 255));
    }

    private static double Luma(byte[] px, int w, int x, int y)
    {
        int i = ((y * w) + x) * 4;
        return (0.2126 * px[i]) + (0.7152 * px[i + 1]) + (0.0722 * px[i + 2]);
    }

    /// <summary>The scene without its groups of the given name (anywhere in the tree).</summary>
    private static Scene Without(Scene s, string group)
    {
        static IReadOnlyList<SceneItem> Strip(IReadOnlyList<SceneItem> items, string name) =>
            items.Where(i => i is not GroupItem g || g.Name != name)
                .Select(i => i is GroupItem g ? g with { Items = Strip(g.Items, name) } : i).ToList();
        return new Scene(s.Width, s.Height, Strip(s.Items, group), s.Background, s.Metadata);
    }

    [Fact]
    public void Desert_slip_faces_read_as_cool_shadowed_sand_not_mud()
    {
        var o = new LandscapeOptions { Scene = SceneKind.Desert, Style = RenderStyle.Painterly, Seed = SeedPath.FromText("Altyn-Emel dunes at sunset"), Yurts = 0, Density = 0.5 };
        var w = WorldBuilder.Build(o);
        const int W = 480, H = 270;
        var px = Straight(LandscapeGenerator.Generate(o), W, H);
        // The foreground dunes' pixels, darkest first; the shadowed faces' cores are the darkest tenth (the saxaul's
        // few silhouette pixels, darker still, are left out as the darkest 2 %).
        var near = new List<Oklab>();
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                if ((y + 0.5) * w.H / H > w.Layers[^1].TopAt((x + 0.5) * w.W / W) + (0.02 * w.H))
                {
                    near.Add(At(px, W, x, y));
                }
            }
        }

        var sorted = near.OrderBy(c => c.L).ToList();
        var shadow = sorted.Skip(sorted.Count / 50).Take(sorted.Count / 12).ToList();
        double l = shadow.Average(c => c.L), a = shadow.Average(c => c.A), b = shadow.Average(c => c.B);
        double litL = sorted.Skip(sorted.Count / 2).Average(c => c.L);
        // Shadowed sand stays light enough to read as sand (value well above mud, which was L ≈ 0.3) and leans cool:
        // its yellow (b) well below its red (a), toward violet, where the old rust-brown shadow was warm (b ≈ 0.8 a).
        Assert.True(l > 0.45, $"slip-face L {l:F3} (lit sand {litL:F3}): too dark, reads as mud");
        Assert.True(b < 0.65 * a, $"slip-face a {a:F3}, b {b:F3}: warm brown, not a cool violet shadow");
        // …and it is still a shadow: clearly darker than the lit sand.
        Assert.True(litL - l > 0.08, $"slip-face L {l:F3} against lit sand {litL:F3}: no shadow");
    }

    [Fact]
    public void Photographic_desert_foreground_is_a_dune_field_not_a_flat_ramp()
    {
        var (rowSpread, fine, shadeL, litL, shadeWarm, litWarm, figures) = DuneField(RenderStyle.Photographic);
        // Thresholds sit between the dune field (spread 6.2, detail 1.5, shade 0.13 darker at 0.68 of the lit b/a) and
        // the single ramp it replaced (0.3, 0.22, 0.04 darker, 0.84 of the lit b/a).
        Assert.True(rowSpread > 3, "crests do not repeat along the rows: " + figures);
        Assert.True(fine > 0.8, "no ripple-scale detail on the slopes: " + figures);
        Assert.True(litL - shadeL > 0.08, "no shadowed slip faces: " + figures);
        Assert.True(shadeWarm < 0.8 * litWarm, "the shade is not cooler than the lit sand: " + figures);
    }

    [Fact]
    public void Watercolour_desert_foreground_has_crests_and_glazed_slip_faces()
    {
        var (rowSpread, _, shadeL, litL, shadeWarm, litWarm, figures) = DuneField(RenderStyle.Watercolour);
        // A watercolour has no ripples (the paper's grain is its fine detail). Measured: the glazed field has spread
        // 7.9, shade 0.087 darker at 0.69 of the lit b/a; the plain washes it replaced 6.8, 0.058 darker at 0.84 (their
        // granulation already varies the rows, so the spread only guards against a flat field, 0.3 for a ramp).
        Assert.True(rowSpread > 5, "crests do not repeat along the rows: " + figures);
        Assert.True(litL - shadeL > 0.072, "no glazed slip faces: " + figures);
        Assert.True(shadeWarm < 0.77 * litWarm, "the shade is not cooler than the lit sand: " + figures);
    }

    private static (double RowSpread, double Fine, double ShadeL, double LitL, double ShadeWarm, double LitWarm, string Figures) DuneField(RenderStyle style)
    {
        var o = new LandscapeOptions { Scene = SceneKind.Desert, Style = style, Seed = SeedPath.FromText("Altyn-Emel dunes at sunset"), Yurts = 0 };
        var w = WorldBuilder.Build(o);
        const int W = 640, H = 360;
        var px = Straight(Without(LandscapeGenerator.Generate(o), "props"), W, H);
        bool Sand(int x, int y) => (y + 0.5) * w.H / H > w.Layers[^1].TopAt((x + 0.5) * w.W / W) + (0.02 * w.H);

        // Crests one behind another: along a row the sand changes from lit slope to shadowed face to the next crest,
        // where one vertical ramp under the silhouette made every row a single colour.
        double rowSpread = 0;
        int rowsSeen = 0;
        for (int y = H * 2 / 3; y < H; y += 4)
        {
            var l = Enumerable.Range(0, W).Where(x => Sand(x, y)).Select(x => Luma(px, W, x, y)).ToList();
            double mean = l.Average();
            rowSpread += Math.Sqrt(l.Average(v => (v - mean) * (v - mean)));
            rowsSeen++;
        }

        rowSpread /= rowsSeen;

        // Wind ripples: fine light-and-dark lines across the slopes, seen as luminance detail a few pixels tall down
        // each column (the distance from a 9-pixel running mean), which smooth gradients alone do not have.
        double fine = 0;
        int fineSeen = 0;
        for (int x = 2; x < W; x += 5)
        {
            for (int y = 4; y < H - 4; y++)
            {
                if (!Sand(x, y - 4))
                {
                    continue;
                }

                double m = 0;
                for (int d = -4; d <= 4; d++)
                {
                    m += Luma(px, W, x, y + d);
                }

                fine += Math.Abs(Luma(px, W, x, y) - (m / 9));
                fineSeen++;
            }
        }

        fine /= fineSeen;

        // Slip faces in shadow: the darkest tenth of the sand clearly darker than its median and cooler (less yellow
        // for its red) than the lit slopes.
        var sand = new List<Oklab>();
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                if (Sand(x, y))
                {
                    sand.Add(At(px, W, x, y));
                }
            }
        }

        var sorted = sand.OrderBy(c => c.L).ToList();
        var shade = sorted.Take(sorted.Count / 10).ToList();
        var lit = sorted.Skip(sorted.Count / 2).ToList();
        double shadeL = shade.Average(c => c.L), litL = lit.Average(c => c.L);
        double shadeWarm = shade.Average(c => c.B) / shade.Average(c => c.A), litWarm = lit.Average(c => c.B) / lit.Average(c => c.A);
        string figures = $"row spread {rowSpread:F2}, fine detail {fine:F3}, shade L {shadeL:F3} b/a {shadeWarm:F2}, lit L {litL:F3} b/a {litWarm:F2}";
        return (rowSpread, fine, shadeL, litL, shadeWarm, litWarm, figures);
    }

    [Theory]
    [InlineData(SceneKind.Steppe, "feather grass and tulips at dawn")]
    [InlineData(SceneKind.Mountains, "the Tian Shan above Almaty in spring")]
    [InlineData(SceneKind.Desert, "Altyn-Emel dunes at sunset")]
    public void Photographic_clouds_are_lit_on_top_and_shaded_at_the_base(SceneKind kind, string text)
    {
        var o = new LandscapeOptions { Scene = kind, Style = RenderStyle.Photographic, Seed = SeedPath.FromText(text), Yurts = 0 };
        var scene = LandscapeGenerator.Generate(o);
        const int W = 480, H = 270;
        var with = Straight(scene, W, H);
        var without = Straight(Without(scene, "clouds"), W, H);
        // Each cloud column: the vertical run of pixels a cloud changes. Where the cloud lightens the sky most lies in
        // its upper part (the lit cap), and its base lightens it clearly less (the shaded underside). A bead of a
        // round puff has its bright core in the middle, a chain of them anywhere. (Measured against the sky behind,
        // which itself lightens toward the horizon.)
        double Lift(int x, int y) => At(with, W, x, y).L - At(without, W, x, y).L;
        int runs = 0, upper = 0, cloudPixels = 0;
        double drop = 0;
        for (int x = 0; x < W; x++)
        {
            int y = 0;
            while (y < H)
            {
                bool Cloud(int yy) => Math.Abs(Luma(with, W, x, yy) - Luma(without, W, x, yy)) > 4;
                if (!Cloud(y))
                {
                    y++;
                    continue;
                }

                int y0 = y;
                while (y < H && Cloud(y))
                {
                    y++;
                }

                int n = y - y0;
                cloudPixels += n;
                if (n >= 8)
                {
                    int best = y0;
                    for (int k = y0; k < y; k++)
                    {
                        best = Lift(x, k) > Lift(x, best) ? k : best;
                    }

                    upper += best - y0 < 0.5 * n ? 1 : 0;
                    drop += Lift(x, best) - Lift(x, y0 + (int)(0.85 * n));
                    runs++;
                }
            }
        }

        // No beads: the clouds are not built of round radial-gradient puffs (each puff a bright core of its own);
        // every cloud is drawn as outlines of one mass.
        var cloudGroup = Flatten(scene.Items).OfType<GroupItem>().Single(g => g.Name == "clouds");
        Assert.DoesNotContain(SceneDraws.Draws(cloudGroup.Items, Geometry.Affine.Identity), d => d.Item.Paint is RadialGradient);
        Assert.True(cloudPixels > W * H / 100 && runs > 20, $"{cloudPixels} cloud pixels in {runs} columns: no clouds to judge");
        Assert.True(upper > 0.65 * runs, $"the brightest pixel lies in the upper half in {upper} of {runs} cloud columns");
        Assert.True(drop / runs > 0.03, $"base {drop / runs:F3} darker than the lit cap");
    }

    [Fact]
    public void Photographic_cloud_cores_keep_the_outline_not_separate_arches()
    {
        // A cloud is drawn as nested outlines from a shrunken core (the most opaque layers) to a grown rim. When the
        // core narrowed every heap by the whole shrink, its heaps stood apart as arches with deep notches between
        // them, and the notches stacked down a tall cloud as dark vertical creases (organ pipes; seen in
        // story-bekzat-popov's sunset cumulus). Over 200 random cumulus shapes: the notches of the core's top line
        // (how far it dips between two billows, as a fraction of the cloud's height) are about those of the cloud's
        // own outline. Measured: core 0.062 against outline 0.052 now; 0.178 against 0.052 before.
        var noise = GradientNoise.From(new SeedPath(7));
        double core = 0, outline = 0;
        const int Shapes = 200;
        for (int seed = 0; seed < Shapes; seed++)
        {
            var rng = new SeedPath((ulong)seed + 1).Random("clouds");
            var shape = Clouds.Shape.Make(rng, 500, 300, rng.Range(60, 200), stratus: false, t: rng.Range(0, 1));
            core += DeepestNotch(shape.Outline(shape.Core, noise)) / shape.Height / Shapes;
            outline += DeepestNotch(shape.Outline(0, noise)) / shape.Height / Shapes;
        }

        Assert.True(core < 1.5 * outline, $"the core's top dips {core:F3} of the cloud's height between billows, its outline {outline:F3}");
    }

    /// <summary>How far a cloud outline's top line (its first half of points, left to right) dips below the lower of
    /// the highest points on either side, at its deepest.</summary>
    private static double DeepestNotch(Vec2[] pts)
    {
        int n = (pts.Length / 2) - 1;
        double deepest = 0;
        for (int i = 1; i < n; i++)
        {
            double left = pts[..i].Min(p => p.Y), right = pts[(i + 1)..(n + 1)].Min(p => p.Y);
            deepest = Math.Max(deepest, pts[i].Y - Math.Max(left, right));
        }

        return deepest;
    }

    [Fact]
    public void Watercolour_steppe_foreground_is_fresh_spring_green_gold()
    {
        var o = new LandscapeOptions { Scene = SceneKind.Steppe, Style = RenderStyle.Watercolour, Seed = SeedPath.FromText("feather grass and tulips at dawn"), Yurts = 0, Tulips = false };
        var w = WorldBuilder.Build(o);
        const int W = 480, H = 270;
        var px = Straight(LandscapeGenerator.Generate(o), W, H);
        double l = 0, a = 0, b = 0;
        int n = 0;
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                if ((y + 0.5) * w.H / H > w.Layers[^1].TopAt((x + 0.5) * w.W / W) + (0.01 * w.H))
                {
                    var c = At(px, W, x, y);
                    l += c.L;
                    a += c.A;
                    b += c.B;
                    n++;
                }
            }
        }

        l /= n;
        a /= n;
        b /= n;
        double chroma = Math.Sqrt((a * a) + (b * b)), hue = Math.Atan2(b, a) * 180 / Math.PI;
        // Olive mud is dull (low chroma), dark, and yellow-brown (hue under ~100°); spring green-gold is lighter,
        // more saturated, and leans green.
        Assert.True(l > 0.66, $"foreground L {l:F3}: dark");
        Assert.True(chroma > 0.085, $"foreground chroma {chroma:F3}: muddy");
        Assert.InRange(hue, 100, 150);
    }

    [Fact]
    public void Photographic_ranges_have_no_vertical_column_streaks()
    {
        var o = new LandscapeOptions { Scene = SceneKind.Mountains, Style = RenderStyle.Photographic, Seed = SeedPath.FromText("the Tian Shan above Almaty in spring"), Yurts = 0, Tulips = false };
        var w = WorldBuilder.Build(o);
        const int W = 640, H = 360;
        var px = Straight(LandscapeGenerator.Generate(o), W, H);
        // Inside the far range (away from every silhouette), averaged down each column: how far a pixel stands out
        // from the mean of its two neighbours, less how far those two differ from each other. A seam or streak is a
        // line darker or lighter than both neighbours all the way down, so it scores its full contrast; the
        // mountain's own shading (smooth, or a step from sunlit to shaded face) scores nothing.
        int far = 1;
        double worst = 0, total = 0;
        int cols = 0;
        for (int x = 2; x < W - 2; x++)
        {
            double s = 0, step = 0;
            int n = 0;
            for (int y = 0; y < H; y++)
            {
                bool inside = true;
                for (int dx = -2; dx <= 2 && inside; dx++)
                {
                    for (int dy = -2; dy <= 2 && inside; dy += 2)
                    {
                        double ux = (x + dx + 0.5) * w.W / W, uy = (y + dy + 0.5) * w.H / H;
                        // Clear of the spruce crowns that break the ridge line in front (up to 3.3 % of the height
                        // above it): they are texture, not seams.
                        inside = w.Hit(ux, uy) == far && uy > w.Layers[far].TopAt(ux) + (0.01 * w.H) && uy < w.Layers[far + 1].TopAt(ux) - (0.045 * w.H);
                    }
                }

                if (inside)
                {
                    s += Luma(px, W, x, y) - ((Luma(px, W, x - 1, y) + Luma(px, W, x + 1, y)) / 2);
                    step += Luma(px, W, x + 1, y) - Luma(px, W, x - 1, y);
                    n++;
                }
            }

            if (n >= 20)
            {
                double m = Math.Max(0, Math.Abs(s / n) - (Math.Abs(step / n) / 2));
                worst = Math.Max(worst, m);
                total += m;
                cols++;
            }
        }

        Assert.True(cols > W / 3, $"{cols} far-range columns measured");
        // The range's own rock and snow detail scores about 0.04 (worst column 0.75); columns drawn with a gap between
        // them (a seam every 9 px) scored 1.0 (worst 12).
        Assert.True(total / cols < 0.08 && worst < 1.5, $"mean column streak {total / cols:F3}, worst {worst:F2}");
    }

    [Fact]
    public void Felt_brushwork_keeps_the_cords_crisp()
    {
        var r = RecipeBuilder.FromText("syrmak: a quilted felt carpet with ram's horns", overrides: ["mode=ornament", "width=400", "height=600"]);
        var plain = RecipeScene.Build(r with { Ornament = r.Ornament with { Strokes = "none" } });
        var painted = RecipeScene.Build(r with { Ornament = r.Ornament with { Strokes = "expressionist" } });
        var cordGroup = Flatten(plain.Items).OfType<GroupItem>().First(g => g.Name == "cord");
        var cord = SceneDraws.Draws(cordGroup.Items, Geometry.Affine.Identity).Select(d => d.Item.Paint).OfType<SolidPaint>().First().Color;
        const int W = 400, H = 600;
        var a = Straight(plain, W, H);
        var b = Straight(painted, W, H);
        // Where the cords lie: the cord group alone, fully covered pixels (core and rim one pixel round it apart).
        var alone = Straight(new Scene(plain.Width, plain.Height, [cordGroup]), W, H);
        bool Covered(int x, int y) => x >= 0 && y >= 0 && x < W && y < H && alone[(((y * W) + x) * 4) + 3] > 0;
        bool IsCord(byte[] px, int i) =>
            Math.Abs(px[i] - cord.R) + Math.Abs(px[i + 1] - cord.G) + Math.Abs(px[i + 2] - cord.B) < 30;
        int cordPixels = 0, kept = 0, ringPlain = 0, ringPainted = 0;
        for (int y = 0; y < H; y++)
        {
            for (int x = 0; x < W; x++)
            {
                int i = ((y * W) + x) * 4;
                if (alone[i + 3] == 255)
                {
                    cordPixels++;
                    kept += Math.Abs(a[i] - b[i]) + Math.Abs(a[i + 1] - b[i + 1]) + Math.Abs(a[i + 2] - b[i + 2]) <= 6 ? 1 : 0;
                }
                else if (alone[i + 3] == 0 && (Covered(x - 3, y) || Covered(x + 3, y) || Covered(x, y - 3) || Covered(x, y + 3)))
                {
                    // Just beside a cord: cord-coloured here is a halo (count it with and without the brushwork).
                    ringPlain += IsCord(a, i) ? 1 : 0;
                    ringPainted += IsCord(b, i) ? 1 : 0;
                }
            }
        }

        // The strokes neither paint over the cords (they stay exactly as they were) nor smear cord colour beside them.
        Assert.True(cordPixels > 2000, $"{cordPixels} cord pixels");
        Assert.True(kept > 0.98 * cordPixels, $"{kept} of {cordPixels} cord pixels kept");
        Assert.True(ringPainted < (1.1 * ringPlain) + 50, $"{ringPainted} cord-coloured pixels beside the cords with brushwork, {ringPlain} without: a dark halo");
    }

    private static IEnumerable<SceneItem> Flatten(IEnumerable<SceneItem> items)
    {
        foreach (var it in items)
        {
            yield return it;
            if (it is GroupItem g)
            {
                foreach (var c in Flatten(g.Items))
                {
                    yield return c;
                }
            }
        }
    }
}
