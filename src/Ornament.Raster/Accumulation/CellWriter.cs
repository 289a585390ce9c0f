namespace Ornament.Raster;

/// <summary>Writes the signed-area contribution of one straight line piece that lies inside one pixel row into
/// that row's cells (the font-rs / ab_glyph model).</summary>
/// <remarks>
/// Cell c receives A(c) − A(c−1), where A(c) is the area of the row strip inside pixel c that lies to the right of
/// the piece, times the piece's direction. A running (prefix) sum over the cells then gives, at every pixel, the
/// integral of the winding number over that pixel — exact for straight edges. With xa ≤ xb, A is
/// s·G(c+1) where s = dy/(xb−xa) and G(t) = ∫ clamp(t − x, 0, 1) dx over [xa, xb].
/// </remarks>
internal static class CellWriter
{
    /// <summary>Adds the piece from x=<paramref name="xTop"/> to x=<paramref name="xBottom"/> spanning
    /// <paramref name="dy"/> of the row (0 &lt; dy ≤ 1), with direction <paramref name="dir"/> (+1 down, −1 up).
    /// x is in cell units, already clamped to [0, width]. Returns the first and last cell whose interior the piece
    /// crosses.</summary>
    public static (int First, int Last) AddPiece(Span<int> row, double xTop, double xBottom, double dy, int dir)
    {
        double xa = xTop, xb = xBottom;
        if (xa > xb)
        {
            (xa, xb) = (xb, xa);
        }

        int c0 = ToInt(Math.Floor(xa));
        int total = RoundToInt(dy * Cover.One) * dir;
        if (xb - xa < 1e-12 || Math.Ceiling(xb) <= c0 + 1)
        {
            // Within one cell: the area right of the piece is dy·(c0 + 1 − mean x).
            double mid = (0.5 * (xa + xb)) - c0;
            int left = RoundToInt(dy * (1 - mid) * Cover.One) * dir;
            row[c0] += left;
            row[c0 + 1] += total - left;
            return (c0, c0);
        }

        int c1 = ToInt(Math.Ceiling(xb)) - 1; // last cell the piece crosses (> c0 here)
        double s = dy / (xb - xa);

        // G(c + 1) specialised per cell kind: the same operations on the same values as the general G below, with
        // the terms that are exactly 0 or 1 for that kind left out, so every double — and every int — is the same.
        // First cell (xa ≤ c0 + 1 < xb): the triangle right of xa, 0.5·u², u = c0 + 1 − xa.
        double u = (double)(c0 + 1) - xa;
        int prev = RoundToInt(s * (0.5 * (u * u)) * Cover.One) * dir;
        row[c0] += prev;

        // Cells the piece crosses whole (xa < c, c + 1 < xb): (c − xa) + 0.5.
        for (int c = c0 + 1; c < c1; c++)
        {
            int cum = RoundToInt(s * (((double)c - xa) + 0.5) * Cover.One) * dir;
            row[c] += cum - prev;
            prev = cum;
        }

        // Last cell (c1 < xb ≤ c1 + 1): (c1 − xa) + 0.5·(1 − v²), v = c1 + 1 − xb.
        double v = (double)(c1 + 1) - xb;
        int last = RoundToInt(s * (((double)c1 - xa) + (0.5 * (1 - (v * v)))) * Cover.One) * dir;
        row[c1] += last - prev;
        row[c1 + 1] += total - last;
        return (c0, c1);
    }

    /// <summary>The cumulative area at the right edge of cell c (c0 ≤ c ≤ c1) of a piece that crosses several cells,
    /// by the general formula: what <see cref="AddPiece"/> computes per cell kind (the tests hold them equal).</summary>
    internal static int CumulativeGeneral(double xa, double xb, double dy, int dir, int c) =>
        RoundToInt(dy / (xb - xa) * G(xa, xb, c + 1) * Cover.One) * dir;

    // The values converted here are small whole numbers (cell indices within the Far box, areas ≤ 65536): the
    // native truncating conversion gives the same int as a cast, without the cast's saturation checks.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ToInt(double wholeNumber) => double.ConvertToIntegerNative<int>(wholeNumber);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int RoundToInt(double x) => ToInt(Math.Round(x, MidpointRounding.AwayFromZero));

    // ∫ over x in [xa, xb] of clamp(t − x, 0, 1). Plain comparisons instead of Math.Min/Max (all values are finite, and
    // the sign of a zero changes nothing below).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double G(double xa, double xb, double t)
    {
        double t1 = t - 1;
        double full = (xb < t1 ? xb : t1) - xa; // part where t − x ≥ 1
        double g = full > 0 ? full : 0;
        double lo = xa > t1 ? xa : t1, hi = xb < t ? xb : t;
        if (hi > lo)
        {
            double u = t - lo, v = t - hi;
            g += 0.5 * ((u * u) - (v * v));
        }

        return g;
    }
}
