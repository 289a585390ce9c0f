using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Hertzmann-style layered painting of a <see cref="World"/>. The "photo" is the world's analytic colour
/// function sampled on a fixed normalised grid (so the stroke set never depends on the output size); the canvas is
/// tracked on the same grid by stamping each stroke's colour, and a finer brush only paints where that estimate still
/// differs from the reference blurred to the brush size.</summary>
internal sealed class Painterly
{
    /// <summary>Brush radii as fractions of the scene width, largest first.</summary>
    public static readonly double[] RadiusFractions = [1.0 / 26, 1.0 / 52, 1.0 / 104, 1.0 / 208];
    private static readonly int[] MaxLength = [5, 7, 9, 10];
    private static readonly double[] Threshold = [0, 0.045, 0.04, 0.035];
    private const int GridW = 480;
    private const double Curvature = 0.55;

    private readonly World _w;
    private readonly LandscapeOptions _o;
    private readonly int _gw, _gh;
    private readonly double _cell;
    private readonly float[] _refL, _refA, _refB;
    private readonly byte[] _layer;
    private readonly float[] _canL, _canA, _canB;
    private readonly bool[] _painted;
    private float[] _bL = [], _bA = [], _bB = [];

    public Painterly(World w, LandscapeOptions o)
    {
        _w = w;
        _o = o;
        _gw = GridW;
        _cell = w.W / _gw;
        _gh = (int)Math.Ceiling(w.H / _cell);
        int n = _gw * _gh;
        _refL = new float[n];
        _refA = new float[n];
        _refB = new float[n];
        _layer = new byte[n];
        _canL = new float[n];
        _canA = new float[n];
        _canB = new float[n];
        _painted = new bool[n];
        // Rows are independent and the colour functions pure: sampling them in parallel gives the same grid.
        Parallel.For(0, _gh, new ParallelOptions { MaxDegreeOfParallelism = 2 }, j =>
        {
            double y = (j + 0.5) * _cell;
            for (int i = 0; i < _gw; i++)
            {
                double x = (i + 0.5) * _cell;
                int li = w.Hit(x, y);
                var c = w.Layers[li].Color(x, y);
                int k = (j * _gw) + i;
                _layer[k] = (byte)li;
                _refL[k] = (float)c.L;
                _refA[k] = (float)c.A;
                _refB[k] = (float)c.B;
            }
        });
    }

    public int Strokes { get; private set; }

    /// <summary>Strokes painted in each pass.</summary>
    public int[] PassStrokes { get; } = new int[RadiusFractions.Length];

    /// <summary>Paints every pass into <paramref name="buckets"/>; group id = pass·32 + layer index.</summary>
    public void Paint(StrokeBuckets buckets)
    {
        var rng = _o.Seed.Random("strokes");
        var pts = new List<Vec2>(32);
        for (int pass = 0; pass < RadiusFractions.Length; pass++)
        {
            // Density buys finer brushwork, not overpainting: the detail brushes shrink by 1/√Density, so their
            // count grows about ×Density while the painted area (and so the render time) stays about the same. The
            // underpainting is unchanged: it must cover the canvas once, and more of it would only bury itself.
            double d = Math.Max(0.25, _o.Density);
            double r = RadiusFractions[pass] * _w.W / (pass == 0 ? 1 : Math.Sqrt(Math.Max(1, d)));
            Blur(Math.Max(0, (int)Math.Round(0.5 * r / _cell)));
            double spacing = 0.85 * r / (pass == 0 || d >= 1 ? 1 : Math.Sqrt(d));
            double threshold = Threshold[pass] / Math.Pow(Math.Max(1, d), 0.2);
            int nx = (int)Math.Ceiling(_w.W / spacing), ny = (int)Math.Ceiling(_w.H / spacing);
            // Visit cells in a seeded random order (Hertzmann randomises stroke order).
            var order = new int[nx * ny];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = rng.Next(0, i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            int before = Strokes;
            foreach (int cellIndex in order)
            {
                int cx = cellIndex % nx, cy = cellIndex / nx;
                Vec2 start;
                if (pass == 0)
                {
                    // First pass covers everything: start near the cell centre so the round start cap covers the cell.
                    start = new Vec2((cx + 0.5 + rng.Range(-0.15, 0.15)) * spacing, (cy + 0.5 + rng.Range(-0.15, 0.15)) * spacing);
                }
                else if (!Worst(cx * spacing, cy * spacing, spacing, threshold, out start))
                {
                    continue;
                }

                Grow(start, r, MaxLength[pass], pts);
                int layer = _layer[Index(start)];
                var c = Jitter(BlurredAt(start), rng);
                var q = StrokeBuckets.Quantise(c);
                var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pts);
                double rr = r * rng.Range(0.85, 1.1);
                if (pass == 0)
                {
                    rr = Math.Max(r, rr);
                }

                buckets.AddStroke((pass * 32) + layer, c, span, rr);
                if (_o.Bristles && pass >= 1 && pts.Count > 1)
                {
                    Bristles(buckets, (pass * 32) + layer, q, span, rr, rng);
                }

                Stamp(span, rr, q);
                Strokes++;
            }

            PassStrokes[pass] = Strokes - before;
        }
    }

