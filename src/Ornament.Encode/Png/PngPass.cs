namespace Ornament.Encode.Png;

/// <summary>The seven passes of Adam7 interlacing: each is a sub-image of every <c>Dx</c>-th pixel from
/// <c>X0</c> in every <c>Dy</c>-th row from <c>Y0</c>. A non-interlaced image is the single pass (0, 0, 1, 1).</summary>
internal readonly record struct PngPass(int X0, int Y0, int Dx, int Dy)
{
    public static readonly PngPass[] Adam7 =
    [
        new(0, 0, 8, 8), new(4, 0, 8, 8), new(0, 4, 4, 8), new(2, 0, 4, 4),
        new(0, 2, 2, 4), new(1, 0, 2, 2), new(0, 1, 1, 2),
    ];

    public static readonly PngPass[] Progressive = [new(0, 0, 1, 1)];

    /// <summary>Pixels per row of this pass in an image <paramref name="width"/> wide (may be 0).</summary>
    public int Columns(int width) => width > X0 ? ((width - X0 - 1) / Dx) + 1 : 0;

    /// <summary>Rows of this pass in an image <paramref name="height"/> high (may be 0).</summary>
    public int Rows(int height) => height > Y0 ? ((height - Y0 - 1) / Dy) + 1 : 0;
}
