using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Collects strokes into colour buckets: OKLab is quantised per layer and spatial tile, and every stroke of one
/// bucket becomes one contour of a single path, so a painting with 10⁵ strokes stays a few ten thousand SVG elements.
/// The tiles (16 × 8 over the canvas) keep each merged path's bounding box small, so a rasterizer that visits the
/// cells of a path's bounds does not pay for a bucket's strokes scattered across the whole picture.
/// Buckets keep first-use order (deterministic, and effectively the randomised stroke order).</summary>
internal sealed class StrokeBuckets
{
    private const double StepL = 0.03, StepAb = 0.018;
    private const int TilesX = 16, TilesY = 8;

    /// <summary>Strokes per merged path at most. The exact-area rasterizer recomputes every cell where pieces of
    /// several contours meet from all the pieces crossing that row of the path, so a path's cost grows with the square
    /// of its overlapping contours; short paths keep it linear while the SVG stays far below 200,000 elements.</summary>
    private const int MaxStrokesPerPath = 6;
    private readonly Dictionary<(int Group, int Tile, int L, int A, int B), int> _index = [];
    private readonly List<(int Group, Rgba8 Color, PathBuilder Path)> _buckets = [];
    private readonly List<int> _fill = [];
    private readonly double _w, _h;

    public StrokeBuckets(double w, double h)
    {
        _w = w;
        _h = h;
    }

    public int StrokeCount { get; private set; }

    /// <summary>The colour a stroke of <paramref name="c"/> actually gets (the bucket centre).</summary>
    public static Oklab Quantise(Oklab c) => new(Math.Round(c.L / StepL) * StepL, Math.Round(c.A / StepAb) * StepAb, Math.Round(c.B / StepAb) * StepAb);

    public PathBuilder For(int group, Oklab c, Vec2 at)
    {
        int tx = Math.Clamp((int)(at.X / _w * TilesX), 0, TilesX - 1);
        int ty = Math.Clamp((int)(at.Y / _h * TilesY), 0, TilesY - 1);
        var key = (group, (ty * TilesX) + tx, (int)Math.Round(c.L / StepL), (int)Math.Round(c.A / StepAb), (int)Math.Round(c.B / StepAb));
        if (!_index.TryGetValue(key, out int i) || _fill[i] >= MaxStrokesPerPath)
        {
            // A full bucket is continued by a fresh path of the same colour, drawn after it (strokes keep their order).
            i = _buckets.Count;
            _index[key] = i;
            _buckets.Add((group, Quantise(c).ToSrgb(), new PathBuilder()));
            _fill.Add(0);
        }

        _fill[i]++;
        StrokeCount++;
        return _buckets[i].Path;
    }

    public void AddStroke(int group, Oklab c, ReadOnlySpan<Vec2> pts, double r) =>
        StrokeOutline.Append(For(group, c, pts[0]), pts, r);

    /// <summary>The draw items of one group, in bucket order.</summary>
    public List<SceneItem> Items(int group)
    {
        var list = new List<SceneItem>();
        foreach (var (g, color, path) in _buckets)
        {
            if (g == group && !path.IsEmpty)
            {
                list.Add(new DrawItem(path.Build(), new SolidPaint(color)));
            }
        }

        return list;
    }
}
