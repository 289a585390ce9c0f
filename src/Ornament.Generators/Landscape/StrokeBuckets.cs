using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Collects strokes into colour buckets: OKLab is quantised per layer and spatial tile, and strokes of one
/// bucket become the contours of a few paths, so a painting with 10⁵ strokes stays a few ten thousand SVG elements.
/// The tiles (16 × 8 over the canvas) keep each merged path's bounding box small, so a rasterizer that visits the
/// cells of a path's bounds does not pay for a bucket's strokes scattered across the whole picture.
/// Paths keep first-use order (deterministic, and effectively the randomised stroke order).</summary>
/// <remarks>A stroke joins a path of its bucket only where its bounding box meets none of that path's strokes: the
/// exact-area rasterizer recomputes every pixel where two contours of one path meet from all the pieces crossing that
/// row of the path, so overlapping contours in one path cost far more than the same contours in separate paths
/// (measured at 4K: about a tenth of the render time). A bucket keeps a few paths open; a stroke that overlaps them
/// all starts a new one, the oldest open path closing.
/// Adding a stroke only records its centreline (no per-stroke allocation); the outlines are built once, when
/// the items are asked for, path by path in parallel (each path depends on its own strokes only, so the result does
/// not depend on the thread count).</remarks>
internal sealed class StrokeBuckets
{
    private const double StepL = 0.03, StepAb = 0.018;
    private const int TilesX = 16, TilesY = 8;

    /// <summary>Strokes per merged path at most (short paths also keep the per-row piece lists of the rasterizer short).</summary>
    private const int MaxStrokesPerPath = 6;

    /// <summary>Paths of one bucket that still take strokes.</summary>
    private const int OpenPaths = 4;
    private readonly Dictionary<long, List<int>> _open = [];
    private readonly List<Bucket> _buckets = [];
    private readonly List<Vec2> _points = [];
    private readonly List<(int Start, int Count, double R, int Next)> _strokes = [];
    private readonly List<Box> _boxes = [];
    private readonly double _w, _h;
    private Path[]? _paths;

    public StrokeBuckets(double w, double h)
    {
        _w = w;
        _h = h;
    }

    public int StrokeCount => _strokes.Count;

    /// <summary>Merged paths so far (each one SVG element).</summary>
    public int PathCount => _buckets.Count;

    /// <summary>The colour a stroke of <paramref name="c"/> actually gets (the bucket centre).</summary>
    public static Oklab Quantise(Oklab c) => new(Math.Round(c.L / StepL) * StepL, Math.Round(c.A / StepAb) * StepAb, Math.Round(c.B / StepAb) * StepAb);

    /// <summary>Adds a stroke along <paramref name="pts"/> of radius r (one point: a disc) to the bucket of its colour,
    /// layer group and the tile of its first point.</summary>
    public void AddStroke(int group, Oklab c, ReadOnlySpan<Vec2> pts, double r)
    {
        int tx = Math.Clamp((int)(pts[0].X / _w * TilesX), 0, TilesX - 1);
        int ty = Math.Clamp((int)(pts[0].Y / _h * TilesY), 0, TilesY - 1);
        long key = ((long)group << 40) | ((long)((ty * TilesX) + tx) << 30) | ((long)(Math.Round(c.L / StepL) + 512) << 20)
            | ((long)(Math.Round(c.A / StepAb) + 512) << 10) | (long)(Math.Round(c.B / StepAb) + 512);
        int id = _strokes.Count;
        var box = Box.Of(pts, r);
        if (!_open.TryGetValue(key, out var open))
        {
            open = [];
            _open[key] = open;
        }

        int path = -1;
        foreach (int candidate in open)
        {
            if (Clear(candidate, box))
            {
                path = candidate;
                break;
            }
        }

        if (path < 0)
        {
            if (open.Count == OpenPaths)
            {
                open.RemoveAt(0);
            }

            path = _buckets.Count;
            open.Add(path);
            _buckets.Add(new Bucket(group, Quantise(c).ToSrgb(), id, id, 1));
        }
        else
        {
            var last = _strokes[_buckets[path].Last];
            _strokes[_buckets[path].Last] = last with { Next = id };
            _buckets[path] = _buckets[path] with { Last = id, Count = _buckets[path].Count + 1 };
            if (_buckets[path].Count == MaxStrokesPerPath)
            {
                open.Remove(path);
            }
        }

        _strokes.Add((_points.Count, pts.Length, r, -1));
        _boxes.Add(box);
        foreach (var p in pts)
        {
            _points.Add(p);
        }

        _paths = null;
    }

    // True when the bounding box of no stroke in the path meets box.
    private bool Clear(int path, Box box)
    {
        for (int s = _buckets[path].First; s >= 0; s = _strokes[s].Next)
        {
            if (_boxes[s].Meets(box))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The draw items of one group, in bucket order.</summary>
    public List<SceneItem> Items(int group)
    {
        var paths = Paths();
        var list = new List<SceneItem>();
        for (int i = 0; i < _buckets.Count; i++)
        {
            if (_buckets[i].Group == group)
            {
                list.Add(new DrawItem(paths[i], new SolidPaint(_buckets[i].Color)));
            }
        }

        return list;
    }

    private Path[] Paths()
    {
        if (_paths is { } done)
        {
            return done;
        }

        var paths = new Path[_buckets.Count];
        var points = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_points).ToArray();
        Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => new List<Vec2>(256), (b, _, poly) =>
        {
            poly.Clear();
            var verbs = new List<PathVerb>(256);
            for (int s = _buckets[b].First; s >= 0; s = _strokes[s].Next)
            {
                var (start, count, r, _) = _strokes[s];
                int from = poly.Count;
                StrokeOutline.Polygon(points.AsSpan(start, count), r, poly);
                verbs.Add(PathVerb.MoveTo);
                for (int k = from + 1; k < poly.Count; k++)
                {
                    verbs.Add(PathVerb.LineTo);
                }

                verbs.Add(PathVerb.Close);
            }

            paths[b] = new Path([.. verbs], [.. poly]);
            return poly;
        }, _ => { });
        _paths = paths;
        return paths;
    }

    private readonly record struct Bucket(int Group, Rgba8 Color, int First, int Last, int Count);

    /// <summary>A stroke's bounds: its centreline points grown by the radius (the outline lies inside).</summary>
    private readonly record struct Box(double X0, double Y0, double X1, double Y1)
    {
        public static Box Of(ReadOnlySpan<Vec2> pts, double r)
        {
            double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
            foreach (var p in pts)
            {
                x0 = Math.Min(x0, p.X);
                y0 = Math.Min(y0, p.Y);
                x1 = Math.Max(x1, p.X);
                y1 = Math.Max(y1, p.Y);
            }

            return new Box(x0 - r, y0 - r, x1 + r, y1 + r);
        }

        public bool Meets(Box o) => X0 < o.X1 && o.X0 < X1 && Y0 < o.Y1 && o.Y0 < Y1;
    }
}
