namespace Ornament.Generators.Felt;

/// <summary>Inputs of <see cref="FeltCarpetGenerator"/>: a plain record a recipe can map text onto.</summary>
/// <param name="Technique">Technique (§1).</param>
/// <param name="Seed">Seed; every random decision derives from labelled children of it.</param>
/// <param name="Palette">Felt palette name or file; null picks the technique's default.</param>
/// <param name="ShortSideCm">Physical short side in cm (60–400); the Scene is in cm, so texture scales with the carpet.</param>
/// <param name="Aspect">Long/short side ratio (1.0–2.2); null picks within the technique's habit (§3.2).</param>
/// <param name="Twin">Draw the counterchange twin (figure and ground colours swapped; syrmak and shyrdak only).</param>
/// <param name="Texture">Felt texture (mottling, quilting, weave); off gives flat palette colours.</param>
/// <param name="Layout">Field layout override.</param>
/// <param name="Border">Border frieze group override.</param>
/// <param name="Corner">Corner type override.</param>
/// <param name="Oriented">Distinct top and bottom (Dudin's fourth rule); null = technique habit.</param>
/// <param name="Density">0–1: lattice order, horn turns and fillers (0.5 = default).</param>
/// <param name="FieldMotif">Motif id repeated over the field; null picks one that suits the layout.</param>
/// <param name="CentreMotif">Motif id of the centre (medallion or the field's centre cell); null picks one.</param>
/// <param name="FillerMotif">Motif id of the small fillers between field motifs; null picks one.</param>
/// <param name="BorderMotif">Motif id repeated along the border; null picks one that suits <paramref name="Border"/>.</param>
/// <param name="Bordered">False leaves out the main border band (guards and binding stay).</param>
/// <param name="Colours">A palette object to use instead of resolving <paramref name="Palette"/> (for palettes
/// transformed in memory: vibrance, blends); its name is recorded as the design's palette.</param>
/// <param name="BorderMotifAlternate">A second border motif alternating with the first along each side (a landscape
/// frame's second motif), or null.</param>
/// <param name="BorderRepeats">Border repeats wanted along the top side (a landscape frame's repeat count), or null to
/// fit them to the border width.</param>
internal sealed record FeltOptions(
    FeltTechnique Technique,
    SeedPath Seed,
    string? Palette = null,
    double ShortSideCm = 200,
    double? Aspect = null,
    bool Twin = false,
    bool Texture = true,
    FieldLayout? Layout = null,
    FriezeGroup? Border = null,
    CornerType? Corner = null,
    bool? Oriented = null,
    double Density = 0.5,
    string? FieldMotif = null,
    string? CentreMotif = null,
    string? FillerMotif = null,
    string? BorderMotif = null,
    bool Bordered = true,
    Palette? Colours = null,
    string? BorderMotifAlternate = null,
    int? BorderRepeats = null);
