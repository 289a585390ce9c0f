using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>A constant-width band part: skeleton polylines meeting at shared end points.</summary>
internal sealed record BandPart(IReadOnlyList<IReadOnlyList<Vec2>> Lines, double Width, bool RoundCaps);

/// <summary>A solid part given by closed contours (outer counter-clockwise, holes clockwise).</summary>
internal sealed record SolidPart(IReadOnlyList<IReadOnlyList<Vec2>> Contours);

/// <summary>The built geometry of one motif in its unit frame [-1, 1]² (y up): fill contours (the cut), the
/// skeleton lines (for quilting and chain stitch), and a single reusable <see cref="Path"/>.</summary>
internal sealed class MotifShape
{
    private const double Frame = 0.94;
    private readonly List<BandPart> _bands;
    private readonly List<SolidPart> _solids;
    private Path? _fill;
    private bool? _symX;
    private bool? _symY;

    public MotifShape(string id, IEnumerable<object> parts, bool fit = true)
    {
        Id = id;
        var bands = new List<BandPart>();
        var solids = new List<SolidPart>();
        foreach (var p in parts)
        {
            if (p is BandPart b)
            {
                bands.Add(b);
            }
            else if (p is SolidPart s)
            {
                solids.Add(s);
            }
        }

        // Fit into the unit frame: uniform scale about the origin keeps every motif axis where the builder put it.
        var raw = Build(bands, solids, 0);
        double ext = 1e-9;
        foreach (var c in raw)
        {
            foreach (var p in c)
            {
                ext = Math.Max(ext, Math.Max(Math.Abs(p.X), Math.Abs(p.Y)));
            }
        }

        double k = fit ? Frame / ext : 1;
        _bands = bands.Select(b => new BandPart(b.Lines.Select(l => (IReadOnlyList<Vec2>)l.Select(p => p * k).ToArray()).ToArray(), b.Width * k, b.RoundCaps)).ToList();
        _solids = solids.Select(s => new SolidPart(s.Contours.Select(c => (IReadOnlyList<Vec2>)c.Select(p => p * k).ToArray()).ToArray())).ToList();
        Contours = Build(_bands, _solids, 0);
        BandWidth = _bands.Count > 0 ? _bands.Min(b => b.Width) : 0.2;
    }

    /// <summary>A shape given directly by contours (used for clipped quarter medallions).</summary>
    public static MotifShape FromContours(string id, IEnumerable<Vec2[]> contours) =>
        new(id, [new SolidPart(contours.Where(c => c.Length >= 3).Select(c => (IReadOnlyList<Vec2>)c).ToArray())], fit: false);

    /// <summary>The quarter x ≥ 0, y ≥ 0 of this shape (contours clipped; quilting lines dropped).</summary>
    public MotifShape Quarter() => FromContours(Id + "/4", Contours.Select(c => ClipHalf(ClipHalf(c, new Vec2(1, 0)), new Vec2(0, 1))));

    private static Vec2[] ClipHalf(Vec2[] poly, Vec2 n)
    {
        var r = new List<Vec2>();
        for (int i = 0; i < poly.Length; i++)
        {
            var a = poly[i];
            var b = poly[(i + 1) % poly.Length];
            double da = Vec2.Dot(a, n), db = Vec2.Dot(b, n);
            if (da >= 0)
            {
                r.Add(a);
            }

            if ((da >= 0) != (db >= 0))
            {
                r.Add(Vec2.Lerp(a, b, da / (da - db)));
            }
        }

        return r.ToArray();
    }

    public string Id { get; }

    /// <summary>True when the cut is its own mirror image across x = 0 (checked on a sample grid).</summary>
    public bool SymmetricX => _symX ??= IsSymmetric(new Vec2(-1, 1));

    /// <summary>True when the cut is its own mirror image across y = 0.</summary>
    public bool SymmetricY => _symY ??= IsSymmetric(new Vec2(1, -1));

    private bool IsSymmetric(Vec2 flip)
    {
        const int n = 23;
        for (int j = 0; j < n; j++)
        {
            for (int i = 0; i < n; i++)
            {
                var p = new Vec2(-0.98 + (1.96 * (i + 0.37) / n), -0.98 + (1.96 * (j + 0.61) / n));
                var q = new Vec2(p.X * flip.X, p.Y * flip.Y);
                if ((Felt.Contours.Winding(Contours, p) != 0) != (Felt.Contours.Winding(Contours, q) != 0))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Fill contours: the cut line of the piece.</summary>
    public IReadOnlyList<Vec2[]> Contours { get; }

    /// <summary>Narrowest band width (or 0.2 for purely solid motifs) after fitting.</summary>
    public double BandWidth { get; }

    /// <summary>The one Path instance for this shape (reuse it and place it with transforms).</summary>
    public Path Fill => _fill ??= Felt.Contours.ToPath(Contours);

    /// <summary>Centre lines of band parts (open polylines): quilting and stitching run along them.</summary>
    public IEnumerable<IReadOnlyList<Vec2>> BandLines => _bands.SelectMany(b => b.Lines);

    /// <summary>The band parts after fitting.</summary>
    public IReadOnlyList<BandPart> Bands => _bands;

    /// <summary>The solid parts after fitting.</summary>
    public IReadOnlyList<SolidPart> Solids => _solids;

    /// <summary>The outline grown by <paramref name="extra"/> on every side (negative shrinks): echo lines.</summary>
    public List<Vec2[]> Grown(double extra) => Build(_bands, _solids, extra);

    private static List<Vec2[]> Build(List<BandPart> bands, List<SolidPart> solids, double extra)
    {
        var r = new List<Vec2[]>();
        foreach (var b in bands)
        {
            double w = b.Width + (2 * extra);
            if (w > 1e-6)
            {
                r.AddRange(BandOutline.Thicken(b.Lines, w, b.RoundCaps));
            }
        }

        foreach (var s in solids)
        {
            foreach (var c in s.Contours)
            {
                r.Add(extra == 0 ? c.ToArray() : Felt.Contours.Offset(c, extra));
            }
        }

        return r;
    }
}
