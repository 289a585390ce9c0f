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

        if (paint.Shader is { } shader)
        {
            var sink = new GradientSink(surface, shader, _scratch, d.Blend, simd);
            _rasterizer.Fill(d.Points, d.ContourEnds, d.Rule, clip, ref sink);
        }
        else if (d.Blend != BlendMode.SourceOver)
        {
            var sink = new BlendModeSink(surface, paint.Color, d.Blend);
            _rasterizer.Fill(d.Points, d.ContourEnds, d.Rule, clip, ref sink);
        }
        else
        {
            var sink = new SolidSourceOverSink(surface, paint.Color, simd);
            _rasterizer.Fill(d.Points, d.ContourEnds, d.Rule, clip, ref sink);
        }
    }
}
