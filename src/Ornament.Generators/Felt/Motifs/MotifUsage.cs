namespace Ornament.Generators.Felt;

/// <summary>Where a motif may be used (KAZAKH-ORNAMENT.md §0). Only floor-felt and wall-hanging motifs enter the
/// default pool; restricted or uncertain signs are never generated unless asked for by id.</summary>
internal enum MotifUsage
{
    /// <summary>Auspicious, widely documented; fine on floor felts.</summary>
    FloorFelt,

    /// <summary>Fine on wall hangings (tus kiiz) and floor felts.</summary>
    WallHanging,

    /// <summary>Traditionally chosen for men's items.</summary>
    ClothingMale,

    /// <summary>Traditionally chosen for women's items.</summary>
    ClothingFemale,

    /// <summary>Protective sign.</summary>
    Amulet,

    /// <summary>Uncertain meaning or restricted use: excluded from every default pool.</summary>
    Restricted,
}
