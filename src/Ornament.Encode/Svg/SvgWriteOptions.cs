namespace Ornament.Encode;

/// <summary>Settings of <see cref="SvgWriter"/>.</summary>
public sealed record SvgWriteOptions
{
    /// <summary>Output width in pixels (the root's <c>width</c>); null = the scene's user width.</summary>
    public double? Width { get; init; }

    /// <summary>Output height in pixels (the root's <c>height</c>); null = the scene's user height.</summary>
    public double? Height { get; init; }

    /// <summary>Decimals of coordinates; null = automatic (enough for 1/256 px at the output size, at least 3).</summary>
    public int? Decimals { get; init; }

    /// <summary>Defaults.</summary>
    public static SvgWriteOptions Default { get; } = new();
}