    private static void Bristles(StrokeBuckets b, int group, Oklab c, ReadOnlySpan<Vec2> pts, double r, SeededRandom rng)
    {
        Span<Vec2> lane = stackalloc Vec2[pts.Length];
        for (int k = 0; k < 2; k++)
        {
            double off = (k == 0 ? -0.45 : 0.4) * r * rng.Range(0.7, 1.1);
            for (int i = 0; i < pts.Length; i++)
            {
                var t = (pts[Math.Min(pts.Length - 1, i + 1)] - pts[Math.Max(0, i - 1)]).Normalized();
                lane[i] = pts[i] + (t.Perpendicular * off);
            }

            var lc = Colour.Lighten(c, k == 0 ? 0.045 : -0.04);
            b.AddStroke(group, lc, lane, r * 0.14);
        }
    }

    private Oklab Jitter(Oklab c, SeededRandom rng)
    {
        double ch = c.Chroma, hue = c.Hue;
        double dc = _o.Vibrant ? rng.Range(-0.06, 0.16) : rng.Range(-0.08, 0.08);
        double l = c.L * (1 + rng.Range(-0.05, 0.05));
        return Oklab.FromLch(l, ch * (1 + dc), hue + (rng.Range(-4, 4) * Math.PI / 180));
    }

    /// <summary>Hertzmann's stroke: step R along the orientation field (sign kept, curvature filtered) until the
    /// maximum length, the layer boundary, or the reference departs from the stroke colour more than from the canvas.</summary>
    private void Grow(Vec2 p, double r, int maxLen, List<Vec2> pts)
    {
        pts.Clear();
        pts.Add(p);
        int layer = _layer[Index(p)];
        var c = BlurredAt(p);
        Vec2 prev = default;
        for (int i = 1; i <= maxLen; i++)
        {
            int k = Index(p);
            if (i > 2 && _painted[k])
            {
                var refc = new Oklab(_bL[k], _bA[k], _bB[k]);
                if (Oklab.Distance(refc, c) > Oklab.Distance(refc, new Oklab(_canL[k], _canA[k], _canB[k])))
                {
                    break;
                }
            }

            double a = _w.Angle(layer, p.X, p.Y);
            var d = new Vec2(Math.Cos(a), Math.Sin(a));
            if (prev == default)
            {
                // Alternate the initial direction by position so strokes do not all start leftwards.
                if (((int)(p.X / r) & 1) == 1)
                {
                    d = -d;
                }
            }
            else
            {
                if (Vec2.Dot(d, prev) < 0)
                {
                    d = -d;
                }

                d = ((d * Curvature) + (prev * (1 - Curvature))).Normalized();
            }

            var next = p + (d * r);
            if (next.X < -r || next.X > _w.W + r || next.Y < -r || next.Y > _w.H + r)
            {
                break;
            }

            if (_layer[Index(next)] != layer)
            {
                break;
            }

            pts.Add(next);
            prev = d;
            p = next;
        }
    }

    private bool Worst(double x0, double y0, double size, double threshold, out Vec2 at)
    {
        int i0 = Math.Clamp((int)(x0 / _cell), 0, _gw - 1), i1 = Math.Clamp((int)((x0 + size) / _cell), i0 + 1, _gw);
        int j0 = Math.Clamp((int)(y0 / _cell), 0, _gh - 1), j1 = Math.Clamp((int)((y0 + size) / _cell), j0 + 1, _gh);
        int step = Math.Max(1, (i1 - i0) / 4);
        double sum = 0, worst = -1;
        int count = 0, wi = i0, wj = j0;
        for (int j = j0; j < j1; j += step)
        {
            for (int i = i0; i < i1; i += step)
            {
                int k = (j * _gw) + i;
                double e = _painted[k] ? Dist(k) : 1;
                sum += e;
                count++;
                if (e > worst)
                {
                    worst = e;
                    wi = i;
                    wj = j;
                }
            }
        }

        at = new Vec2((wi + 0.5) * _cell, (wj + 0.5) * _cell);
        return count > 0 && sum / count > threshold;
    }

    private double Dist(int k)
    {
        double dl = _canL[k] - _bL[k], da = _canA[k] - _bA[k], db = _canB[k] - _bB[k];
        return Math.Sqrt((dl * dl) + (da * da) + (db * db));
    }

