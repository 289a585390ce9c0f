using Ornament.Paint;

namespace Ornament.Cli.Batch;

/// <summary>Shrinks a pixmap with an area-weighted box filter: every output pixel is the exact average of the source
/// area it covers (fractional pixels weighted by their overlap), on premultiplied values, so edges do not darken
/// and no detail aliases. Separable: rows first, then columns.</summary>
internal static class BoxDownscale
{
    /// <summary>The size that fits <paramref name="width"/>×<paramref name="height"/> into a box of side
    /// <paramref name="box"/>, keeping proportions, never enlarging.</summary>
    public static (int Width, int Height) Fit(int width, int height, int box)
    {
        double scale = Math.Min(1.0, Math.Min((double)box / width, (double)box / height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    public static Pixmap Resize(Pixmap src, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(src);
        if (width == src.Width && height == src.Height)
        {
            var copy = new Pixmap(width, height);
            src.Data.CopyTo(copy.Data);
            return copy;
        }

        var xs = Weights(src.Width, width);
        var ys = Weights(src.Height, height);

        // Horizontal pass into doubles: src.Height rows × width columns × 4 channels.
        var mid = new double[src.Height * width * 4];
        for (int y = 0; y < src.Height; y++)
        {
            var row = src.Row(y);
            for (int ox = 0; ox < width; ox++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                foreach (var (i, wgt) in xs[ox])
                {
                    int p = i * 4;
                    r += row[p] * wgt;
                    g += row[p + 1] * wgt;
                    b += row[p + 2] * wgt;
                    a += row[p + 3] * wgt;
                }

                int m = ((y * width) + ox) * 4;
                mid[m] = r;
                mid[m + 1] = g;
                mid[m + 2] = b;
                mid[m + 3] = a;
            }
        }

        var dst = new Pixmap(width, height);
        for (int oy = 0; oy < height; oy++)
        {
            var row = dst.Row(oy);
            for (int ox = 0; ox < width; ox++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                foreach (var (i, wgt) in ys[oy])
                {
                    int m = ((i * width) + ox) * 4;
                    r += mid[m] * wgt;
                    g += mid[m + 1] * wgt;
                    b += mid[m + 2] * wgt;
                    a += mid[m + 3] * wgt;
                }

                byte alpha = ToByte(a);
                int p = ox * 4;
                row[p] = Math.Min(ToByte(r), alpha);
                row[p + 1] = Math.Min(ToByte(g), alpha);
                row[p + 2] = Math.Min(ToByte(b), alpha);
                row[p + 3] = alpha;
            }
        }

        return dst;
    }

    private static byte ToByte(double v) => (byte)Math.Clamp((int)Math.Floor(v + 0.5), 0, 255);

    // For each output index, the source indices it covers and their weights (overlap / box width; they sum to 1).
    private static (int Index, double Weight)[][] Weights(int srcSize, int dstSize)
    {
        double step = (double)srcSize / dstSize;
        var all = new (int, double)[dstSize][];
        for (int o = 0; o < dstSize; o++)
        {
            double x0 = o * step, x1 = (o + 1) * step;
            int first = (int)Math.Floor(x0), last = Math.Min(srcSize - 1, (int)Math.Ceiling(x1) - 1);
            var list = new List<(int, double)>(last - first + 1);
            for (int i = first; i <= last; i++)
            {
                double overlap = Math.Min(x1, i + 1) - Math.Max(x0, i);
                if (overlap > 0)
                {
                    list.Add((i, overlap / step));
                }
            }

            all[o] = list.ToArray();
        }

        return all;
    }
}
