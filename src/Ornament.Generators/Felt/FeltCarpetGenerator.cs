using Ornament.Paint;

namespace Ornament.Generators.Felt;

/// <summary>Kazakh felt carpets (syrmak, shyrdak, tekemet, tus kiiz, alasha) as Scenes in centimetres.</summary>
internal static class FeltCarpetGenerator
{
    /// <summary>Generates the carpet.</summary>
    public static Scene Generate(FeltOptions options) => Generate(options, out _);

    /// <summary>Generates the carpet and returns the decisions made.</summary>
    public static Scene Generate(FeltOptions options, out FeltDesign design)
    {
        design = Plan(options);
        var palette = FeltPalettes.EnforceContrast(options.Colours ?? FeltPalettes.Resolve(design.Palette));
        if (design.Technique == FeltTechnique.Alasha)
        {
            return AlashaPainter.Paint(design, palette, options.Texture, [design.FieldMotif, design.FillerMotif, design.BorderMotif, design.CentreMotif])
                .WithMetadata(Describe(design));
        }

        var plan = PlanBuilder.Build(design, Math.Clamp(options.Density, 0, 1));
        var scene = new CarpetPainter(plan, design, palette, options.Texture, options.Seed).Paint();
        return scene.WithMetadata(Describe(design));
    }

    /// <summary>Generates the carpet as a frame for another picture: the scene, and the rectangle of its field (in
    /// the scene's centimetres) that the picture is to fill. Alasha has no field to frame.</summary>
    /// <exception cref="ArgumentException">The technique is alasha.</exception>
    public static Scene GenerateFrame(FeltOptions options, out Geometry.Rect field)
    {
        var design = Plan(options);
        if (design.Technique == FeltTechnique.Alasha)
        {
            throw new ArgumentException("an alasha is woven in strips and has no field to frame a picture");
        }

        var palette = FeltPalettes.EnforceContrast(options.Colours ?? FeltPalettes.Resolve(design.Palette));
        if (options.BorderMotifAlternate is { } alt && !MotifCatalog.TryGet(alt, out _))
        {
            throw new ArgumentException(UnknownMotif(alt), nameof(options));
        }

        design = design with { BorderMotifAlternate = options.BorderMotifAlternate, BorderRepeats = options.BorderRepeats };
        var plan = PlanBuilder.Build(design, Math.Clamp(options.Density, 0, 1));
        field = plan.Field;
        // The picture takes the field: nothing of the field layout (its pieces, their stitching, its cells and cut
        // lines) is painted, so no part of a field motif can poke out past the field's edge into the frame.
        var open = plan.Field;
        bool Inside(Geometry.Rect r) => r.Left >= open.Left - 1e-9 && r.Right <= open.Right + 1e-9 && r.Top >= open.Top - 1e-9 && r.Bottom <= open.Bottom + 1e-9;
        plan.Pieces.RemoveAll(p => open.Contains(p.Transform.Apply(Geometry.Vec2.Zero)));
        plan.Regions.RemoveAll(r => Inside(r.Rect));
        plan.Extra.RemoveAll(e => Inside(e.Path.ControlBounds));
        plan.CutLines.RemoveAll(c => c.All(open.Contains));
        return new CarpetPainter(plan, design, palette, options.Texture, options.Seed).Paint().WithMetadata(Describe(design));
    }

