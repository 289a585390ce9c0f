using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>Thickens a skeleton (polylines meeting at shared end points) into constant-width band outlines.</summary>
/// <remarks>Why not union overlapping rectangles: a felt cut is ONE closed boundary. Walking round the skeleton
/// graph (always taking the next branch counter-clockwise at a junction) yields that boundary directly, so a horn's
/// stem and curls are one piece with one cord round it, and no internal seams appear. A tree gives one contour;
/// a skeleton with cycles gives an outer contour plus hole contours of opposite orientation.</remarks>
internal static class BandOutline
{
    public static List<Vec2[]> Thicken(IReadOnlyList<IReadOnlyList<Vec2>> lines, double width, bool roundCaps)
    {
        double hw = width / 2;
        var nodes = new List<Vec2>();
        int NodeOf(Vec2 p)
        {
            for (int i = 0; i < nodes.Count; i++)
            {
                if (Vec2.Distance(nodes[i], p) < 1e-7)
                {
                    return i;
                }
            }

            nodes.Add(p);
            return nodes.Count - 1;
        }

        // Half-edges: 2i runs line i forwards, 2i+1 backwards.
        var hePts = new List<Vec2[]>();
        var heFrom = new List<int>();
        var heTo = new List<int>();
        foreach (var raw in lines)
        {
            var l = Dedupe(raw);
            if (l.Length < 2)
            {
                continue;
            }

            int a = NodeOf(l[0]), b = NodeOf(l[^1]);
            hePts.Add(l);
            heFrom.Add(a);
            heTo.Add(b);
            var rev = (Vec2[])l.Clone();
            Array.Reverse(rev);
            hePts.Add(rev);
            heFrom.Add(b);
            heTo.Add(a);
        }

        int count = hePts.Count;
        var angle = new double[count];
        for (int h = 0; h < count; h++)
        {
            var d = hePts[h][1] - hePts[h][0];
            angle[h] = Math.Atan2(d.Y, d.X);
        }

        int Next(int h)
        {
            int twin = h ^ 1;
            int node = heTo[h];
            double back = angle[twin];
            int best = twin;
            double bestDelta = 2 * Math.PI;
            for (int o = 0; o < count; o++)
            {
                if (o == twin || heFrom[o] != node)
                {
                    continue;
                }

                double delta = angle[o] - back;
                while (delta <= 1e-12)
                {
                    delta += 2 * Math.PI;
                }

                if (delta < bestDelta)
                {
                    bestDelta = delta;
                    best = o;
                }
            }

            return best;
        }

        var visited = new bool[count];
        var result = new List<Vec2[]>();
        for (int startHe = 0; startHe < count; startHe++)
        {
            if (visited[startHe])
            {
                continue;
            }

            var cycle = new List<int>();
            int h = startHe;
            while (!visited[h])
            {
                visited[h] = true;
                cycle.Add(h);
                h = Next(h);
            }

            result.Add(BuildContour(cycle, hePts, Next, hw, roundCaps));
        }

        return result;
    }

    private static Vec2[] BuildContour(List<int> cycle, List<Vec2[]> hePts, Func<int, int> next, double hw, bool roundCaps)
    {
        var sides = cycle.Select(h => RightOffset(hePts[h], hw)).ToList();
        var outPts = new List<Vec2>();
        int m = cycle.Count;
        // Resolve junction joins first (they move the end of one side and the start of the next). A curl's first
        // offset segments can be far shorter than the half width, so the inner corner may lie several segments
        // away from the node: search the segments near the node on both sides and drop what lies past the corner.
        var joinPoint = new Vec2?[m];
        var dropEnd = new int[m];
        var dropStart = new int[m];
        for (int i = 0; i < m; i++)
        {
            int h = cycle[i];
            int nh = cycle[(i + 1) % m];
            if (nh == (h ^ 1))
            {
                continue;
            }

            var s0 = sides[i];
            var s1 = sides[(i + 1) % m];
            var node = hePts[h][^1];
            if (NearCorner(s0, s1, node, hw) is { } c)
            {
                joinPoint[i] = c.X;
                dropEnd[i] = c.A;
                dropStart[(i + 1) % m] = c.B;
            }
            else if (Intersect(s0[^2], s0[^1], s1[0], s1[1]) is { } x)
            {
                // Accept the inner corner when it lies on both offset segments (fans of narrow angle) or
                // close to the node (ordinary joins); otherwise leave a bevel.
                double ta = Param(s0[^2], s0[^1], x), tb = Param(s1[0], s1[1], x);
                bool onBoth = ta is >= 0 and <= 1 && tb is >= 0 and <= 1;
                if (onBoth || Vec2.Distance(x, node) < hw * 3)
                {
                    joinPoint[i] = x;
                }
            }
        }

        for (int i = 0; i < m; i++)
        {
            var s = sides[i];
            int from = joinPoint[(i + m - 1) % m] is null ? 0 : 1 + dropStart[i];
            int to = joinPoint[i] is null ? s.Length : s.Length - 1 - dropEnd[i];
            for (int k = from; k < to; k++)
            {
                outPts.Add(s[k]);
            }

            int h = cycle[i];
            if (joinPoint[i] is { } jp)
            {
                outPts.Add(jp);
            }
            else if (cycle[(i + 1) % m] == (h ^ 1))
            {
                AddCap(outPts, hePts[h], hw, roundCaps);
            }
        }

        return Dedupe(outPts);
    }

