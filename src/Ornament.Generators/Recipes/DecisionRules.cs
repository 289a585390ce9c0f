using Ornament.Generators.Concepts;

namespace Ornament.Generators.Recipes;

/// <summary>The ordered decision rules of KAZAKH-ORNAMENT.md §6.3: concept vector → recipe decisions. Details
/// (counts, times left open by the text) come only from labelled sub-seeds.</summary>
internal static class DecisionRules
{
    public static Recipe Decide(Recipe r, ConceptAnalysis a)
    {
        double C(string id) => a[id];
        double land = C("steppe") + C("mountains") + C("desert");
        double orn = C("felt_carpet") + C("geometry");

        // 1. Mode. Our extension: "intricate patterns" alone also counts as an ornament mention for hybrid; a text
        // that names neither side is an ornament (the carpet is the default product).
        string mode = orn > 0 && orn >= 2 * land ? "ornament"
            : land > 0 && (orn > 0 || C("intricate") > 0) ? "hybrid"
            : land > 0 ? "landscape"
            : "ornament";

        // 2. Landscape type: highest, ties desert > mountains > steppe; nothing → steppe.
        string scene = Highest(a, ["desert", "mountains", "steppe"]) ?? "steppe";

        // 3. Time of day: highest of night / sunset / dawn / day; nothing → from the hash (dawn or day).
        string? timeConcept = Highest(a, ["night_stars", "sunset", "dawn", "day"]);
        string time = timeConcept switch
        {
            "night_stars" => "night",
            "sunset" => "golden",
            "dawn" => "dawn",
            "day" => "day",
            _ => r.Seeds["time"].Random().Chance(0.5) ? "dawn" : "day",
        };
        IReadOnlyList<string> series = C("night_stars") > 0 && C("sunset") > 0 ? ["golden", "night"] : [time];

        // 5. Technique / render.
        string technique = Highest(a, ["technique_syrmak", "technique_shyrdak", "technique_tekemet", "technique_tuskiiz", "technique_alasha"]) is { } t
            ? t["technique_".Length..]
            : C("kyrgyz") > 0 ? "shyrdak"
            : C("soft") > 0 || C("painter") > 0 ? "tekemet"
            : "syrmak";
        if (mode == "hybrid")
        {
            technique = "tuskiiz";
        }

        string style = Highest(a, ["watercolour", "photographer", "painter"]) switch
        {
            "watercolour" => "watercolour",
            "photographer" => "photographic",
            _ => "painterly",
        };
        bool vibrant = C("vibrant") > 0;
        string strokes = style == "photographic" ? "none" : C("bold") > 0 || vibrant ? "expressionist" : "impressionist";

        var ornament = OrnamentFor(a, technique, r.Seeds["motif"].Random());
        var landscape = LandscapeFor(r, a, mode, scene, time, series, style, strokes);
        var frame = FrameFor(a, mode);
        var recipe = r with
        {
            Mode = mode,
            Vibrant = vibrant,
            Chroma = vibrant ? 1.25 : 1.0,
            Ornament = ornament,
            Landscape = landscape,
            Frame = frame,
        };
        return WithDefaultSize(recipe with { Palette = PaletteFor(recipe, C("architecture") > 0) });
    }

    /// <summary>Rule 4: palette from mode, landscape and time; architecture overrides the ornament palette.</summary>
    public static string PaletteFor(Recipe r, bool architecture)
    {
        if (r.Mode == "ornament")
        {
            return architecture ? "aisha-bibi-terracotta" : r.Ornament.Technique switch
            {
                "syrmak" => "syrmak-red-cream",
                "shyrdak" => "shyrdak-indigo-ochre",
                _ => "felt-traditional",
            };
        }

        return r.Landscape.Time switch
        {
            "night" => "starry-desert-night",
            "golden" => "desert-gold-sunset",
            _ => r.Landscape.Scene switch
            {
                "mountains" => "almaty-spring-tianshan",
                "night" => "starry-desert-night",
                "desert" when r.Landscape.Time != "dawn" => "desert-gold-sunset",
                _ => "steppe-dawn",
            },
        };
    }

    /// <summary>Default pixel size by mode: a 2:3 portrait carpet, a 3:2 landscape.</summary>
    public static Recipe WithDefaultSize(Recipe r) =>
        r.Mode == "ornament" ? r with { Width = 1200, Height = 1800 } : r with { Width = 1800, Height = 1200 };

