using System.Runtime.InteropServices;
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
/// Adding a stroke only records its centreline and bucket (no per-stroke allocation). The merging waits until the
/// items are asked for: which path a stroke joins depends only on the earlier strokes of its own bucket, so the
/// buckets are merged in parallel, each in stroke order, and the paths then sorted by their first stroke — the same
/// paths in the same order as merging one stroke at a time, for any thread count. The outlines are then built path
/// by path in parallel (each path depends on its own strokes only).</remarks>
internal sealed class StrokeBuckets
{
    private const double StepL = 0.03, StepAb = 0.018;
    private const int TilesX = 16, TilesY = 8;

    /// <summary>Strokes per merged path at most (short paths also keep the per-row piece lists of the rasterizer short).</summary>
    private const int MaxStrokesPerPath = 6;

    /// <summary>Paths of one bucket that still take strokes.</summary>
    private const int OpenPaths = 4;

    /// <summary>Buckets merged together by one thread at a time.</summary>
    private const int KeyChunk = 64;

    private readonly Dictionary<long, int> _keyIds = [];
    private readonly List<(int Group, Rgba8 Color)> _keys = [];
    private readonly double _w, _h;
    /// <summary>Centreline points in blocks of 2^16 (1 MiB: large objects, never copied as they fill, unlike one
    /// array doubling to the 10⁶–10⁷ points of a dense painting); a stroke never straddles two blocks.</summary>
    private const int BlockShift = 16;
    private readonly List<Vec2[]> _blocks = [];
    private Stroke[] _strokes = new Stroke[256];
    private int _blockFill = 1 << BlockShift, _strokeCount;
    private Merged? _merged;

    private readonly ParallelOptions _parallel;

