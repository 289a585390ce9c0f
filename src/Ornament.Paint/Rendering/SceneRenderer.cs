using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Renders a <see cref="Scene"/> into a <see cref="Pixmap"/>: for each item, flatten (stroke first when
/// asked) → rasterize → composite. The scene's user space is scaled onto the pixmap (like an SVG viewBox with
/// <c>preserveAspectRatio="none"</c>).</summary>
public static class SceneRenderer
{
    /// <summary>Renders into a new pixmap of <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static Pixmap Render(Scene scene, int width, int height, RenderOptions? options = null)
    {
        var pixmap = new Pixmap(width, height);
        Render(scene, pixmap, options);
        return pixmap;
    }

    /// <summary>Renders into <paramref name="target"/>, replacing its content.</summary>
    public static void Render(Scene scene, Pixmap target, RenderOptions? options = null)
    {
        options ??= RenderOptions.Default;
        if (scene.Background is { } bg)
        {
            target.Clear(bg);
        }
        else
        {
            target.Data.Clear();
        }

        var ctx = new RenderContext(options.Tolerance);
        var baseTransform = Affine.Scale(target.Width / scene.Width, target.Height / scene.Height);
        DrawItems(scene.Items, baseTransform, target, ctx);
    }

    private static void DrawItems(IReadOnlyList<SceneItem> items, Affine transform, Pixmap target, RenderContext ctx)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case DrawItem d:
                    Draw(d, transform, target, ctx);
                    break;
                case GroupItem g:
                    DrawGroup(g, transform, target, ctx);
                    break;
            }
        }
    }

    private static void DrawGroup(GroupItem g, Affine transform, Pixmap target, RenderContext ctx)
    {
        var t = g.Transform is { } gt ? gt.Then(transform) : transform;
        if (g.Opacity >= 1 && g.Blend == BlendMode.SourceOver)
        {
            DrawItems(g.Items, t, target, ctx);
            return;
        }

        if (!(g.Opacity > 0))
        {
            return;
        }

        var layer = new Pixmap(target.Width, target.Height);
        DrawItems(g.Items, t, layer, ctx);
        LayerCompositor.Composite(target, layer, g.Opacity, g.Blend);
    }

    private static void Draw(DrawItem d, Affine transform, Pixmap target, RenderContext ctx)
    {
        var t = d.Transform is { } dt ? dt.Then(transform) : transform;
        var path = d.Path;
        var rule = d.FillRule;
        if (d.Stroke is { } stroke)
        {
            double scale = t.MaxScale;
            path = Stroker.Stroke(path, stroke, scale > 0 ? ctx.Tolerance / scale : ctx.Tolerance);
            rule = FillRule.NonZero;
        }

        Flattener.Flatten(path, t, ctx.Tolerance, ctx.Flat);
        var clip = new PixelRect(0, 0, target.Width, target.Height);
        switch (d.Paint)
        {
            case SolidPaint s:
            {
                var c = s.Color;
                if (d.Opacity < 1)
                {
                    c = c.WithAlpha((byte)Math.Round(c.A * Math.Clamp(d.Opacity, 0, 1)));
                }

                if (d.Blend != BlendMode.SourceOver)
                {
                    var sink = new BlendModeSink(target, c.Premultiply(), d.Blend);
                    ctx.Rasterizer.Fill(ctx.Flat, rule, clip, ref sink);
                }
                else
                {
                    var sink = new SolidSourceOverSink(target, c.Premultiply());
                    ctx.Rasterizer.Fill(ctx.Flat, rule, clip, ref sink);
                }

                break;
            }

            default:
                throw new NotSupportedException($"Paint {d.Paint.GetType().Name} is not supported by this renderer yet.");
        }
    }

    private sealed class RenderContext(double tolerance)
    {
        public double Tolerance { get; } = tolerance;

        public Rasterizer Rasterizer { get; } = new();

        public FlattenedPath Flat { get; } = new();
    }
}
