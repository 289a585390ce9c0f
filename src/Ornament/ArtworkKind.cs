namespace Ornament;

/// <summary>What kind of picture a text becomes.</summary>
public enum ArtworkKind
{
    /// <summary>Decided by the text (the default).</summary>
    Auto,

    /// <summary>A felt carpet (syrmak, shyrdak, tekemet, tus kiiz or alasha).</summary>
    Ornament,

    /// <summary>A painted steppe landscape.</summary>
    Landscape,

    /// <summary>A landscape inside a felt frame.</summary>
    Hybrid,
}
