namespace Ornament.Generators.Felt;

/// <summary>Every decision the generator made, for the recipe and for "traits".</summary>
/// <param name="Technique">Technique.</param>
/// <param name="Palette">Palette name.</param>
/// <param name="WidthCm">Carpet width in cm (Scene user units).</param>
/// <param name="HeightCm">Carpet height in cm.</param>
/// <param name="Layout">Field layout.</param>
/// <param name="BorderGroup">Main border frieze group.</param>
/// <param name="Corner">Corner type.</param>
/// <param name="FieldMotif">Main field motif id.</param>
/// <param name="CentreMotif">Centre (special) motif id.</param>
/// <param name="FillerMotif">Secondary filler motif id.</param>
/// <param name="BorderMotif">Main border motif id.</param>
/// <param name="CornerMotif">Corner motif id.</param>
/// <param name="Columns">Field columns (cells, panels or strips).</param>
/// <param name="Rows">Field rows.</param>
/// <param name="Twin">Counterchange twin drawn.</param>
/// <param name="Oriented">Top and bottom differ.</param>
/// <param name="ContrastAdjusted">The palette's figure lightness was moved to reach ΔL ≥ 0.25.</param>
/// <param name="Bordered">The main border band is drawn (false: binding and guards only).</param>
internal sealed record FeltDesign(
    FeltTechnique Technique,
    string Palette,
    double WidthCm,
    double HeightCm,
    FieldLayout Layout,
    FriezeGroup BorderGroup,
    CornerType Corner,
    string FieldMotif,
    string CentreMotif,
    string FillerMotif,
    string BorderMotif,
    string CornerMotif,
    int Columns,
    int Rows,
    bool Twin,
    bool Oriented,
    bool ContrastAdjusted,
    bool Bordered = true)
{
    /// <summary>True when the carpet is mirror-symmetric left–right.</summary>
    public bool MirrorX => true;

    /// <summary>A second border motif alternating with <see cref="BorderMotif"/> along each side (a landscape frame's
    /// second motif); null = the border repeats one motif.</summary>
    public string? BorderMotifAlternate { get; init; }

    /// <summary>Border repeats wanted along the top side (a landscape frame's repeat); null = fitted to the border
    /// width. The count is made odd by the repeat fitting (§3.4).</summary>
    public int? BorderRepeats { get; init; }

    /// <summary>True when the carpet is also mirror-symmetric top–bottom.</summary>
    public bool MirrorY => !Oriented && Technique != FeltTechnique.TusKiiz;
}
