using Ornament.Geometry;

namespace Ornament.Paint;

/// <summary>A gradient ready to shade device pixels: the inverse of (gradient transform × item transform) maps
/// each pixel centre into gradient space, where the gradient parameter t is computed and padded to [0, 1].</summary>
internal sealed partial class GradientShader
{
    /// <summary>How far inside the end circle a focal point that lies on or outside it is moved (SVG 1.1 moves it
    /// onto the circle; a hair inside keeps the parameter finite).</summary>
    private const double FocalLimit = 0.999;

    private readonly Affine _inverse;
    private readonly bool _radial;

    // Linear: t = dot(p − start, dir) / |dir|².
    private readonly double _sx, _sy, _dx, _dy, _invLen2;

    // Radial (focal point f, end circle centre c, radius r): e = f − c, a' = r² − |e|².
    private readonly double _fx, _fy, _ex, _ey, _r2mE2;
    private readonly bool _degenerate;

    private GradientShader(GradientLut lut, Affine inverse, bool radial)
    {
        Lut = lut;
        _inverse = inverse;
        _radial = radial;
        _invLen2 = 0;
    }

    private GradientShader(GradientLut lut, Affine inverse, LinearGradient g)
        : this(lut, inverse, radial: false)
    {
        _sx = g.Start.X;
        _sy = g.Start.Y;
        _dx = g.End.X - g.Start.X;
        _dy = g.End.Y - g.Start.Y;
        double len2 = (_dx * _dx) + (_dy * _dy);
        _degenerate = !(len2 > 0) || !double.IsFinite(len2);
        _invLen2 = _degenerate ? 0 : 1 / len2;
    }

    private GradientShader(GradientLut lut, Affine inverse, RadialGradient g)
        : this(lut, inverse, radial: true)
    {
        double r = g.Radius;
        var c = g.Center;
        var f = g.Focal ?? c;
        double ex = f.X - c.X, ey = f.Y - c.Y;
        double el = Math.Sqrt((ex * ex) + (ey * ey));
        if (el > r * FocalLimit && el > 0)
        {
            double k = r * FocalLimit / el;
            ex *= k;
            ey *= k;
        }

        _ex = ex;
        _ey = ey;
        _fx = c.X + ex;
        _fy = c.Y + ey;
        _r2mE2 = (r * r) - ((ex * ex) + (ey * ey));
        _degenerate = !(r > 0) || !double.IsFinite(r) || !(_r2mE2 > 0);
    }

    /// <summary>The premultiplied colour table (opacity included).</summary>
    public GradientLut Lut { get; }

    /// <summary>Prepares <paramref name="paint"/> for an item drawn with device transform
    /// <paramref name="itemToDevice"/>; null when the combined transform cannot be inverted (nothing visible).</summary>
    public static GradientShader? Create(Paint paint, GradientStop[] stops, Affine itemToDevice, double opacity)
    {
        var lut = GradientLut.Build(stops, opacity);
        var (gt, isRadial) = paint switch
        {
            LinearGradient l => (l.GradientTransform, false),
            RadialGradient r => (r.GradientTransform, true),
            _ => throw new ArgumentException("Not a gradient.", nameof(paint)),
        };
        var toDevice = gt is { } g ? g.Then(itemToDevice) : itemToDevice;
        double det = toDevice.Determinant;
        if (det == 0 || !double.IsFinite(det))
        {
            return null;
        }

        var inv = toDevice.Invert();
        return isRadial ? new GradientShader(lut, inv, (RadialGradient)paint) : new GradientShader(lut, inv, (LinearGradient)paint);
    }

    /// <summary>The gradient parameter at a point of gradient space (unclamped, NaN never returned).</summary>
    public double ParameterAt(Vec2 p)
    {
        if (_degenerate)
        {
            return 1; // SVG: a zero-length vector or zero radius paints the last stop colour
        }

        if (!_radial)
        {
            return (((p.X - _sx) * _dx) + ((p.Y - _sy) * _dy)) * _invLen2;
        }

        // p = f + t·(q − f) with q on the end circle: solve |e·t + d|² = r²·t² for the positive root.
        double dx = p.X - _fx, dy = p.Y - _fy;
        double b = (_ex * dx) + (_ey * dy);
        double d2 = (dx * dx) + (dy * dy);
        return (b + Math.Sqrt((b * b) + (_r2mE2 * d2))) / _r2mE2;
    }

    /// <summary>Scalar twin (the oracle of the vector kernels): writes premultiplied colours of device pixels [x, x + count) on row y into
    /// <paramref name="dst"/> (4 bytes per pixel).</summary>
    public void Shade(int y, int x, Span<uint> dst)
    {
        var lut = Lut.Entries;
        double py = y + 0.5;
        // Row start in gradient space; each pixel steps by the inverse's x column. Per-pixel positions are computed
        // from x directly (not accumulated) so a pixel's colour never depends on where its span starts.
        double rx = (_inverse.C * py) + _inverse.E, ry = (_inverse.D * py) + _inverse.F;
        for (int i = 0; i < dst.Length; i++)
        {
            double px = x + i + 0.5;
            var p = new Vec2((_inverse.A * px) + rx, (_inverse.B * px) + ry);
            double t = ParameterAt(p);
            int idx = t > 0 ? (t < 1 ? (int)((t * (GradientLut.Size - 1)) + 0.5) : GradientLut.Size - 1) : 0;
            dst[i] = lut[idx];
        }
    }
}
