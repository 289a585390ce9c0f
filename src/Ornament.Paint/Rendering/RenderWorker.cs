using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>The mutable state of one rendering thread: its rasterizer, a scratch row for shaded spans and a pool of
/// layer buffers. Renders the rows of a clip rectangle; the output of a pixel depends only on the prepared scene,
/// never on the clip it was rendered under, so bands may be rendered in any order on any worker.</summary>
internal sealed class RenderWorker(int width, SimdWidth simd)
{
    private readonly Rasterizer _rasterizer = new(simd);
    private readonly byte[] _scratch = new byte[width * 4];
    private readonly List<byte[]> _pool = [];
    private Vec2[] _subPoints = new Vec2[256];
    private int[] _subEnds = new int[16];

    /// <summary>Paints background and items into the <paramref name="clip"/> rows of <paramref name="surface"/>.</summary>
    public void Render(PreparedScene scene, Surface surface, PixelRect clip)
    {
        surface.Fill(scene.Background, clip);
        RenderOps(scene.Ops, surface, clip);
    }

    /// <summary>Like <see cref="Render(PreparedScene, Surface, PixelRect)"/>, visiting only the top-level ops listed in <paramref name="opIndices"/>
    /// (ascending): those whose bounds meet the clip's rows, binned once for all bands.</summary>
    public void Render(PreparedScene scene, Surface surface, PixelRect clip, ReadOnlySpan<int> opIndices)
    {
        surface.Fill(scene.Background, clip);
        var ops = scene.Ops;
        foreach (int i in opIndices)
        {
            RenderOp(ops[i], surface, clip);
        }
    }

    private void RenderOps(List<PreparedOp> ops, Surface surface, PixelRect clip)
    {
        foreach (var op in ops)
        {
            RenderOp(op, surface, clip);
        }
    }

    private void RenderOp(PreparedOp op, Surface surface, PixelRect clip)
    {
        var b = op.Bounds.Intersect(clip);
        if (b.IsEmpty)
        {
            return;
        }

        switch (op)
        {
            case DrawOp d:
                Draw(d, surface, clip);
                break;
            case GroupOp { Layer: false } g:
                RenderOps(g.Children, surface, clip);
                break;
            case GroupOp g:
                DrawLayer(g, surface, b);
                break;
        }
    }

    // The layer covers only the group's bounds within the clip; its columns do not depend on the band, so the
    // rasterizer sees the same horizontal clip in every band.
    private void DrawLayer(GroupOp g, Surface surface, PixelRect rect)
    {
        int stride = rect.Width * 4;
        int bytes = stride * rect.Height;
        var buffer = Rent(bytes);
        var layer = new Surface(buffer, stride, rect);
        layer.Fill(default, rect);
        RenderOps(g.Children, layer, rect);
        LayerCompositor.Composite(surface, layer, g.Opacity, g.Blend, simd);
        _pool.Add(buffer);
    }

    /// <summary>Narrows a path that reaches past the clip's rows to its contours that reach into them (copied to
    /// scratch); false when none does.</summary>
    /// <remarks>A closed contour has winding 0 outside its bounds, so one lying wholly above or below the clip adds
    /// nothing to any pixel in it, and leaves no piece in its rows: the rows are filled from the same pieces, in the
    /// same order, with or without it. Merged stroke paths are mostly such contours: a band filling only its own
    /// strokes skips setting up every other stroke's edges.</remarks>
    private bool Within(DrawOp d, PixelRect clip, ref ReadOnlySpan<Vec2> points, ref ReadOnlySpan<int> ends)
    {
        var rows = d.ContourRows;
        int keep = 0, keepPoints = 0, start = 0;
        for (int c = 0; c < ends.Length; c++)
        {
            if (rows[2 * c] < clip.Y1 && rows[(2 * c) + 1] > clip.Y0)
            {
                keep++;
                keepPoints += ends[c] - start;
            }

            start = ends[c];
        }

        if (keep == ends.Length)
        {
            return true;
        }

        if (keep == 0)
        {
            return false;
        }

        if (_subPoints.Length < keepPoints)
        {
            _subPoints = new Vec2[Math.Max(keepPoints, _subPoints.Length * 2)];
        }

        if (_subEnds.Length < keep)
        {
            _subEnds = new int[Math.Max(keep, _subEnds.Length * 2)];
        }

        int n = 0, e = 0;
        start = 0;
        for (int c = 0; c < ends.Length; c++)
        {
            if (rows[2 * c] < clip.Y1 && rows[(2 * c) + 1] > clip.Y0)
            {
                points[start..ends[c]].CopyTo(_subPoints.AsSpan(n));
                n += ends[c] - start;
                _subEnds[e++] = n;
            }

            start = ends[c];
        }

        points = _subPoints.AsSpan(0, n);
        ends = _subEnds.AsSpan(0, e);
        return true;
    }

    private byte[] Rent(int bytes)
    {
        for (int i = _pool.Count - 1; i >= 0; i--)
        {
            if (_pool[i].Length >= bytes)
            {
                var b = _pool[i];
                _pool.RemoveAt(i);
                return b;
            }
        }

        return new byte[bytes];
    }

    private void Draw(DrawOp d, Surface surface, PixelRect clip)
    {
        if (d.Paint is not { } paint)
        {
            return;
        }

        var points = d.Points;
        var ends = d.ContourEnds;
        if (ends.Length > 1 && (d.Bounds.Y0 < clip.Y0 || d.Bounds.Y1 > clip.Y1) && !Within(d, clip, ref points, ref ends))
        {
            return;
        }

        if (paint.Shader is { } shader)
        {
            var sink = new GradientSink(surface, shader, _scratch, d.Blend, simd);
            _rasterizer.Fill(points, ends, d.Rule, clip, ref sink);
        }
        else if (d.Blend != BlendMode.SourceOver)
        {
            var sink = new BlendModeSink(surface, paint.Color, d.Blend);
            _rasterizer.Fill(points, ends, d.Rule, clip, ref sink);
        }
        else
        {
            var sink = new SolidSourceOverSink(surface, paint.Color, simd);
            _rasterizer.Fill(points, ends, d.Rule, clip, ref sink);
        }
    }
}
