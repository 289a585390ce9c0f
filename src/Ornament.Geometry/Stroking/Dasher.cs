namespace Ornament.Geometry;

/// <summary>Cuts paths into dashes (SVG <c>stroke-dasharray</c> / <c>stroke-dashoffset</c>).</summary>
/// <remarks>The pattern restarts at every contour, as SVG specifies. On a closed contour whose pattern is drawn at
/// both the start and the end, the last dash continues into the first, so the seam gets a join rather than two
/// caps. Zero-length dashes are kept as zero-length contours, which round and square caps turn into dots (square
/// dots are axis-aligned, since a zero-length contour carries no direction).</remarks>
public static class Dasher
{
    /// <summary>Above this many dash intervals the path is left solid instead (as Skia does), so a microscopic
    /// pattern on a long path cannot exhaust memory.</summary>
    public const int MaxIntervals = 1_000_000;

    /// <summary>Splits <paramref name="path"/>, flattened with <paramref name="tolerance"/>, into open polylines
    /// (one per dash). Returns <paramref name="path"/> unchanged when the pattern means a solid line (empty, any
    /// negative or non-finite length, zero sum) or would need more than <see cref="MaxIntervals"/> dashes.</summary>
    /// <param name="path">The path to cut.</param>
    /// <param name="dashes">Alternating dash and gap lengths; an odd count is repeated to make it even.</param>
    /// <param name="offset">Distance into the pattern at which every contour starts (may be negative).</param>
    /// <param name="tolerance">Curve flattening tolerance, in the path's units.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive.</exception>
    public static Path Dash(Path path, IReadOnlyList<double> dashes, double offset, double tolerance = Flattener.DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(dashes);
        if (DashPattern.Create(dashes, offset) is not { } pattern || !path.IsFinite)
        {
            return path;
        }

        var flat = Flattener.Flatten(path, Affine.Identity, tolerance);
        return DashFlattened(flat, pattern) is { } dashed ? ToPath(dashed) : path;
    }

    /// <summary>Dashes polylines; null when the dash count would exceed <see cref="MaxIntervals"/>.</summary>
    internal static FlattenedPath? DashFlattened(FlattenedPath input, DashPattern pattern)
    {
        double total = 0;
        for (int c = 0; c < input.ContourCount; c++)
        {
            total += ContourLength(input.Contour(c), input.IsClosed(c));
        }

        double estimate = ((total / pattern.Length) + input.ContourCount) * pattern.Intervals.Length;
        if (!(estimate <= MaxIntervals))
        {
            return null;
        }

        var output = new FlattenedPath();
        var scratch = new FlattenedPath();
        for (int c = 0; c < input.ContourCount; c++)
        {
            DashContour(input.Contour(c), input.IsClosed(c), pattern, scratch, output);
        }

        return output;
    }

    /// <summary>Turns polylines back into a path (closed contours get a Close verb).</summary>
    internal static Path ToPath(FlattenedPath flat)
    {
        var b = new PathBuilder();
        for (int c = 0; c < flat.ContourCount; c++)
        {
            var pts = flat.Contour(c);
            b.MoveTo(pts[0]);
            for (int i = 1; i < pts.Length; i++)
            {
                b.LineTo(pts[i]);
            }

            if (flat.IsClosed(c))
            {
                b.Close();
            }
        }

        return b.Build();
    }

    private static double ContourLength(ReadOnlySpan<Vec2> pts, bool closed)
    {
        double length = 0;
        for (int i = 1; i < pts.Length; i++)
        {
            length += Vec2.Distance(pts[i - 1], pts[i]);
        }

        return closed ? length + Vec2.Distance(pts[^1], pts[0]) : length;
    }

    private static void DashContour(ReadOnlySpan<Vec2> pts, bool closed, DashPattern pattern, FlattenedPath scratch, FlattenedPath output)
    {
        var intervals = pattern.Intervals;
        int index = pattern.StartIndex;
        double remaining = pattern.StartRemaining;
        bool on = index % 2 == 0;
        bool startedOn = on;
        bool switched = false;

        scratch.Clear();
        if (on)
        {
            scratch.Add(pts[0]);
        }

        int segments = closed ? pts.Length : pts.Length - 1;
        for (int s = 0; s < segments; s++)
        {
            var a = pts[s];
            var b = pts[(s + 1) % pts.Length];
            double length = Vec2.Distance(a, b);
            if (!(length > 0))
            {
                continue;
            }

            double pos = 0;
            while (true)
            {
                double left = length - pos;
                if (remaining > left)
                {
                    remaining -= left;
                    if (on && left > 0)
                    {
                        scratch.Add(b);
                    }

                    break;
                }

                pos += remaining;
                scratch.Add(pos >= length ? b : Vec2.Lerp(a, b, pos / length));
                if (on)
                {
                    scratch.EndContour(false);
                }

                switched = true;
                index = (index + 1) % intervals.Length;
                remaining = intervals[index];
                on = !on;
            }
        }

        // Points are only pending while a dash is drawn; a dash that began exactly at the end has one point and
        // is dropped by EndContour.
        int before = scratch.ContourCount;
        if (on)
        {
            scratch.EndContour(false);
        }

        bool trailingOpen = on && scratch.ContourCount > before;
        Flush(scratch, output, closed, startedOn, switched, trailingOpen);
    }

    private static void Flush(FlattenedPath scratch, FlattenedPath output, bool closed, bool startedOn, bool switched, bool trailingOpen)
    {
        int count = scratch.ContourCount;
        if (closed && startedOn && !switched && count == 1)
        {
            // The whole closed contour is one dash: keep it closed (its last point repeats the first).
            var all = scratch.Contour(0);
            Copy(all[..^1], output);
            output.EndContour(true);
            return;
        }

        int first = 0;
        if (closed && startedOn && trailingOpen && count >= 2)
        {
            // The last dash runs through the start point into the first dash.
            Copy(scratch.Contour(count - 1), output);
            Copy(scratch.Contour(0)[1..], output);
            output.EndContour(false);
            first = 1;
            count--;
        }

        for (int c = first; c < count; c++)
        {
            Copy(scratch.Contour(c), output);
            output.EndContour(false);
        }
    }

    private static void Copy(ReadOnlySpan<Vec2> pts, FlattenedPath output)
    {
        foreach (var p in pts)
        {
            output.Add(p);
        }
    }
}
