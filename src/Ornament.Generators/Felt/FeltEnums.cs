namespace Ornament.Generators.Felt;

/// <summary>Felt and textile techniques (§1).</summary>
public enum FeltTechnique
{
    /// <summary>Kazakh quilted mosaic felt: two colours cut together and swapped, cord on every cut.</summary>
    Syrmak,

    /// <summary>Kyrgyz mosaic felt: bold bright cord, triangle "mountain" borders, vivid pairs.</summary>
    Shyrdak,

    /// <summary>Rolled felt: soft fibrous edges, no cord, not counterchanged.</summary>
    Tekemet,

    /// <summary>Embroidered wall hanging: three-sided frame, chain stitch, dark ground.</summary>
    TusKiiz,

    /// <summary>Flat-woven strips sewn together: grid-quantised motifs, mirrored strip order.</summary>
    Alasha,
}

/// <summary>Field layouts (§3.2).</summary>
public enum FieldLayout
{
    /// <summary>One central D4 medallion with quarter medallions in the field corners.</summary>
    Medallion,

    /// <summary>Square lattice (p4m), odd counts, checkerboard counterchange, special centre cell.</summary>
    SquareLattice,

    /// <summary>Rhombic lattice (cmm) with motifs on the nodes.</summary>
    RhombicLattice,

    /// <summary>Kalyklem: identical rosettes in strict rows.</summary>
    KalyklemRows,

    /// <summary>Shyrdak: 2 × n panels, each counterchanged against its neighbour.</summary>
    ShyrdakPanels,
}

/// <summary>Frieze groups used for borders (Context Free naming).</summary>
public enum FriezeGroup
{
    /// <summary>Translation only (running scroll); reversed at the centre axis of each side.</summary>
    P1,

    /// <summary>Glide reflection along the band; reversed at the centre axis.</summary>
    P11g,

    /// <summary>Mirrors across the band.</summary>
    P1m1,

    /// <summary>Half-turns; reversed at the centre axis.</summary>
    P2,

    /// <summary>Cross mirrors, glide and half-turns (alternating up/down).</summary>
    P2mg,

    /// <summary>Both mirrors.</summary>
    P2mm,
}

/// <summary>How a border turns a corner (§3.4).</summary>
public enum CornerType
{
    /// <summary>The border motif sits on the 45° diagonal and meets itself mirrored.</summary>
    Mitre,

    /// <summary>A square corner block holding its own D4 rosette.</summary>
    Block,

    /// <summary>A special corner motif (a wing fan) turns the band through 90°.</summary>
    Turn,
}
