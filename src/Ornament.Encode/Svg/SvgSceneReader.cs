using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode.Svg;

/// <summary>Turns an <see cref="SvgNode"/> tree into a <see cref="Scene"/>. Recursion is bounded by the tree
/// reader's nesting limit (and <c>&lt;use&gt;</c> chains by the same limit).</summary>
internal sealed partial class SvgSceneReader
{
    private readonly SvgNode _root;
    private readonly Dictionary<string, SvgNode> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<SvgNode, Path?> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<SvgNode> _activeUses = new(ReferenceEqualityComparer.Instance);
    private double _vbX, _vbY, _vbW, _vbH;
    private long _expanded;

    /// <summary>Most elements a document may draw once every &lt;use&gt; is expanded.</summary>
    public const int MaxElements = 2_000_000;

    public SvgSceneReader(SvgNode root)
    {
        _root = root;
    }

    private static SvgFormatException Fail(SvgAttribute a, string message, Exception? inner = null) =>
        new(a.Line, a.Column, message, inner);

    private static SvgFormatException Fail(SvgNode n, string message) => new(n.Line, n.Column, message);

    public SvgDocument Read()
    {
        if (!_root.IsSvg || _root.Name != "svg")
        {
            throw Fail(_root, $"the root element is <{_root.Name}>, not <svg>");
        }

        Index(_root);
        var (width, height) = Viewport();
        var (rootStyle, rootLocal) = SvgProperties.Compute(_root, SvgStyle.Initial);
        string? metadata = null;
        Rgba8? background = null;
        var items = new List<SceneItem>();
        bool first = true;
        foreach (var child in _root.Children)
        {
            if (!child.IsSvg)
            {
                continue;
            }

            if (child.Name == "metadata")
            {
                if (metadata is null && child.Children.Count == 0 && child.Text is { } t)
                {
                    metadata = t.ToString();
                }

                continue;
            }

            if (!IsRendered(child.Name))
            {
                continue;
            }

            if (first && TryBackground(child, rootStyle) is { } bg)
            {
                background = bg;
                first = false;
                continue;
            }

            first = false;
            Process(child, rootStyle, items, 1);
        }

        IReadOnlyList<SceneItem> top = items;
        if (_vbX != 0 || _vbY != 0 || rootLocal.Opacity < 1 || rootLocal.Blend != BlendMode.SourceOver)
        {
            Affine? t = _vbX != 0 || _vbY != 0 ? Affine.Translate(-_vbX, -_vbY) : null;
            top = [new GroupItem(items, t, rootLocal.Opacity, rootLocal.Blend)];
        }

        return new SvgDocument(new Scene(_vbW, _vbH, top, background, metadata), width, height);
    }

    private static bool IsRendered(string name) => name is "g" or "a" or "svg" or "use" or "path" or "rect"
        or "circle" or "ellipse" or "line" or "polyline" or "polygon";

    private void Index(SvgNode node)
    {
        foreach (var c in node.Children)
        {
            if (c.Get("id") is { } id)
            {
                _ids.TryAdd(id, c);
            }

            Index(c);
        }
    }

    /// <summary>Reads viewBox, width and height; returns the output size in pixels.</summary>
    private (double Width, double Height) Viewport()
    {
        double? w = RootLength("width"), h = RootLength("height");
        if (_root.Find("viewBox") is { } vbAttr)
        {
            List<double> vb;
            try
            {
                vb = SvgNumbers.ParseList(vbAttr.Value);
            }
            catch (FormatException e)
            {
                throw Fail(vbAttr, "viewBox: " + e.Message, e);
            }

            if (vb.Count != 4 || !(vb[2] > 0 && vb[3] > 0))
            {
                throw Fail(vbAttr, $"viewBox '{vbAttr.Value}' must be four numbers with a positive width and height");
            }

            (_vbX, _vbY, _vbW, _vbH) = (vb[0], vb[1], vb[2], vb[3]);
            if (w is null && h is { } hh)
            {
                w = hh * _vbW / _vbH;
            }
            else if (h is null && w is { } ww)
            {
                h = ww * _vbH / _vbW;
            }
        }
        else
        {
            _vbW = w ?? 300;
            _vbH = h ?? 150;
        }

        double outW = w ?? _vbW, outH = h ?? _vbH;
        if (!(outW > 0 && outH > 0) || outW > Pixmap.MaxDimension || outH > Pixmap.MaxDimension || _vbW > 1e9 || _vbH > 1e9)
        {
            throw Fail(_root, $"absurd size {outW}×{outH} (viewBox {_vbW}×{_vbH})");
        }

        return (outW, outH);
    }