    // The text decides what it names (architecture → a rhombic lattice of four-horn rosettes, geometry → a square
    // lattice); everything it leaves open is picked within the technique's habit from the "motif" sub-seed, so a
    // series of variations differs in field, border, corner and motifs — and the recipe records each pick, which the
    // felt generator then draws exactly (the traits of a series are read from these fields).
    private static OrnamentRecipe OrnamentFor(ConceptAnalysis a, string technique, SeededRandom rnd)
    {
        bool arch = a["architecture"] > 0, geo = a["geometry"] > 0;
        string field = arch ? "rhombic-lattice"
            : geo ? "lattice"
            : technique == "alasha" ? "stripes"
            : rnd.Pick(FeltVocabulary.FieldsFor(technique));
        string fieldMotif = arch ? "tort_muiz"
            : geo ? "tort_ushkul"
            : a["spring"] > 0 && field == "medallion" ? "kyzgaldak"
            : rnd.Pick(FeltVocabulary.FieldMotifsFor(field));
        string centre = arch ? "zhuldyz" : rnd.Pick(FeltVocabulary.CentreMotifs.Where(m => m != fieldMotif).ToArray());
        string filler = arch ? "tort_ushkul" : rnd.Pick(FeltVocabulary.FillerMotifs.Where(m => m != fieldMotif).ToArray());
        string border = rnd.Pick(FeltVocabulary.BordersFor(technique));
        string corner = technique == "alasha" ? "none" : rnd.Pick(new[] { "block", "rosette", "mitre", "none" });
        return new OrnamentRecipe
        {
            Technique = technique,
            Field = field,
            Border = border,
            Corner = corner,
            Motifs = [fieldMotif, centre, filler],
            Symmetry = technique switch { "tekemet" => "d4", "tuskiiz" or "alasha" => "d1", _ => "d2" },
            Intricacy = a["intricate"] > 0 ? 2 : 1,
            Texture = technique == "tekemet" ? 0.7 : technique == "syrmak" ? 0.35 : 0.5,
            Strokes = a["painter"] > 0 ? "impressionist" : "none",
            PaletteBlend = arch && a["felt_carpet"] > 0 ? "felt-traditional" : null,
            PaletteBlendAmount = arch && a["felt_carpet"] > 0 ? 0.25 : 0,
        };
    }

    private static LandscapeRecipe LandscapeFor(Recipe r, ConceptAnalysis a, string mode, string scene, string time,
        IReadOnlyList<string> series, string style, string strokes)
    {
        var props = r.Seeds["props"].Random();
        int yurts = a["yurt"] > 0 ? props.Next(1, 6) : scene == "mountains" ? props.Next(0, 2) : props.Next(1, 3);
        int riders = a["rider"] > 0 ? props.Next(1, 4) : 0;
        int stars = time == "night" ? r.Seeds["stars"].Random().Next(600, 1201) : 0;
        return new LandscapeRecipe
        {
            Scene = scene,
            Time = time,
            Series = series,
            Style = style,
            Strokes = strokes,
            Density = a["intricate"] > 0 ? 1.25 : 1.0,
            Yurts = yurts,
            Riders = riders,
            Stars = stars,
            Moon = time == "night",
            Tulips = a["spring"] > 0 || (mode == "hybrid" && scene == "steppe"),
            Bristles = style == "painterly" ? (strokes == "expressionist" ? 12 : 8) : 0,
        };
    }

    private static FrameRecipe FrameFor(ConceptAnalysis a, string mode)
    {
        if (mode == "hybrid")
        {
            return new FrameRecipe { Kind = "tuskiiz3", Motifs = ["koshkar_muiz", "kyzgaldak"], Repeat = MusicRepeat(a) ?? 7, Dense = a["intricate"] > 0 };
        }

        if (mode == "landscape" && (a["clothing"] > 0 || a["handicraft"] > 0))
        {
            return new FrameRecipe { Kind = "band-bottom", Motifs = ["tumar"], Repeat = MusicRepeat(a) ?? 7 };
        }

        return new FrameRecipe();
    }

    // §6.2 music: the band's repeat count is (syllables of the trigger phrase mod 5) + 5.
    private static int? MusicRepeat(ConceptAnalysis a)
    {
        var m = a.Matches.FirstOrDefault(x => Lexicon.Default.Terms.Any(t => t.Term == x.Term && t.Weights.Any(w => w.Concept == "music")));
        return m is null ? null : (Syllables(m.Phrase) % 5) + 5;
    }

    // Vowel groups: a good-enough syllable count for English, Russian and Kazakh.
    internal static int Syllables(string phrase)
    {
        const string vowels = "aeiouyаеёиоуыэюяәөұүіі";
        int n = 0;
        bool prev = false;
        foreach (char c in phrase)
        {
            bool v = vowels.Contains(c, StringComparison.Ordinal);
            if (v && !prev)
            {
                n++;
            }

            prev = v;
        }

        return n;
    }

    private static string? Highest(ConceptAnalysis a, string[] ids)
    {
        string? best = null;
        double bestScore = 0;
        foreach (var id in ids)
        {
            if (a[id] > bestScore)
            {
                best = id;
                bestScore = a[id];
            }
        }

        return best;
    }
}
