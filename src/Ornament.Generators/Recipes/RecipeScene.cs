using Ornament.Generators.Felt;
using Ornament.Generators.Landscape;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Recipes;

/// <summary>Turns a <see cref="Recipe"/> into the Scene it describes by calling the felt or landscape generator
/// with the recipe's decisions. The recipe JSON is attached as the scene's metadata, so the PNG and SVG written
/// from it carry everything needed to render them again byte for byte.</summary>
public static class RecipeScene
{
    /// <summary>Pixel size for rendering <paramref name="scene"/> at the recipe's size: the recipe's width and
    /// height when they match the scene's proportions (landscapes always do), else the recipe's width and the
    /// height that keeps the scene undistorted (a carpet's proportions belong to its technique).</summary>
    public static (int Width, int Height) PixelSize(Recipe recipe, Scene scene)
    {
        double want = (double)recipe.Width / recipe.Height, have = scene.Width / scene.Height;
        if (Math.Abs(want - have) <= 0.005 * have)
        {
            return (recipe.Width, recipe.Height);
        }

        return (recipe.Width, Math.Max(1, (int)Math.Round(recipe.Width / have)));
    }

    /// <summary>Builds the scene of <paramref name="recipe"/>.</summary>
    /// <exception cref="ArgumentException">The recipe names a value the generators do not know.</exception>
    public static Scene Build(Recipe recipe) => Build(recipe, 0, out _);