    /// <summary>The crossing of two offset sides near their shared node, with the number of whole segments of
    /// <paramref name="s0"/> (from its end) and <paramref name="s1"/> (from its start) that lie past it.</summary>
    private static (Vec2 X, int A, int B)? NearCorner(Vec2[] s0, Vec2[] s1, Vec2 node, double hw)
    {
        double reach = hw * 4;
        (Vec2 X, int A, int B)? best = null;
        for (int a = 0; a < s0.Length - 1; a++)
        {
            var a1 = s0[s0.Length - 1 - a];
            var a0 = s0[s0.Length - 2 - a];
            if (a > 0 && Vec2.Distance(a1, node) > reach)
            {
                break;
            }

            for (int b = 0; b < s1.Length - 1; b++)
            {
                var b0 = s1[b];
                var b1 = s1[b + 1];
                if (b > 0 && Vec2.Distance(b0, node) > reach)
                {
                    break;
                }

                if (best is { } q && a + b >= q.A + q.B)
                {
                    break;
                }

                if (Intersect(a0, a1, b0, b1) is { } x
                    && Param(a0, a1, x) is >= 0 and <= 1 && Param(b0, b1, x) is >= 0 and <= 1)
                {
                    best = (x, a, b);
                }
            }
        }

        return best;
    }

    private static void AddCap(List<Vec2> outPts, Vec2[] pts, double hw, bool round)
    {
        var end = pts[^1];
        var dir = (pts[^1] - pts[^2]).Normalized();
        var right = new Vec2(dir.Y, -dir.X);
        if (round)
        {
            double a0 = Math.Atan2(right.Y, right.X);
            var arc = Curves.Arc(end, hw, a0, a0 + Math.PI);
            for (int i = 1; i < arc.Count - 1; i++)
            {
                outPts.Add(arc[i]);
            }
        }
        else
        {
            outPts.Add(end + (right * hw) + (dir * hw * 0.0));
            outPts.Add(end - (right * hw) + (dir * hw * 0.0));
        }
    }

    private static Vec2[] RightOffset(Vec2[] pts, double hw)
    {
        int n = pts.Length;
        var r = new Vec2[n];
        for (int i = 0; i < n; i++)
        {
            var n1 = i > 0 ? Contours.RightNormal(pts[i] - pts[i - 1]) : Vec2.Zero;
            var n2 = i < n - 1 ? Contours.RightNormal(pts[i + 1] - pts[i]) : Vec2.Zero;
            r[i] = pts[i] + (Contours.Miter(n1, n2) * hw);
        }

        return r;
    }

    private static double Param(Vec2 a, Vec2 b, Vec2 p)
    {
        var d = b - a;
        double l2 = d.LengthSquared;
        return l2 > 0 ? Vec2.Dot(p - a, d) / l2 : 0;
    }

    private static Vec2? Intersect(Vec2 a0, Vec2 a1, Vec2 b0, Vec2 b1)
    {
        var da = a1 - a0;
        var db = b1 - b0;
        double den = Vec2.Cross(da, db);
        if (Math.Abs(den) < 1e-12 * Math.Max(1e-12, da.Length * db.Length))
        {
            return null;
        }

        double t = Vec2.Cross(b0 - a0, db) / den;
        return a0 + (da * t);
    }

    private static Vec2[] Dedupe(IReadOnlyList<Vec2> pts)
    {
        var r = new List<Vec2>(pts.Count);
        foreach (var p in pts)
        {
            if (r.Count == 0 || Vec2.Distance(r[^1], p) > 1e-9)
            {
                r.Add(p);
            }
        }

        return r.ToArray();
    }
}