    private double? RootLength(string name)
    {
        if (_root.Find(name) is not { } a || SvgLengths.IsPercent(a.Value) || a.Value.Trim() == "auto")
        {
            return null;
        }

        try
        {
            return SvgLengths.Parse(a.Value, 0);
        }
        catch (FormatException e)
        {
            throw Fail(a, e.Message, e);
        }
    }

    /// <summary>The first element is taken as the background when it is a plain rect covering the viewBox.</summary>
    private Rgba8? TryBackground(SvgNode n, SvgStyle rootStyle)
    {
        if (n.Name != "rect" || _vbX != 0 || _vbY != 0 || n.Find("transform") is not null)
        {
            return null;
        }

        var (s, local) = SvgProperties.Compute(n, rootStyle);
        if (local.Opacity < 1 || local.Blend != BlendMode.SourceOver || local.DisplayNone || s.Stroke is not NoPaint)
        {
            return null;
        }

        if (Len(n, "x", Axis.X) != 0 || Len(n, "y", Axis.Y) != 0 || Len(n, "rx", Axis.X) != 0 || Len(n, "ry", Axis.Y) != 0)
        {
            return null;
        }

        if (Math.Abs(Len(n, "width", Axis.X) - _vbW) > 1e-9 * _vbW || Math.Abs(Len(n, "height", Axis.Y) - _vbH) > 1e-9 * _vbH)
        {
            return null;
        }

        Rgba8? c = s.Fill switch
        {
            ColorPaint cp => cp.Color,
            CurrentColorPaint => s.Color,
            _ => null,
        };
        return c is { } col ? WithOpacity(col, s.FillOpacity) : null;
    }

    private static Rgba8 WithOpacity(Rgba8 c, double opacity) =>
        opacity >= 1 ? c : c.WithAlpha((byte)Math.Round(c.A * opacity));

    private enum Axis
    {
        X,
        Y,
        Other,
    }

    private double PercentBase(Axis axis) => axis switch
    {
        Axis.X => _vbW,
        Axis.Y => _vbH,
        _ => Math.Sqrt(((_vbW * _vbW) + (_vbH * _vbH)) / 2),
    };

    private double Len(SvgNode n, string name, Axis axis, double fallback = 0)
    {
        if (n.Find(name) is not { } a)
        {
            return fallback;
        }

        try
        {
            return SvgLengths.Parse(a.Value, PercentBase(axis));
        }
        catch (FormatException e)
        {
            throw Fail(a, $"{name}: {e.Message}", e);
        }
    }

    private Affine? TransformOf(SvgNode n, string name = "transform")
    {
        if (n.Find(name) is not { } a)
        {
            return null;
        }

        try
        {
            return TransformList.Parse(a.Value);
        }
        catch (FormatException e)
        {
            throw Fail(a, e.Message, e);
        }
    }

    private static Affine? Compose(Affine? outer, Affine? inner) =>
        outer is null ? inner : inner is null ? outer : outer.Value * inner.Value;

