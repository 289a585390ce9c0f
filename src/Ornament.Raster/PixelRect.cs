namespace Ornament.Raster;

/// <summary>A rectangle of whole pixels: columns [X0, X1), rows [Y0, Y1).</summary>
/// <param name="X0">First column.</param>
/// <param name="Y0">First row.</param>
/// <param name="X1">One past the last column.</param>
/// <param name="Y1">One past the last row.</param>
public readonly record struct PixelRect(int X0, int Y0, int X1, int Y1)
{
    /// <summary>Width in pixels (0 when empty).</summary>
    public int Width => Math.Max(0, X1 - X0);

    /// <summary>Height in pixels (0 when empty).</summary>
    public int Height => Math.Max(0, Y1 - Y0);

    /// <summary>True when the rectangle holds no pixel.</summary>
    public bool IsEmpty => X1 <= X0 || Y1 <= Y0;

    /// <summary>The overlap of two rectangles.</summary>
    public PixelRect Intersect(PixelRect o) =>
        new(Math.Max(X0, o.X0), Math.Max(Y0, o.Y0), Math.Min(X1, o.X1), Math.Min(Y1, o.Y1));
}
