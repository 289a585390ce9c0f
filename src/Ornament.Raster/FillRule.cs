namespace Ornament.Raster;

/// <summary>Which points are inside a path.</summary>
public enum FillRule : byte
{
    /// <summary>Inside where the winding number is not zero (SVG <c>nonzero</c>).</summary>
    NonZero,

    /// <summary>Inside where the winding number is odd (SVG <c>evenodd</c>).</summary>
    EvenOdd,
}
