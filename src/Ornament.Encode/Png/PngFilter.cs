namespace Ornament.Encode;

/// <summary>How the PNG writer predicts each row before compression (PNG filter method 0).</summary>
public enum PngFilter
{
    /// <summary>Choose per row the filter whose residuals have the smallest entropy, and per block of 16 rows
    /// between those rows and unfiltered ones by a fast trial compression (flat-colour felts often compress best
    /// unfiltered). Usually the smallest files.</summary>
    Adaptive = 0,

    /// <summary>No prediction.</summary>
    None,

    /// <summary>Predict from the pixel to the left.</summary>
    Sub,

    /// <summary>Predict from the pixel above.</summary>
    Up,

    /// <summary>Predict from the mean of left and above.</summary>
    Average,

    /// <summary>Predict with the Paeth predictor (left, above or upper-left, whichever is nearest to left + above − upper-left).</summary>
    Paeth,
}
