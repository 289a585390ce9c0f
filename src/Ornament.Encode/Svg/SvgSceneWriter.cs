using System.IO;
using Path = Ornament.Geometry.Path;
using System.Text;
using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode.Svg;

/// <summary>One SVG serialization. Two passes over the scene, both iterative (a scene nested 100 000 groups deep
/// must not overflow the stack): the first finds shared paths, gradients and the scale each is drawn at; the
/// second writes.</summary>
internal sealed class SvgSceneWriter
{
    private const char Nl = '\n';
    private readonly Scene _scene;
    private readonly TextWriter _w;
    private readonly double _outW, _outH, _ppu;
    private readonly int? _fixedDecimals;
    private readonly Dictionary<Path, PathInfo> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Path Path, PathInfo Info)> _pathOrder = [];
    private readonly Dictionary<Paint.Paint, GradientInfo> _gradients = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Paint.Paint Paint, GradientInfo Info)> _gradientOrder = [];
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    public SvgSceneWriter(Scene scene, SvgWriteOptions options, TextWriter writer)
    {
        _scene = scene;
        _w = writer;
        _outW = options.Width ?? scene.Width;
        _outH = options.Height ?? scene.Height;
        if (!(_outW > 0 && _outH > 0 && double.IsFinite(_outW) && double.IsFinite(_outH)))
        {
            throw new ArgumentException($"Output size {_outW}×{_outH} must be positive and finite.", nameof(options));
        }

        _ppu = Math.Max(_outW / scene.Width, _outH / scene.Height);
        _fixedDecimals = options.Decimals is { } d ? Math.Clamp(d, 0, 12) : null;
    }

    private sealed class PathInfo
    {
        public int Uses;
        public double MaxScale;
        public string? Id;
    }

    private sealed class GradientInfo
    {
        public double MaxScale;
        public string Id = "";
    }

    private int Decimals(double scale) => _fixedDecimals ?? SvgNumbers.DecimalsFor(_ppu * scale);

    public void Write()
    {
        Survey();
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").Append(Nl);
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Num(_outW, 3))
          .Append("\" height=\"").Append(Num(_outH, 3))
          .Append("\" viewBox=\"0 0 ").Append(Num(_scene.Width, 6)).Append(' ').Append(Num(_scene.Height, 6)).Append('"');
        if (Math.Abs((_outW / _outH) - (_scene.Width / _scene.Height)) > 1e-9 * (_outW / _outH))
        {
            sb.Append(" preserveAspectRatio=\"none\"");
        }

        sb.Append('>').Append(Nl);
        if (_scene.Metadata is { } meta)
        {
            sb.Append("<metadata>").Append(XmlText.EscapeText(meta)).Append("</metadata>").Append(Nl);
        }

        _w.Write(sb);
        sb.Clear();
        WriteDefs(sb);
        if (_scene.Background is { } bg)
        {
            sb.Append("<rect width=\"").Append(Num(_scene.Width, 6)).Append("\" height=\"").Append(Num(_scene.Height, 6)).Append('"');
            Fill(sb, bg, "fill");
            sb.Append("/>").Append(Nl);
        }

        WriteItems(sb);
        sb.Append("</svg>").Append(Nl);
        _w.Write(sb);
    }

    private static string Num(double v, int decimals) => SvgNumbers.Format(v, decimals);

    /// <summary>Pass 1: counts path uses, finds gradients, records the largest scale each is drawn at.</summary>
    private void Survey()
    {
        var stack = new Stack<(IReadOnlyList<SceneItem> Items, int Index, double Scale)>();
        stack.Push((_scene.Items, 0, 1));
        while (stack.Count > 0)
        {
            var (items, index, scale) = stack.Pop();
            if (index >= items.Count)
            {
                continue;
            }

            stack.Push((items, index + 1, scale));
            switch (items[index])
            {
                case GroupItem g:
                    CheckTransform(g.Transform);
                    if (g.Name is { } n)
                    {
                        _usedIds.Add(n);
                    }

                    stack.Push((g.Items, 0, scale * (g.Transform?.MaxScale ?? 1)));
                    break;
                case DrawItem d:
                {
                    CheckTransform(d.Transform);
                    if (!d.Path.IsFinite)
                    {
                        throw new ArgumentException("A scene path has non-finite points.", nameof(_scene));
                    }

                    if (d.Path.IsEmpty)
                    {
                        break;
                    }

                    double s = scale * (d.Transform?.MaxScale ?? 1);
                    if (!_paths.TryGetValue(d.Path, out var pi))
                    {
                        pi = new PathInfo();
                        _paths.Add(d.Path, pi);
                        _pathOrder.Add((d.Path, pi));
                    }

                    pi.Uses++;
                    pi.MaxScale = Math.Max(pi.MaxScale, s);
                    if (d.Paint is LinearGradient or RadialGradient)
                    {
                        if (!_gradients.TryGetValue(d.Paint, out var gi))
                        {
                            gi = new GradientInfo();
                            _gradients.Add(d.Paint, gi);
                            _gradientOrder.Add((d.Paint, gi));
                        }

                        gi.MaxScale = Math.Max(gi.MaxScale, s);
                    }

                    break;
                }
            }
        }

        int next = 0;
        string NextId(char prefix)
        {
            string id;
            do
            {
                id = prefix + next.ToString(System.Globalization.CultureInfo.InvariantCulture);
                next++;
            }
            while (_usedIds.Contains(id));
            return id;
        }

        foreach (var (_, gi) in _gradientOrder)
        {
            gi.Id = NextId('g');
        }

        next = 0;
        foreach (var (_, pi) in _pathOrder)
        {
            if (pi.Uses >= 2)
            {
                pi.Id = NextId('p');
            }
        }
    }

    private static void CheckTransform(Affine? t)
    {
        if (t is { } a && !a.IsFinite)
        {
            throw new ArgumentException("A scene transform has non-finite coefficients.", nameof(t));
        }
    }

    private void WriteDefs(StringBuilder sb)
    {
        bool anyPath = _pathOrder.Exists(p => p.Info.Id is not null);
        if (_gradientOrder.Count == 0 && !anyPath)
        {
            return;
        }

        sb.Append("<defs>").Append(Nl);
        foreach (var (paint, gi) in _gradientOrder)
        {
            int dec = Decimals(gi.MaxScale);
            IReadOnlyList<GradientStop> stops;
            Affine? gt;
            if (paint is LinearGradient lg)
            {
                sb.Append("<linearGradient id=\"").Append(gi.Id).Append("\" gradientUnits=\"userSpaceOnUse\" x1=\"")
                  .Append(Num(lg.Start.X, dec)).Append("\" y1=\"").Append(Num(lg.Start.Y, dec))
                  .Append("\" x2=\"").Append(Num(lg.End.X, dec)).Append("\" y2=\"").Append(Num(lg.End.Y, dec)).Append('"');
                stops = lg.Stops;
                gt = lg.GradientTransform;
            }
            else
            {
                var rg = (RadialGradient)paint;
                sb.Append("<radialGradient id=\"").Append(gi.Id).Append("\" gradientUnits=\"userSpaceOnUse\" cx=\"")
                  .Append(Num(rg.Center.X, dec)).Append("\" cy=\"").Append(Num(rg.Center.Y, dec))
                  .Append("\" r=\"").Append(Num(rg.Radius, dec)).Append('"');
                if (rg.Focal is { } f && f != rg.Center)
                {
                    sb.Append(" fx=\"").Append(Num(f.X, dec)).Append("\" fy=\"").Append(Num(f.Y, dec)).Append('"');
                }

                stops = rg.Stops;
                gt = rg.GradientTransform;
            }

            if (gt is { } t)
            {
                CheckTransform(t);
                sb.Append(" gradientTransform=\"").Append(TransformList.Write(t, dec)).Append('"');
            }

            sb.Append('>').Append(Nl);
            foreach (var stop in stops)
            {
                sb.Append("<stop offset=\"").Append(Num(Math.Clamp(stop.Offset, 0, 1), 4)).Append('"');
                Fill(sb, stop.Color, "stop-color", "stop-opacity");
                sb.Append("/>").Append(Nl);
            }

            sb.Append(paint is LinearGradient ? "</linearGradient>" : "</radialGradient>").Append(Nl);
        }

        foreach (var (path, pi) in _pathOrder)
        {
            if (pi.Id is { } id)
            {
                sb.Append("<path id=\"").Append(id).Append("\" d=\"").Append(PathData.Write(path, Decimals(pi.MaxScale))).Append("\"/>").Append(Nl);
            }
        }

        sb.Append("</defs>").Append(Nl);
    }

    /// <summary>Pass 2: the items, groups opened and closed with an explicit stack.</summary>
    private void WriteItems(StringBuilder sb)
    {
        var stack = new Stack<(IReadOnlyList<SceneItem> Items, int Index, double Scale, bool IsGroup)>();
        stack.Push((_scene.Items, 0, 1, false));
        while (stack.Count > 0)
        {
            var (items, index, scale, isGroup) = stack.Pop();
            if (index >= items.Count)
            {
                if (isGroup)
                {
                    sb.Append("</g>").Append(Nl);
                }

                continue;
            }

            stack.Push((items, index + 1, scale, isGroup));
            switch (items[index])
            {
                case GroupItem g:
                    sb.Append("<g");
                    if (g.Name is { } name)
                    {
                        sb.Append(" id=\"").Append(XmlText.EscapeAttribute(name)).Append('"');
                    }

                    Common(sb, g.Transform, g.Opacity, g.Blend, scale);
                    if (g.Items.Count == 0)
                    {
                        sb.Append("/>").Append(Nl);
                        break;
                    }

                    sb.Append('>').Append(Nl);
                    stack.Push((g.Items, 0, scale * (g.Transform?.MaxScale ?? 1), true));
                    break;
                case DrawItem d when !d.Path.IsEmpty:
                    WriteDraw(sb, d, scale);
                    break;
            }

            if (sb.Length > 1 << 16)
            {
                _w.Write(sb);
                sb.Clear();
            }
        }
    }

    private void WriteDraw(StringBuilder sb, DrawItem d, double scale)
    {
        var pi = _paths[d.Path];
        if (pi.Id is { } id)
        {
            sb.Append("<use href=\"#").Append(id).Append('"');
        }
        else
        {
            sb.Append("<path d=\"").Append(PathData.Write(d.Path, Decimals(pi.MaxScale))).Append('"');
        }

        if (d.Stroke is { } st)
        {
            sb.Append(" fill=\"none\"");
            PaintAttrs(sb, d.Paint, "stroke");
            sb.Append(" stroke-width=\"").Append(Num(st.Width, Decimals(scale))).Append('"');
            if (st.Join != LineJoin.Miter)
            {
                sb.Append(" stroke-linejoin=\"").Append(st.Join == LineJoin.Round ? "round" : "bevel").Append('"');
            }

            if (st.Cap != LineCap.Butt)
            {
                sb.Append(" stroke-linecap=\"").Append(st.Cap == LineCap.Round ? "round" : "square").Append('"');
            }

            if (st.MiterLimit != 4)
            {
                sb.Append(" stroke-miterlimit=\"").Append(Num(Math.Max(1, st.MiterLimit), 4)).Append('"');
            }

            if (st.Dashes is { Count: > 0 } dashes)
            {
                sb.Append(" stroke-dasharray=\"");
                for (int i = 0; i < dashes.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    sb.Append(Num(dashes[i], Decimals(scale)));
                }

                sb.Append('"');
                if (st.DashOffset != 0)
                {
                    sb.Append(" stroke-dashoffset=\"").Append(Num(st.DashOffset, Decimals(scale))).Append('"');
                }
            }
        }
        else
        {
            PaintAttrs(sb, d.Paint, "fill");
            if (d.FillRule == FillRule.EvenOdd)
            {
                sb.Append(" fill-rule=\"evenodd\"");
            }
        }

        Common(sb, d.Transform, d.Opacity, d.Blend, scale);
        sb.Append("/>").Append(Nl);
    }

    private void PaintAttrs(StringBuilder sb, Paint.Paint paint, string property)
    {
        if (paint is SolidPaint s)
        {
            Fill(sb, s.Color, property);
        }
        else
        {
            sb.Append(' ').Append(property).Append("=\"url(#").Append(_gradients[paint].Id).Append(")\"");
        }
    }

    /// <summary>A colour as <c>#rrggbb</c> plus an opacity attribute when not opaque.</summary>
    private static void Fill(StringBuilder sb, Rgba8 c, string property, string? opacityProperty = null)
    {
        sb.Append(' ').Append(property).Append("=\"").Append(c.ToHex()).Append('"');
        if (c.A != 255)
        {
            sb.Append(' ').Append(opacityProperty ?? property + "-opacity").Append("=\"").Append(Num(c.A / 255.0, 3)).Append('"');
        }
    }

    private void Common(StringBuilder sb, Affine? transform, double opacity, BlendMode blend, double scale)
    {
        if (transform is { } t)
        {
            sb.Append(" transform=\"").Append(TransformList.Write(t, Decimals(scale))).Append('"');
        }

        if (opacity < 1)
        {
            sb.Append(" opacity=\"").Append(Num(Math.Max(0, opacity), 3)).Append('"');
        }

        if (blend != BlendMode.SourceOver)
        {
            sb.Append(" style=\"mix-blend-mode:").Append(blend == BlendMode.Multiply ? "multiply" : "screen").Append('"');
        }
    }
}