    /// <summary>Marks the canvas cells a stroke covers with its colour. Each segment's capsule is convex, so on every
    /// cell row it covers one interval: the union of the intervals of its two end discs and of its straight band.</summary>
    private void Stamp(ReadOnlySpan<Vec2> pts, double r, Oklab c)
    {
        float cl = (float)c.L, ca = (float)c.A, cb = (float)c.B;
        double r2 = r * r;
        for (int s = 0; s < pts.Length; s++)
        {
            var a = pts[s];
            var b = pts[Math.Min(pts.Length - 1, s + 1)];
            int j0 = Math.Max(0, (int)((Math.Min(a.Y, b.Y) - r) / _cell)), j1 = Math.Min(_gh - 1, (int)((Math.Max(a.Y, b.Y) + r) / _cell));
            var d = b - a;
            double len = d.Length;
            for (int j = j0; j <= j1; j++)
            {
                double y = (j + 0.5) * _cell;
                double lo = double.MaxValue, hi = double.MinValue;
                Disc(a, y, r2, ref lo, ref hi);
                Disc(b, y, r2, ref lo, ref hi);
                if (len > 1e-9)
                {
                    Band(a, d / len, len, y, r, ref lo, ref hi);
                }

                if (lo > hi)
                {
                    continue;
                }

                // Cells whose centre lies inside: centre (i + 0.5)·cell ∈ [lo, hi].
                int i0 = Math.Max(0, (int)Math.Ceiling((lo / _cell) - 0.5)), i1 = Math.Min(_gw - 1, (int)Math.Floor((hi / _cell) - 0.5));
                int row = j * _gw;
                for (int i = i0; i <= i1; i++)
                {
                    _canL[row + i] = cl;
                    _canA[row + i] = ca;
                    _canB[row + i] = cb;
                    _painted[row + i] = true;
                }
            }
        }
    }

    private static void Disc(Vec2 c, double y, double r2, ref double lo, ref double hi)
    {
        double dy = y - c.Y, q = r2 - (dy * dy);
        if (q >= 0)
        {
            double h = Math.Sqrt(q);
            lo = Math.Min(lo, c.X - h);
            hi = Math.Max(hi, c.X + h);
        }
    }

    /// <summary>The x interval where the row y crosses the rectangle {a + t·u·len + s·n : t ∈ [0, 1], |s| ≤ r}.</summary>
    private static void Band(Vec2 a, Vec2 u, double len, double y, double r, ref double lo, ref double hi)
    {
        // Along: 0 ≤ u·(p − a) ≤ len; across: |n·(p − a)| ≤ r with n = (−u.Y, u.X). Each is a slab in x on this row.
        double x0 = double.MinValue, x1 = double.MaxValue;
        double dy = y - a.Y;
        if (!Slab(u.X, (u.Y * dy) - a.X * u.X, 0, len, ref x0, ref x1) || !Slab(-u.Y, (u.X * dy) + (a.X * u.Y), -r, r, ref x0, ref x1))
        {
            return;
        }

        lo = Math.Min(lo, x0);
        hi = Math.Max(hi, x1);
    }

    /// <summary>Intersects [x0, x1] with {x : min ≤ k·x + m ≤ max}; false when empty.</summary>
    private static bool Slab(double k, double m, double min, double max, ref double x0, ref double x1)
    {
        if (Math.Abs(k) < 1e-12)
        {
            return m >= min && m <= max;
        }

        double p = (min - m) / k, q = (max - m) / k;
        x0 = Math.Max(x0, Math.Min(p, q));
        x1 = Math.Min(x1, Math.Max(p, q));
        return x0 <= x1;
    }

    private int Index(Vec2 p)
    {
        int i = Math.Clamp((int)(p.X / _cell), 0, _gw - 1), j = Math.Clamp((int)(p.Y / _cell), 0, _gh - 1);
        return (j * _gw) + i;
    }

    private Oklab BlurredAt(Vec2 p)
    {
        int k = Index(p);
        return new Oklab(_bL[k], _bA[k], _bB[k]);
    }

    /// <summary>Separable box blur of the reference, radius in cells (Hertzmann's fσ·R).</summary>
    private void Blur(int rad)
    {
        _bL = BoxBlur(_refL, rad);
        _bA = BoxBlur(_refA, rad);
        _bB = BoxBlur(_refB, rad);
    }

    private float[] BoxBlur(float[] src, int rad)
    {
        if (rad == 0)
        {
            return (float[])src.Clone();
        }

        var tmp = new float[src.Length];
        var dst = new float[src.Length];
        for (int j = 0; j < _gh; j++)
        {
            for (int i = 0; i < _gw; i++)
            {
                double s = 0;
                int n = 0;
                for (int d = Math.Max(0, i - rad); d <= Math.Min(_gw - 1, i + rad); d++)
                {
                    s += src[(j * _gw) + d];
                    n++;
                }

                tmp[(j * _gw) + i] = (float)(s / n);
            }
        }

        for (int j = 0; j < _gh; j++)
        {
            for (int i = 0; i < _gw; i++)
            {
                double s = 0;
                int n = 0;
                for (int d = Math.Max(0, j - rad); d <= Math.Min(_gh - 1, j + rad); d++)
                {
                    s += tmp[(d * _gw) + i];
                    n++;
                }

                dst[(j * _gw) + i] = (float)(s / n);
            }
        }

        return dst;
    }
}
