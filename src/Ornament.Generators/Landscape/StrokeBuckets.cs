using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Collects strokes into colour buckets: OKLab is quantised per layer and spatial tile, and every stroke of one
/// bucket becomes one contour of a single path, so a painting with 10⁵ strokes stays a few ten thousand SVG elements.
/// The tiles (16 × 8 over the canvas) keep each merged path's bounding box small, so a rasterizer that visits the
/// cells of a path's bounds does not pay for a bucket's strokes scattered across the whole picture.
/// Buckets keep first-use order (deterministic, and effectively the randomised stroke order).</summary>
/// <remarks>Adding a stroke only records its centreline (no per-stroke allocation); the outlines are built once, when
/// the items are asked for, bucket by bucket in parallel (each bucket's path depends on its own strokes only, so the
/// result does not depend on the thread count).</remarks>
internal sealed class StrokeBuckets
{
    private const double StepL = 0.03, StepAb = 0.018;
    private const int TilesX = 16, TilesY = 8;

    /// <summary>Strokes per merged path at most. The exact-area rasterizer recomputes every cell where pieces of
    /// several contours meet from all the pieces crossing that row of the path, so a path's cost grows with the square
    /// of its overlapping contours; short paths keep it linear while the SVG stays far below 200,000 elements.</summary>
    private const int MaxStrokesPerPath = 6;
    private readonly Dictionary<long, int> _index = [];
    private readonly List<Bucket> _buckets = [];
    private readonly List<Vec2> _points = [];
    private readonly List<(int Start, int Count, double R, int Next)> _strokes = [];
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
        if (!_index.TryGetValue(key, out int i) || _buckets[i].Count >= MaxStrokesPerPath)
        {
            // A full bucket is continued by a fresh path of the same colour, drawn after it (strokes keep their order).
            i = _buckets.Count;
            _index[key] = i;
            _buckets.Add(new Bucket(group, Quantise(c).ToSrgb(), id, id, 0));
        }
        else
        {
            var last = _strokes[_buckets[i].Last];
            _strokes[_buckets[i].Last] = last with { Next = id };
            _buckets[i] = _buckets[i] with { Last = id };
        }

        _buckets[i] = _buckets[i] with { Count = _buckets[i].Count + 1 };
        _strokes.Add((_points.Count, pts.Length, r, -1));
        foreach (var p in pts)
        {
            _points.Add(p);
        }

        _paths = null;
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
}