    /// <summary>Buckets for a scene of w × h user units, merged and outlined with the given thread limit (the paths
    /// do not depend on it).</summary>
    public StrokeBuckets(double w, double h, ParallelOptions? parallel = null)
    {
        _w = w;
        _h = h;
        _parallel = parallel ?? new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, 8) };
    }

    public int StrokeCount => _strokeCount;

    /// <summary>Merged paths (each one SVG element).</summary>
    public int PathCount => Merge().Order.Length;

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
        ref int keyId = ref CollectionsMarshal.GetValueRefOrAddDefault(_keyIds, key, out bool known);
        if (!known)
        {
            keyId = _keys.Count;
            _keys.Add((group, Quantise(c).ToSrgb()));
        }

        if (_strokeCount == _strokes.Length)
        {
            Array.Resize(ref _strokes, _strokes.Length * 2);
        }

        if (_blockFill + pts.Length > 1 << BlockShift)
        {
            _blocks.Add(new Vec2[Math.Max(1 << BlockShift, pts.Length)]);
            _blockFill = 0;
        }

        pts.CopyTo(_blocks[^1].AsSpan(_blockFill));
        _strokes[_strokeCount++] = new Stroke(((_blocks.Count - 1) << BlockShift) + _blockFill, pts.Length, r, keyId);
        _blockFill += pts.Length;
        _merged = null;
    }

    /// <summary>The draw items of one group, in bucket order.</summary>
    public List<SceneItem> Items(int group)
    {
        var m = Merge();
        if (m.Groups is null)
        {
            // Every group's items in one pass over the paths (a painting asks for a hundred groups).
            var paths = Outlines(m);
            var groups = new Dictionary<int, List<SceneItem>>();
            for (int i = 0; i < m.Order.Length; i++)
            {
                var (g, color) = _keys[_strokes[m.Order[i]].Key];
                if (!groups.TryGetValue(g, out var list))
                {
                    groups[g] = list = [];
                }

                list.Add(new DrawItem(paths[i], new SolidPaint(color)));
            }

            m.Groups = groups;
        }

        // A copy: callers own the list they get.
        return m.Groups.TryGetValue(group, out var items) ? [.. items] : [];
    }

    /// <summary>Assigns every stroke to a path: bucket by bucket (in parallel), each bucket in stroke order.</summary>
    private Merged Merge()
    {
        if (_merged is { } done)
        {
            return done;
        }

        int n = _strokeCount, keys = _keys.Count;
        var strokes = _strokes;

        // The strokes of each bucket, in stroke order (a stable counting sort by bucket).
        var keyStart = new int[keys + 1];
        for (int s = 0; s < n; s++)
        {
            keyStart[strokes[s].Key + 1]++;
        }

        for (int k = 0; k < keys; k++)
        {
            keyStart[k + 1] += keyStart[k];
        }

        var byKey = new int[n];
        var fill = (int[])keyStart.Clone();
        for (int s = 0; s < n; s++)
        {
            byKey[fill[strokes[s].Key]++] = s;
        }

        // next[s]: the stroke after s in its path (−1 = last); first[s]: s starts a path.
        var next = new int[n];
        var first = new bool[n];
        var points = _blocks;
        int chunks = (keys + KeyChunk - 1) / KeyChunk;
        Parallel.For(0, chunks, _parallel, () => new Merger(), (c, _, merger) =>
        {
            int end = Math.Min(keys, (c + 1) * KeyChunk);
            for (int k = c * KeyChunk; k < end; k++)
            {
                merger.MergeBucket(byKey.AsSpan(keyStart[k], keyStart[k + 1] - keyStart[k]), strokes, points, next, first);
            }

            return merger;
        }, _ => { });

        // Paths in the order their first strokes were added, as merging stroke by stroke would have created them.
        int count = 0;
        for (int s = 0; s < n; s++)
        {
            count += first[s] ? 1 : 0;
        }

        var order = new int[count];
        count = 0;
        for (int s = 0; s < n; s++)
        {
            if (first[s])
            {
                order[count++] = s;
            }
        }

        _merged = new Merged(order, next);
        return _merged;
    }

    /// <summary>Every path's outline polygons, path by path in parallel.</summary>
    private Path[] Outlines(Merged m)
    {
        var paths = new Path[m.Order.Length];
        var points = _blocks;
        var strokes = _strokes;
        Parallel.For(0, paths.Length, _parallel, () => new OutlineScratch(), (b, _, scratch) =>
        {
            int capacity = 0, contours = 0;
            for (int s = m.Order[b]; s >= 0; s = m.Next[s])
            {
                capacity += StrokeOutline.MaxPoints(strokes[s].Count);
                contours++;
            }

            if (scratch.Points.Length < capacity)
            {
                scratch.Points = new Vec2[Math.Max(capacity, 2 * scratch.Points.Length)];
            }

            if (scratch.Ends.Length < contours)
            {
                scratch.Ends = new int[Math.Max(contours, 2 * scratch.Ends.Length)];
            }

            int count = 0, c = 0;
            for (int s = m.Order[b]; s >= 0; s = m.Next[s])
            {
                var st = strokes[s];
                count += StrokeOutline.Polygon(st.Points(points), st.R, scratch.Points.AsSpan(count));
                scratch.Ends[c++] = count;
            }

            // One MoveTo, LineTos and a Close per contour, straight into the path's own arrays.
            var verbs = new PathVerb[count + contours];
            int v = 0, from = 0;
            foreach (int end in scratch.Ends.AsSpan(0, contours))
            {
                verbs[v++] = PathVerb.MoveTo;
                verbs.AsSpan(v, end - from - 1).Fill(PathVerb.LineTo);
                v += end - from - 1;
                verbs[v++] = PathVerb.Close;
                from = end;
            }

            paths[b] = new Path(verbs, scratch.Points.AsSpan(0, count).ToArray());
            return scratch;
        }, _ => { });
        return paths;
    }

    /// <summary>One thread's outline buffers (grown as needed).</summary>
    private sealed class OutlineScratch
    {
        public Vec2[] Points { get; set; } = new Vec2[1024];

        public int[] Ends { get; set; } = new int[16];
    }

    /// <summary>A stroke: where its points start (block · 2^16 + offset), how many, its radius and bucket.</summary>
    private readonly record struct Stroke(int Start, int Count, double R, int Key)
    {
        public ReadOnlySpan<Vec2> Points(List<Vec2[]> blocks) => blocks[Start >> BlockShift].AsSpan(Start & ((1 << BlockShift) - 1), Count);
    }

    /// <summary>The merge: each path's first stroke in path order, and the next stroke of every stroke's path.</summary>
    private sealed record Merged(int[] Order, int[] Next)
    {
        /// <summary>The draw items of each group, in path order (built once, when first asked for).</summary>
        public Dictionary<int, List<SceneItem>>? Groups { get; set; }
    }

    /// <summary>One thread's merging state: the open paths of the bucket at hand and its strokes' bounds and
    /// chains, in bucket-local stroke indices.</summary>
    private sealed class Merger
    {
        private readonly int[] _open = new int[OpenPaths];
        private readonly List<Box> _boxes = [];
        private readonly List<int> _localNext = [];
        private readonly List<(int First, int Last, int Count)> _paths = [];

        /// <summary>Merges one bucket's strokes (ids ascending) into paths: a stroke joins the first open path none
        /// of whose strokes' bounds it meets, or starts a new one (the oldest open path closing when four are open);
        /// a path with <see cref="MaxStrokesPerPath"/> strokes closes.</summary>
        public void MergeBucket(ReadOnlySpan<int> ids, Stroke[] strokes, List<Vec2[]> points, int[] next, bool[] first)
        {
            _boxes.Clear();
            _localNext.Clear();
            _paths.Clear();
            int openCount = 0;
            for (int i = 0; i < ids.Length; i++)
            {
                int id = ids[i];
                var st = strokes[id];
                var box = Box.Of(st.Points(points), st.R);
                _boxes.Add(box);
                _localNext.Add(-1);
                next[id] = -1;
                int path = -1;
                for (int o = 0; o < openCount; o++)
                {
                    if (Clear(_open[o], box))
                    {
                        path = _open[o];
                        break;
                    }
                }

                if (path < 0)
                {
                    if (openCount == OpenPaths)
                    {
                        Remove(0, ref openCount);
                    }

                    _open[openCount++] = _paths.Count;
                    _paths.Add((i, i, 1));
                    first[id] = true;
                    continue;
                }

                var p = _paths[path];
                next[ids[p.Last]] = id;
                _localNext[p.Last] = i;
                _paths[path] = (p.First, i, p.Count + 1);
                if (p.Count + 1 == MaxStrokesPerPath)
                {
                    Remove(Array.IndexOf(_open, path, 0, openCount), ref openCount);
                }
            }
        }

        // True when the bounding box of no stroke in the path meets box.
        private bool Clear(int path, Box box)
        {
            for (int s = _paths[path].First; s >= 0; s = _localNext[s])
            {
                if (_boxes[s].Meets(box))
                {
                    return false;
                }
            }

            return true;
        }

        private void Remove(int at, ref int openCount)
        {
            Array.Copy(_open, at + 1, _open, at, openCount - at - 1);
            openCount--;
        }
    }

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
