namespace Ornament.Geometry;

/// <summary>A validated SVG dash array: an even number of non-negative lengths (an odd list is repeated once)
/// with a positive sum, and where the offset puts the start of every contour.</summary>
internal sealed class DashPattern
{
    private DashPattern(double[] intervals, double length, int startIndex, double startRemaining)
    {
        Intervals = intervals;
        Length = length;
        StartIndex = startIndex;
        StartRemaining = startRemaining;
    }

    /// <summary>Dash, gap, dash, gap… (even count).</summary>
    public double[] Intervals { get; }

    /// <summary>Sum of <see cref="Intervals"/>.</summary>
    public double Length { get; }

    /// <summary>Interval in which each contour starts (even = drawn).</summary>
    public int StartIndex { get; }

    /// <summary>What is left of that interval at the start of each contour.</summary>
    public double StartRemaining { get; }

    /// <summary>The pattern, or null when SVG says to draw a solid line instead: an empty list, a negative or
    /// non-finite length, or a zero sum.</summary>
    public static DashPattern? Create(IReadOnlyList<double> dashes, double offset)
    {
        if (dashes.Count == 0)
        {
            return null;
        }

        int n = dashes.Count % 2 == 0 ? dashes.Count : dashes.Count * 2;
        var intervals = new double[n];
        double length = 0;
        for (int i = 0; i < n; i++)
        {
            double v = dashes[i % dashes.Count];
            if (!(v >= 0) || !double.IsFinite(v))
            {
                return null;
            }

            intervals[i] = v;
            length += v;
        }

        if (!(length > 0) || !double.IsFinite(length))
        {
            return null;
        }

        double o = double.IsFinite(offset) ? offset % length : 0;
        if (o < 0)
        {
            o += length;
        }

        if (o >= length)
        {
            o = 0; // −tiny % length + length can round up to length.
        }

        // An offset landing exactly on a boundary starts the next interval; the loop is bounded because rounding
        // could leave a crumb after subtracting every interval.
        int index = 0;
        for (int guard = 0; guard < n && o >= intervals[index] && o > 0; guard++)
        {
            o -= intervals[index];
            index = (index + 1) % n;
        }

        return new DashPattern(intervals, length, index, Math.Max(0, intervals[index] - o));
    }
}
