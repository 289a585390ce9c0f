using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Paths of several contours take the one-signed path too when accumulation is provably exact for them
/// (merged brush strokes: up to six disjoint stroke outlines per path).</summary>
/// <remarks>
/// <para>Accumulation yields, for every pixel P, ∫_P w, where w = Σ_c w_c is the sum of the contours' winding numbers
/// (cells are linear in the pieces, and every contour is closed). The exact coverage is ∫_P f(w), where f is the fill
/// rule's fold (nonzero: min(|w|, 1); even-odd: w mod 2 folded into [0, 1]); the emitters compute f(∫_P w). The two
/// agree whenever w takes only the values 0 and s in P for one sign s: then f(w) = |w| pointwise and
/// ∫_P |w| = |∫_P w| ≤ 1, on which f is the identity.</para>
/// <para>A path is accepted when (1) every contour is one-signed on its own (<c>ContourSlots</c>: convex, two
/// chains apart, or 4 to <see cref="MaxChains"/> chains apart), so w_c ∈ {0, s_c}, where s_c is the sign of the
/// contour's signed area (which must clear a rounding margin: zero-area and near-degenerate contours are refused);
/// (2) the open bounding boxes of any two contours are disjoint (touching edges allowed). The set where w_c ≠ 0 lies
/// inside the open box of c, so at every point at most one w_c is non-zero and w ∈ {0, s_c}; and (3) two contours of
/// opposite signs do not share a pixel: their pixel boxes ([⌊x0⌋, ⌈x1⌉) × [⌊y0⌋, ⌈y1⌉)) are disjoint. Then every pixel
/// meets the non-zero sets of contours of one sign only, so w ∈ {0, s} in it, and f(∫_P w) = ∫_P f(w): exact, under
/// both rules. A pixel two same-signed contours share gets a + b ≤ 1 (their areas in it, which cannot overlap).</para>
/// <para>The carry: within a row, each contour's pieces carry Σ round(dy·65536)·dir to the right, which is 0 for a
/// closed contour in exact arithmetic (its pieces in a row cross it down as often as up) and a few units of 2^−16 in
/// fixed point — the same residue the general path carries, far below half a level. So after the last cell a contour
/// writes in a row the running sum is (nearly) back to zero, and the next contour to the right starts from it, exactly
/// as if it were filled alone. The emitted values are the sums the general path accumulates; they differ from its exact
/// fix only in pixels two chains share (of one contour, or of two same-signed contours), by at most one level.</para>
/// <para>Anything else — overlapping or nested boxes, opposite signs sharing a pixel, a contour that is not one-signed,
/// a contour of fewer than three points, more than <see cref="MaxContours"/> contours — takes the general, exact path.
/// Cost: O(points) per contour (one pass, <c>Scan</c>, for box, area, convexity and chains, then the chain test) and
/// O(contours²) box comparisons, made before a contour's chain test so a refused path pays little; the renderer pays it
/// once per path (<see cref="PathShape(ReadOnlySpan{Vec2}, ReadOnlySpan{int})"/> when the scene is prepared), not once
/// per band. Each contour gets its own chain slots, numbered as the pieces come (Rasterizer.Segments.cs, Push), so the
/// one emitter, <c>EmitRowSimple</c>, still sees one cell range per slot; beyond <see cref="MaxChainIds"/> the last
/// slot is shared (its range then spans several chains: still correct, as every cell outside the ranges is zero, only
/// slower).</para>
/// </remarks>
internal sealed partial class Rasterizer
{
    /// <summary>Most contours a path may have to take the one-signed path.</summary>
    internal const int MaxContours = 16;

    /// <summary><see cref="PathShape(ReadOnlySpan{Vec2}, ReadOnlySpan{int})"/> of a path of several contours that
    /// takes the one-signed path: its chain slots are numbered as they come (a new slot at each contour and each turn
    /// of y direction, the last of the <see cref="MaxChainIds"/> shared by any beyond).</summary>
    internal const int SeveralContours = 1;