    /// <summary>Builds the scene with at most <paramref name="threads"/> worker threads (0 = the default; the scene does
    /// not depend on it) and reports the landscape's design (its stroke counts), null for a carpet.</summary>
    internal static Scene Build(Recipe recipe, int threads, out LandscapeDesign? design)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var palette = ResolvePalette(recipe);
        double aspect = (double)recipe.Width / recipe.Height;
        var build = new LandscapeBuild(threads);
        var scene = recipe.Mode switch
        {
            "ornament" => BuildCarpet(recipe, palette, aspect),
            // A band under the painting (landscape or hybrid); the tus kiiz and border frames belong to hybrids.
            _ when recipe.Frame.Kind == "band-bottom" => BuildBanded(recipe, palette, aspect, build),
            "hybrid" when recipe.Frame.Kind != "none" => BuildHybrid(recipe, palette, aspect, build),
            _ => BuildLandscape(recipe, palette, aspect, build),
        };
        design = build.Design;
        return scene.WithMetadata(RecipeJson.Serialize(recipe));
    }

    /// <summary>The thread limit a landscape is painted with, and the design it reports back.</summary>
    private sealed class LandscapeBuild(int threads)
    {
        public int Threads { get; } = threads;

        public LandscapeDesign? Design { get; set; }
    }

    private static Palette ResolvePalette(Recipe recipe)
    {
        var p = PaletteRegistry.Resolve(recipe.Palette);
        string want = recipe.Mode == "ornament" ? "felt" : "landscape";
        if (p.Kind != want)
        {
            throw new ArgumentException($"palette '{recipe.Palette}' is a {p.Kind} palette, but a {recipe.Mode} needs a {want} palette");
        }

        return Math.Abs(recipe.Chroma - 1) > 1e-9 ? PaletteTransforms.Vibrant(p, recipe.Chroma) : p;
    }

    // Every felt decision of the recipe reaches the generator: technique, field, border, corner, motifs (field,
    // centre, filler), symmetry (d1 = a distinct top and bottom), intricacy, twin, texture and the palette after
    // its vibrance and blend — so the picture shows what the recipe (and its traits) say.
    private static Scene BuildCarpet(Recipe recipe, Palette palette, double aspect)
    {
        var carpet = FeltCarpetGenerator.Generate(CarpetOptions(recipe, palette, aspect));
        return recipe.Ornament.Strokes is "impressionist" or "expressionist"
            ? FeltBrushwork.Over(carpet, recipe.Seeds["strokes"], recipe.Ornament.Strokes == "expressionist")
            : carpet;
    }

    /// <summary>The felt generator's options for an ornament recipe.</summary>
    internal static FeltOptions CarpetOptions(Recipe recipe, Palette palette, double aspect)
    {
        var o = recipe.Ornament;
        var technique = o.Technique switch
        {
            "syrmak" => FeltTechnique.Syrmak,
            "shyrdak" => FeltTechnique.Shyrdak,
            "tekemet" => FeltTechnique.Tekemet,
            "tuskiiz" => FeltTechnique.TusKiiz,
            "alasha" => FeltTechnique.Alasha,
            var t => throw new ArgumentException($"unknown felt technique '{t}'"),
        };
        var border = FeltVocabulary.Border(o.Border);
        string? Motif(int i) => i < o.Motifs.Count ? o.Motifs[i] : null;
        bool counterchange = technique is FeltTechnique.Syrmak or FeltTechnique.Shyrdak;
        if (o.PaletteBlend is { } other && o.PaletteBlendAmount > 0)
        {
            palette = PaletteTransforms.Blend(palette, PaletteRegistry.Resolve(other), Math.Clamp(o.PaletteBlendAmount, 0, 1));
        }

        return new FeltOptions(
            technique,
            recipe.Seeds["layout"],
            Palette: recipe.Palette,
            Aspect: Math.Max(aspect, 1 / aspect),
            Twin: o.Twin && counterchange,
            Texture: o.Texture > 0,
            Layout: FeltVocabulary.Field(o.Field),
            Border: border?.Group,
            Corner: FeltVocabulary.Corner(o.Corner),
            Oriented: o.Symmetry == "d1",
            Density: Math.Clamp(o.Intricacy / 3.0, 0, 1),
            FieldMotif: Motif(0),
            CentreMotif: Motif(1),
            FillerMotif: Motif(2),
            BorderMotif: border?.Motif,
            Bordered: border is not null,
            Colours: palette);
    }

    // A landscape inside a felt frame: the tus kiiz three-sided frame, or a full syrmak border. The painting fills the
    // carpet's field and is drawn first; the frame is drawn over it with its field left open: contours inside the
    // field (or reaching into it) are dropped, and the rectangular felt pieces that cover the whole field become
    // rings around it. A Scene has no clipping, and painterly strokes overshoot the painting's edge, so the frame on
    // top is what gives the picture its clean edge.
    private static Scene BuildHybrid(Recipe recipe, Palette palette, double aspect, LandscapeBuild build)
    {
        var technique = recipe.Frame.Kind == "tuskiiz3" ? FeltTechnique.TusKiiz : FeltTechnique.Syrmak;
        // The frame shows what the recipe (and its traits) say: its motifs alternate along every side, and its repeat
        // count (tighter when dense) sets how many fit along the top.
        var motifs = recipe.Frame.Motifs;
        var frameOptions = new FeltOptions(technique, recipe.Seeds["layout"], Aspect: Math.Clamp(Math.Max(aspect, 1 / aspect), 1, 2.2), Texture: false,
            BorderMotif: motifs.Count > 0 ? motifs[0] : null, BorderMotifAlternate: motifs.Count > 1 ? motifs[1] : null,
            BorderRepeats: FrameBand.Repeats(recipe.Frame));
        var frame = FeltCarpetGenerator.GenerateFrame(frameOptions, out var field);
        var painting = BuildLandscape(recipe, palette, field.Width / field.Height, build);
        var b = new SceneBuilder(frame.Width, frame.Height) { Background = frame.Background };
        var place = Affine.Scale(field.Width / painting.Width, field.Height / painting.Height).Then(Affine.Translate(field.Left, field.Top));
        b.PushGroup("landscape", transform: place);
        if (painting.Background is { } bg)
        {
            b.Fill(Shapes.Rectangle(0, 0, painting.Width, painting.Height), bg);
        }

        foreach (var item in painting.Items)
        {
            b.Add(item);
        }

        b.PopGroup();
        b.PushGroup("frame");
        foreach (var item in frame.Items)
        {
            if (OpenField(item, Affine.Identity, field) is { } kept)
            {
                b.Add(kept);
            }
        }

        b.PopGroup();
        return b.Build();
    }

    // A landscape over a felt band (frame kind band-bottom): the painting keeps the recipe's width and the top
    // 1 − HeightFraction of its height, the band fills the rest.
    private static Scene BuildBanded(Recipe recipe, Palette palette, double aspect, LandscapeBuild build)
    {
        const double H = 1000;
        double w = H * aspect, bandTop = H * (1 - FrameBand.HeightFraction);
        var painting = BuildLandscape(recipe, palette, w / bandTop, build);
        var b = new SceneBuilder(w, H) { Background = painting.Background };
        b.PushGroup("landscape", transform: Affine.Scale(w / painting.Width, bandTop / painting.Height));
        foreach (var item in painting.Items)
        {
            b.Add(item);
        }

        b.PopGroup();
        FrameBand.Paint(b, recipe.Frame, w, bandTop, H - bandTop);
        return b.Build();
    }

    // The frame item with the field left open, or null when nothing of it remains.
    private static SceneItem? OpenField(SceneItem item, Affine parent, Rect field)
    {
        switch (item)
        {
            case GroupItem g:
            {
                var t = g.Transform is { } gt ? gt.Then(parent) : parent;
                var kids = g.Items.Select(i => OpenField(i, t, field)).OfType<SceneItem>().ToArray();
                return kids.Length == 0 ? null : g with { Items = kids };
            }

            case DrawItem d:
            {
                var t = d.Transform is { } dt ? dt.Then(parent) : parent;
                var box = d.Path.ControlBounds.Transform(t);
                bool rect = d.Path.Verbs.Length == 5 && d.Stroke is null;
                if (rect && box.Left <= field.Left && box.Right >= field.Right && box.Top <= field.Top && box.Bottom >= field.Bottom)
                {
                    var hole = Shapes.Rectangle(field).Transform(t.Invert());
                    return d with { Path = new PathBuilder().Append(d.Path).Append(hole).Build(), FillRule = Raster.FillRule.EvenOdd };
                }

                // Pieces that merely touch the field's edge (stitch triangles on the inner seam) would poke over the
                // painting's edge line: keep a clear margin, and count a stroke's half width.
                var near = field.Inflate(0.012 * Math.Min(field.Width, field.Height) + ((d.Stroke?.Width ?? 0) / 2 * t.MaxScale));
                var kept = new PathBuilder();
                foreach (var contour in d.Path.Contours())
                {
                    var cb = contour.ControlBounds.Transform(t);
                    bool reachesIn = cb.Right > near.Left && cb.Left < near.Right && cb.Bottom > near.Top && cb.Top < near.Bottom;
                    if (!reachesIn)
                    {
                        kept.Append(contour);
                    }
                }

                var path = kept.Build();
                return path.IsEmpty ? null : d with { Path = path };
            }

            default:
                return item;
        }
    }

    private static Scene BuildLandscape(Recipe recipe, Palette palette, double aspect, LandscapeBuild build)
    {
        var l = recipe.Landscape;
        var options = new LandscapeOptions
        {
            Scene = l.Scene switch
            {
                "steppe" => SceneKind.Steppe,
                "mountains" => SceneKind.Mountains,
                "desert" => SceneKind.Desert,
                "night" => SceneKind.Night,
                var s => throw new ArgumentException($"unknown landscape scene '{s}'"),
            },
            Time = l.Time switch
            {
                "dawn" => TimeOfDay.Dawn,
                "day" => TimeOfDay.Day,
                "golden" => TimeOfDay.Golden,
                "night" => TimeOfDay.Night,
                _ => null,
            },
            Style = l.Style switch
            {
                "photographic" => RenderStyle.Photographic,
                "watercolour" => RenderStyle.Watercolour,
                _ => RenderStyle.Painterly,
            },
            Palette = palette,
            Seed = recipe.Seeds["strokes"],
            Aspect = aspect,
            Density = l.Density,
            Yurts = l.Yurts,
            Riders = l.Riders > 0,
            Bristles = l.Bristles > 0,
            Vibrant = recipe.Vibrant,
            Stars = l.Stars,
            Moon = l.Moon,
            Tulips = l.Tulips,
            Threads = build.Threads,
        };
        var scene = LandscapeGenerator.Generate(options, out var design);
        build.Design = design;
        return scene;
    }
}