    /// <summary>Makes every decision (layout, border group, corner, motifs, size) without drawing.</summary>
    public static FeltDesign Plan(FeltOptions o)
    {
        var t = o.Technique;
        var rnd = o.Seed.Random("felt-design");
        string palette = o.Colours?.Name ?? o.Palette ?? t switch
        {
            FeltTechnique.Syrmak => "syrmak-red-cream",
            FeltTechnique.Shyrdak => "shyrdak-indigo-ochre",
            _ => "felt-traditional",
        };
        double shortSide = Math.Clamp(double.IsFinite(o.ShortSideCm) ? o.ShortSideCm : 200, 60, 400);
        double aspect = Math.Clamp(o.Aspect ?? t switch
        {
            FeltTechnique.Syrmak => rnd.Range(1.2, 1.5),
            FeltTechnique.Shyrdak => rnd.Range(1.3, 1.6),
            FeltTechnique.Tekemet => rnd.Range(1.4, 2.0),
            FeltTechnique.TusKiiz => rnd.Range(1.25, 1.4),
            _ => rnd.Range(1.8, 2.1),
        }, 1.0, 2.2);
        bool landscape = t == FeltTechnique.TusKiiz;
        double w = landscape ? shortSide * aspect : shortSide, h = landscape ? shortSide : shortSide * aspect;

        var layouts = t switch
        {
            FeltTechnique.Syrmak => new[] { FieldLayout.Medallion, FieldLayout.SquareLattice, FieldLayout.RhombicLattice },
            FeltTechnique.Shyrdak => [FieldLayout.ShyrdakPanels, FieldLayout.Medallion, FieldLayout.SquareLattice],
            FeltTechnique.Tekemet => [FieldLayout.SquareLattice, FieldLayout.RhombicLattice, FieldLayout.KalyklemRows],
            FeltTechnique.TusKiiz => [FieldLayout.Medallion, FieldLayout.KalyklemRows],
            _ => [FieldLayout.KalyklemRows],
        };
        var layout = o.Layout ?? rnd.Pick(layouts);
        var group = o.Border ?? rnd.Pick(t == FeltTechnique.Shyrdak
            ? new[] { FriezeGroup.P2mg, FriezeGroup.P1m1 }
            : [FriezeGroup.P11g, FriezeGroup.P2mg, FriezeGroup.P1m1, FriezeGroup.P1, FriezeGroup.P2, FriezeGroup.P2mm]);
        var corner = o.Corner ?? rnd.Pick(new[] { CornerType.Block, CornerType.Mitre, CornerType.Turn });

        string borderMotif = o.BorderMotif ?? group switch
        {
            FriezeGroup.P1 => rnd.Pick(new[] { "synar_muiz", "it_kuiryk" }),
            FriezeGroup.P11g => "synar_muiz",
            FriezeGroup.P2 => rnd.Pick(new[] { "bota_moiyn", "synar_muiz" }),
            FriezeGroup.P2mm => rnd.Pick(new[] { "kos_muiz", "omyrtka", "botakoz" }),
            _ => rnd.Pick(new[] { "koshkar_muiz", "tumar", "koshkar_muiz" }),
        };
        string cornerMotif = corner switch
        {
            CornerType.Turn => "kus_kanat",
            CornerType.Rosette => rnd.Pick(new[] { "zhuldyz", "kun" }),
            _ => rnd.Pick(new[] { "tort_ushkul", "botakoz", "zhuldyz" }),
        };
        string fieldMotif = o.FieldMotif ?? layout switch
        {
            FieldLayout.Medallion => rnd.Pick(new[] { "koshkar_muiz", "kyzgaldak", "tumar" }),
            FieldLayout.SquareLattice => rnd.Pick(new[] { "tort_muiz", "tort_ushkul", "zhuldyz" }),
            FieldLayout.RhombicLattice => rnd.Pick(new[] { "kos_muiz", "botakoz", "tort_ushkul" }),
            FieldLayout.KalyklemRows => rnd.Pick(new[] { "ai_gul", "kun", "tort_ushkul", "zhuldyz" }),
            _ => rnd.Pick(new[] { "kos_muiz", "tort_muiz" }),
        };
        string centre = o.CentreMotif ?? (layout == FieldLayout.Medallion
            ? rnd.Pick(new[] { "tort_muiz", "kun", "zhuldyz" })
            : rnd.Pick(new[] { "tort_muiz", "kun", "zhuldyz", "ai_gul" }.Where(x => x != fieldMotif).ToArray()));
        string filler = o.FillerMotif ?? rnd.Pick(new[] { "botakoz", "tumar", "tort_ushkul" });
        foreach (var id in new[] { fieldMotif, centre, filler, borderMotif })
        {
            if (!MotifCatalog.TryGet(id, out _))
            {
                throw new ArgumentException(UnknownMotif(id), nameof(o));
            }
        }

        if (t == FeltTechnique.Alasha)
        {
            fieldMotif = rnd.Pick(new[] { "synyq_muiz", "tort_ushkul" });
            filler = "botakoz";
            borderMotif = "tumar";
            centre = "krest";
        }

        int cols = layout switch
        {
            FieldLayout.ShyrdakPanels => 2,
            FieldLayout.KalyklemRows => o.Density > 0.6 ? 5 : 3,
            _ => o.Density > 0.7 ? 5 : 3,
        };
        if (t == FeltTechnique.Alasha)
        {
            cols = w / 35 < 4 ? 3 : (int)Math.Round(w / 35) | 1;
        }

        bool oriented = o.Oriented ?? (t == FeltTechnique.TusKiiz);
        var raw = o.Colours ?? FeltPalettes.Resolve(palette);
        return new FeltDesign(t, raw.Name, w, h, layout, group, corner, fieldMotif, centre, filler, borderMotif, cornerMotif,
            cols, 0, o.Twin && t is FeltTechnique.Syrmak or FeltTechnique.Shyrdak, oriented,
            FeltPalettes.Contrast(raw) < FeltPalettes.MinContrast, o.Bordered);
    }

    private static string UnknownMotif(string id)
    {
        try
        {
            _ = MotifCatalog.Get(id);
            return $"unknown motif '{id}'";
        }
        catch (KeyNotFoundException e)
        {
            return e.Message; // names the nearest ids
        }
    }

    private static string Describe(FeltDesign d) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"felt technique={d.Technique} layout={d.Layout} border={(d.Bordered ? d.BorderGroup.ToString() : "none")} corner={d.Corner} field={d.FieldMotif} centre={d.CentreMotif} filler={d.FillerMotif} bordermotif={d.BorderMotif} cornermotif={d.CornerMotif} size={d.WidthCm:0.#}x{d.HeightCm:0.#}cm twin={d.Twin}");
}