    /// <summary>The shape of the path being filled: 0 for the general path, else its <c>PathShape</c>.</summary>
    private int _shape;

    [ThreadStatic]
    private static Vec2[]? t_scratch;

    /// <summary>True when the last <c>Fill</c> took the one-signed path (tests assert which path a shape takes).</summary>
    internal bool LastFillOneSigned => OneSigned;

    /// <summary>What the path is for the fill (a function of its points alone, so it can be worked out once — when a
    /// scene is prepared — and handed to every <c>Fill</c> of it, one per band it crosses): 0 for the general path;
    /// <see cref="SeveralContours"/> for several contours on the one-signed path (see the remarks); n ≥ 2 for one
    /// one-signed contour on n chain slots (2 numbered by direction, more in contour order).</summary>
    internal static int PathShape(ReadOnlySpan<Vec2> points, ReadOnlySpan<int> contourEnds)
    {
        var scratch = t_scratch ?? new Vec2[64];
        int shape = PathShape(points, contourEnds, ref scratch);
        t_scratch = scratch;
        return shape;
    }

    private static int PathShape(ReadOnlySpan<Vec2> points, ReadOnlySpan<int> contourEnds, ref Vec2[] scratch)
    {
        int count = contourEnds.Length;
        if (count == 1)
        {
            // One contour: its own test is the whole answer (no area or box needed).
            return contourEnds[0] >= 1 ? ContourSlots(points[..contourEnds[0]], ref scratch) : 0;
        }

        return count >= 2 && count <= MaxContours && ContoursApart(points, contourEnds, ref scratch) ? SeveralContours : 0;
    }

    // Every contour one-signed and no two able to interact (see the remarks).
    [System.Runtime.CompilerServices.SkipLocalsInit] // the tables are written before they are read
    private static bool ContoursApart(ReadOnlySpan<Vec2> points, ReadOnlySpan<int> contourEnds, ref Vec2[] scratch)
    {
        // One scan per contour (box, sign, convexity, chains), its pairs with the contours before it, and only then
        // its chain test (the costly part).
        int count = contourEnds.Length;
        Span<double> box = stackalloc double[4 * MaxContours];
        Span<int> sign = stackalloc int[MaxContours];
        Span<int> start = stackalloc int[MaxChains + 1];
        Span<int> dirs = stackalloc int[MaxChains + 1];
        int from = 0;
        for (int c = 0; c < count; c++)
        {
            int end = contourEnds[c];
            if (end - from < 3 || end > points.Length)
            {
                return false; // a contour of fewer than three points has no area: left to the general path
            }

            var pts = points[from..end];
            var shape = Scan<WithArea>(pts, start, dirs, box.Slice(4 * c, 4));
            sign[c] = shape.AreaSign;
            if (sign[c] == 0)
            {
                return false;
            }

            for (int j = 0; j < c; j++)
            {
                if (!CannotInteract(box.Slice(4 * j, 4), box.Slice(4 * c, 4), sign[j] == sign[c]))
                {
                    return false;
                }
            }

            if (ContourSlots(pts, in shape, start, dirs, ref scratch) == 0)
            {
                return false;
            }

            from = end;
        }

        return true;
    }

    // Two contours' boxes (x0, y0, x1, y1) keep them from interacting: open boxes disjoint when they wind the same way,
    // pixel boxes disjoint when they do not.
    private static bool CannotInteract(ReadOnlySpan<double> a, ReadOnlySpan<double> b, bool sameSign)
    {
        if (sameSign)
        {
            return a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
        }

        return Math.Ceiling(a[2]) <= Math.Floor(b[0]) || Math.Ceiling(b[2]) <= Math.Floor(a[0])
            || Math.Ceiling(a[3]) <= Math.Floor(b[1]) || Math.Ceiling(b[3]) <= Math.Floor(a[1]);
    }
}
