namespace Ornament.Geometry;

/// <summary>Reverses the direction of every contour of a path (same shape, opposite winding), keeping curves as
/// curves and closed contours closed.</summary>
internal static class PathReversal
{
    public static Path Reverse(Path path)
    {
        var verbs = path.Verbs;
        var pts = path.Points;
        var b = new PathBuilder();
        int v = 0, p = 0;
        while (v < verbs.Length)
        {
            // One contour: MoveTo, drawing verbs, optional Close.
            int firstVerb = v, firstPoint = p;
            v++;
            p++;
            while (v < verbs.Length && verbs[v] is not PathVerb.MoveTo and not PathVerb.Close)
            {
                p += Path.PointCount(verbs[v]);
                v++;
            }

            bool closed = v < verbs.Length && verbs[v] == PathVerb.Close;
            AddReversed(b, verbs[firstVerb..v], pts[firstPoint..p], closed);
            if (closed)
            {
                v++;
            }
        }

        return b.Build();
    }

    private static void AddReversed(PathBuilder b, ReadOnlySpan<PathVerb> verbs, ReadOnlySpan<Vec2> pts, bool closed)
    {
        // Walking backwards, each verb ends where its predecessor's last point is.
        b.MoveTo(pts[^1]);
        int end = pts.Length - 1;
        for (int i = verbs.Length - 1; i >= 1; i--)
        {
            int n = Path.PointCount(verbs[i]);
            int start = end - n; // the verb's start point (previous verb's end)
            switch (verbs[i])
            {
                case PathVerb.LineTo: b.LineTo(pts[start]); break;
                case PathVerb.QuadTo: b.QuadTo(pts[start + 1], pts[start]); break;
                default: b.CubicTo(pts[start + 2], pts[start + 1], pts[start]); break;
            }

            end = start;
        }

        if (closed)
        {
            b.Close();
        }
    }
}