    private void Process(SvgNode node, SvgStyle parent, List<SceneItem> output, int depth, Affine? outerTransform = null, LocalStyle? outerLocal = null)
    {
        if (!node.IsSvg || !IsRendered(node.Name))
        {
            return;
        }

        if (depth > 2 * SvgTreeReader.MaxDepth)
        {
            throw Fail(node, $"elements (with <use>) nested deeper than {2 * SvgTreeReader.MaxDepth}");
        }

        // <use> of a group of <use>s multiplies: a few kilobytes can describe 10^12 shapes. Count every element
        // drawn, references expanded, and refuse past the documented limit instead of hanging.
        if (++_expanded > MaxElements)
        {
            throw Fail(node, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the document expands (through <use>) to more than {MaxElements:N0} elements"));
        }

        var (style, local) = SvgProperties.Compute(node, parent);
        if (local.DisplayNone)
        {
            return;
        }

        if (outerLocal is { } ol)
        {
            local.Opacity *= ol.Opacity;
            if (local.Blend == BlendMode.SourceOver)
            {
                local.Blend = ol.Blend;
            }
        }

        var transform = Compose(outerTransform, TransformOf(node));
        if (transform is { IsFinite: false })
        {
            throw Fail(node, "the transforms overflow (a coefficient is not finite)");
        }

        switch (node.Name)
        {
            case "g":
            case "a":
            case "svg":
            {
                if (node.Name == "svg")
                {
                    double x = Len(node, "x", Axis.X), y = Len(node, "y", Axis.Y);
                    if (x != 0 || y != 0)
                    {
                        transform = Compose(transform, Affine.Translate(x, y));
                        if (transform is { IsFinite: false })
                        {
                            throw Fail(node, "the transforms overflow (a coefficient is not finite)");
                        }
                    }
                }

                var children = new List<SceneItem>();
                foreach (var c in node.Children)
                {
                    Process(c, style, children, depth + 1);
                }

                output.Add(new GroupItem(children, transform, local.Opacity, local.Blend, node.Get("id")));
                break;
            }

            case "use":
                ProcessUse(node, style, local, transform, output, depth);
                break;
            default:
                EmitShape(node, style, local, transform, output);
                break;
        }
    }

    private void ProcessUse(SvgNode node, SvgStyle style, LocalStyle local, Affine? transform, List<SceneItem> output, int depth)
    {
        if (node.Find("href") is not { } href)
        {
            return;
        }

        string id = href.Value.Trim();
        if (!id.StartsWith('#') || !_ids.TryGetValue(id[1..], out var target))
        {
            return; // external or missing references draw nothing
        }

        if (!_activeUses.Add(target))
        {
            throw Fail(href, $"<use> reference cycle through '{id}'");
        }

        try
        {
            double x = Len(node, "x", Axis.X), y = Len(node, "y", Axis.Y);
            if (x != 0 || y != 0)
            {
                transform = Compose(transform, Affine.Translate(x, y));
            }

            Process(target, style, output, depth + 1, transform, local);
        }
        finally
        {
            _activeUses.Remove(target);
        }
    }

    private void EmitShape(SvgNode node, SvgStyle style, LocalStyle local, Affine? transform, List<SceneItem> output)
    {
        if (!_paths.TryGetValue(node, out var path))
        {
            path = ShapePath(node);
            _paths.Add(node, path);
        }

        if (path is null || path.IsEmpty)
        {
            return;
        }

        // Found by fuzzing: finite numbers can still overflow (an arc to x = 1e308, a control point of 1e308), and
        // a scene must never carry a non-finite point (the writer refuses it, the renderer would skip it).
        if (!path.IsFinite)
        {
            throw Fail(node, $"<{node.Name}> coordinates overflow (a point is not finite)");
        }

        var items = new List<DrawItem>(2);
        Rect? bbox = null;
        Rect Bounds() => bbox ??= PathBounds.Tight(path);
        if (node.Name != "line" && ResolvePaint(style.Fill, style, style.FillOpacity, Bounds) is ({ } fill, double fillOpacity))
        {
            items.Add(new DrawItem(path, fill, style.FillRule, Opacity: fillOpacity));
        }

        if (style.StrokeWidth > 0 && ResolvePaint(style.Stroke, style, style.StrokeOpacity, Bounds) is ({ } stroke, double strokeOpacity))
        {
            var st = new StrokeStyle(style.StrokeWidth, style.Join, style.Cap, style.MiterLimit, style.Dashes, style.DashOffset);
            items.Add(new DrawItem(path, stroke, FillRule.NonZero, Opacity: strokeOpacity, Stroke: st));
        }

        if (items.Count == 1 || (local.Opacity >= 1 && local.Blend == BlendMode.SourceOver))
        {
            foreach (var it in items)
            {
                output.Add(it with { Transform = transform, Opacity = it.Opacity * local.Opacity, Blend = local.Blend });
            }
        }
        else if (items.Count == 2)
        {
            output.Add(new GroupItem(items.ToArray(), transform, local.Opacity, local.Blend));
        }
    }

    /// <summary>The paint of a fill or stroke and the opacity left for the item (solid colours take the
    /// fill/stroke opacity into their alpha; gradients leave it to the item).</summary>
    private (Paint.Paint? Paint, double Opacity) ResolvePaint(PaintSpec spec, SvgStyle style, double opacity, Func<Rect> bounds)
    {
        switch (spec)
        {
            case ColorPaint c:
                return (new SolidPaint(WithOpacity(c.Color, opacity)), 1);
            case CurrentColorPaint:
                return (new SolidPaint(WithOpacity(style.Color, opacity)), 1);
            case UrlPaint u:
                if (_ids.TryGetValue(u.Id, out var server) && server.Name is "linearGradient" or "radialGradient")
                {
                    var paint = Gradient(server, bounds);
                    return paint is SolidPaint sp ? (new SolidPaint(WithOpacity(sp.Color, opacity)), 1) : (paint, opacity);
                }

                return u.Fallback is { } fb ? ResolvePaint(fb, style, opacity, bounds) : (null, 1);
            default:
                return (null, 1);
        }
    }
}
