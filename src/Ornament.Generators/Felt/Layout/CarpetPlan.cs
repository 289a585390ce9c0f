using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>Colour slots of a plan; the style maps them to palette roles (and the twin swaps Ground/Figure).</summary>
internal enum Slot
{
    Ground,
    Figure,
    Cord,
    Accent,
    Accent2,
}

/// <summary>A rectangular felt region (band, cell, panel) with its colour.</summary>
internal sealed record Region(Rect Rect, Slot Colour, string Layer);

/// <summary>One motif piece placed on the carpet: unit frame → carpet cm (y down).</summary>
internal sealed record Placement(MotifShape Shape, Affine Transform, double Scale, Slot Colour, string Layer, int Key = 0);

/// <summary>The layout of one carpet before any style is applied: regions, pieces and cut lines.</summary>
internal sealed class CarpetPlan
{
    public CarpetPlan(double width, double height)
    {
        Width = width;
        Height = height;
    }

    public double Width { get; }

    public double Height { get; }

    public double Short => Math.Min(Width, Height);

    /// <summary>The field: the area inside the inner guard, where the field layout is placed.</summary>
    public Rect Field { get; set; }

    public List<Region> Regions { get; } = [];

    public List<Placement> Pieces { get; } = [];

    /// <summary>Extra cut lines (rectangle outlines between regions), each a closed polygon in carpet cm.</summary>
    public List<Vec2[]> CutLines { get; } = [];

    /// <summary>Solid polygons drawn like pieces but built per carpet (sawtooth "mountain" bands).</summary>
    public List<(Geometry.Path Path, List<Vec2[]> Contours, Slot Colour, string Layer)> Extra { get; } = [];

    public void AddRegion(Rect r, Slot c, string layer, bool cut = true)
    {
        Regions.Add(new Region(r, c, layer));
        if (cut)
        {
            CutLines.Add([new(r.Left, r.Top), new(r.Right, r.Top), new(r.Right, r.Bottom), new(r.Left, r.Bottom)]);
        }
    }

    /// <summary>Places a motif centred at <paramref name="c"/> with its up axis along <paramref name="up"/>
    /// (carpet coordinates, y down) and half-size <paramref name="s"/>; <paramref name="mirror"/> flips it across its
    /// own axis.</summary>
    public void Place(MotifShape shape, Vec2 c, Vec2 up, double s, Slot colour, string layer, bool mirror = false)
    {
        var v = up.Normalized();
        var u = new Vec2(-v.Y, v.X);
        if (mirror)
        {
            u = -u;
        }

        // Unit frame x → u, y → v (v is "up" for the motif).
        var t = new Affine(u.X * s, u.Y * s, v.X * s, v.Y * s, c.X, c.Y);
        Pieces.Add(new Placement(shape, t, s, colour, layer));
    }

    /// <summary>Places a piece and its mirror images about the carpet's centre axes (D2 from one quadrant).</summary>
    public void PlaceD2(MotifShape shape, Vec2 c, Vec2 up, double s, Slot colour, string layer, bool mirrorY = true, bool mirror = false)
    {
        double cx = Width / 2, cy = Height / 2;
        Place(shape, c, up, s, colour, layer, mirror);
        Place(shape, new Vec2((2 * cx) - c.X, c.Y), new Vec2(-up.X, up.Y), s, colour, layer, !mirror);
        if (mirrorY)
        {
            Place(shape, new Vec2(c.X, (2 * cy) - c.Y), new Vec2(up.X, -up.Y), s, colour, layer, !mirror);
            Place(shape, new Vec2((2 * cx) - c.X, (2 * cy) - c.Y), new Vec2(-up.X, -up.Y), s, colour, layer, mirror);
        }
    }
}
