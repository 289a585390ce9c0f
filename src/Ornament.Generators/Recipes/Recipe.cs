using Ornament.Generators.Concepts;

namespace Ornament.Generators.Recipes;

/// <summary>Every decision, parameter and seed for one picture. A generator needs nothing else; the JSON form
/// (<see cref="RecipeJson"/>) is what <c>ornament explain</c> prints and what PNG/SVG files carry.</summary>
public sealed record Recipe
{
    /// <summary>The recipe format version written by this library.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Recipe format version.</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>Where the input came from: <c>story:NAME</c>, <c>text</c> or <c>default</c>.</summary>
    public string Source { get; init; } = "text";

    /// <summary>SHA-256 (hex) of the NFC input text.</summary>
    public string TextSha256 { get; init; } = string.Empty;

    /// <summary>Version of the concept lexicon used.</summary>
    public string Lexicon { get; init; } = string.Empty;

    /// <summary>ornament, landscape or hybrid (a landscape with an ornament frame).</summary>
    public string Mode { get; init; } = "ornament";

    /// <summary>Output width in pixels.</summary>
    public int Width { get; init; } = 1200;

    /// <summary>Output height in pixels.</summary>
    public int Height { get; init; } = 1800;

    /// <summary>Physical size as given (e.g. "60x90cm"), or null when the size was given in pixels.</summary>
    public string? Size { get; init; }

    /// <summary>Dots per inch for the PNG pHYs chunk, or null.</summary>
    public double? Dpi { get; init; }

    /// <summary>Palette name (built-in) or path.</summary>
    public string Palette { get; init; } = "syrmak-red-cream";

    /// <summary>True for "vibrant" texts: the palette's chroma is scaled by <see cref="Chroma"/>.</summary>
    public bool Vibrant { get; init; }

    /// <summary>OKLCh chroma factor applied to the palette (1 = as designed).</summary>
    public double Chroma { get; init; } = 1.0;

    /// <summary>How the master seed was made.</summary>
    public SeedMode SeedMode { get; init; } = SeedMode.Text;

    /// <summary>The variation mixed into the master seed, or null.</summary>
    public Variation? Variation { get; init; }

    /// <summary>Master, effective and labelled sub-seeds.</summary>
    public RecipeSeeds Seeds { get; init; } = RecipeSeeds.Derive(0, null);

    /// <summary>Carpet decisions (also the frame's technique in hybrid mode).</summary>
    public OrnamentRecipe Ornament { get; init; } = new();

    /// <summary>Landscape decisions.</summary>
    public LandscapeRecipe Landscape { get; init; } = new();

    /// <summary>Ornament band or frame around a landscape.</summary>
    public FrameRecipe Frame { get; init; } = new();

    /// <summary>The concept vector that drove the decisions, best first.</summary>
    public IReadOnlyList<ConceptScore> Concepts { get; init; } = [];

    /// <summary>The top RAKE phrases of the text, best first.</summary>
    public IReadOnlyList<RakePhrase> Phrases { get; init; } = [];
}

/// <summary>Decisions for a felt carpet (the felt generator's options).</summary>
public sealed record OrnamentRecipe
{
    /// <summary>syrmak, shyrdak, tekemet, tuskiiz or alasha.</summary>
    public string Technique { get; init; } = "syrmak";

    /// <summary>Field layout: medallion, lattice, rhombic-lattice, rosette-grid or stripes.</summary>
    public string Field { get; init; } = "medallion";

    /// <summary>Border frieze: synar-muiz-scroll, it-kuiryk-run, bota-moiyn-wave, koshkar-muiz-wave, koshkar-muiz-row,
    /// tumar-sawtooth, kos-muiz-chain, chain, botakoz-beads or none.</summary>
    public string Border { get; init; } = "synar-muiz-scroll";

    /// <summary>Corner treatment: block, rosette, mitre or none.</summary>
    public string Corner { get; init; } = "block";

    /// <summary>Motif ids: the field motif, the centre motif, the filler (koshkar_muiz, tort_muiz, zhuldyz, tumar, …).</summary>
    public IReadOnlyList<string> Motifs { get; init; } = ["koshkar_muiz", "tumar"];

    /// <summary>Field symmetry: d1, d2 or d4.</summary>
    public string Symmetry { get; init; } = "d2";

    /// <summary>Ornament density level 0–3.</summary>
    public int Intricacy { get; init; } = 1;

    /// <summary>Render the counterchange twin (the second carpet of a syrmak pair).</summary>
    public bool Twin { get; init; }

    /// <summary>Felt texture strength 0–1.</summary>
    public double Texture { get; init; } = 0.35;

    /// <summary>Painterly stroke texture over the felt: none, impressionist or expressionist.</summary>
    public string Strokes { get; init; } = "none";

    /// <summary>A second palette the colours are blended toward, or null.</summary>
    public string? PaletteBlend { get; init; }

    /// <summary>Blend amount toward <see cref="PaletteBlend"/>, 0–1.</summary>
    public double PaletteBlendAmount { get; init; }
}

/// <summary>Decisions for a landscape (the landscape generator's options).</summary>
public sealed record LandscapeRecipe
{
    /// <summary>steppe, mountains, desert or night.</summary>
    public string Scene { get; init; } = "steppe";

    /// <summary>dawn, day, golden (sunset) or night.</summary>
    public string Time { get; init; } = "day";

    /// <summary>The times a series alternates (a single render uses <see cref="Time"/>).</summary>
    public IReadOnlyList<string> Series { get; init; } = ["day"];

    /// <summary>painterly, photographic or watercolour.</summary>
    public string Style { get; init; } = "painterly";

    /// <summary>Stroke character: impressionist, expressionist or none (photographic).</summary>
    public string Strokes { get; init; } = "impressionist";

    /// <summary>Stroke / detail density factor (1 = default).</summary>
    public double Density { get; init; } = 1.0;

    /// <summary>Number of yurts.</summary>
    public int Yurts { get; init; }

    /// <summary>Number of riders.</summary>
    public int Riders { get; init; }

    /// <summary>Number of stars (0 unless night).</summary>
    public int Stars { get; init; }

    /// <summary>Crescent moon.</summary>
    public bool Moon { get; init; }

    /// <summary>Tulips in the foreground.</summary>
    public bool Tulips { get; init; }

    /// <summary>Bristles per painterly stroke (0 when not painterly).</summary>
    public int Bristles { get; init; } = 8;
}

/// <summary>An ornament frame or band around a landscape.</summary>
public sealed record FrameRecipe
{
    /// <summary>none, tuskiiz3 (three-sided tus-kiiz frame), border (four sides) or band-bottom.</summary>
    public string Kind { get; init; } = "none";

    /// <summary>Motif ids of the band.</summary>
    public IReadOnlyList<string> Motifs { get; init; } = [];

    /// <summary>Repeats of the band motif along the long edge.</summary>
    public int Repeat { get; init; } = 7;

    /// <summary>Dense (intricate) fill.</summary>
    public bool Dense { get; init; }
}
