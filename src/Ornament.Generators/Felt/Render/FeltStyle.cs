using Ornament.Paint;

namespace Ornament.Generators.Felt;

/// <summary>Palette roles per technique (§1.6, §4.2).</summary>
internal static class FeltStyle
{
    public static Rgba8 Resolve(Palette p, FeltTechnique t, Slot s) => (t, s) switch
    {
        (FeltTechnique.TusKiiz, Slot.Ground) => p.Get("cord", "border_dark"),
        (FeltTechnique.TusKiiz, Slot.Figure) => p.Get("figure"),
        (FeltTechnique.TusKiiz, Slot.Cord) => p.Get("cord", "border_dark"),
        (FeltTechnique.TusKiiz, Slot.Accent2) => p.Get("ground"),
        (_, Slot.Ground) => p.Get("ground"),
        (_, Slot.Figure) => p.Get("figure"),
        (_, Slot.Cord) => p.Get("cord"),
        (_, Slot.Accent) => p.Get("cord2", "accent", "quilt", "cord"),
        _ => p.Get("accent2", "figure2", "accent", "figure"),
    };

    /// <summary>Tekemet uses 3–5 colours: field pieces take a colour by ring (distance from the centre), so the
    /// colouring keeps the layout's symmetry.</summary>
    public static Rgba8 TekemetPieceColour(Palette p, Placement piece, CarpetPlan plan, Rgba8 fallback)
    {
        if (piece.Layer != "field" || piece.Colour != Slot.Figure)
        {
            return fallback;
        }

        var c = piece.Transform.Apply(default);
        double dx = Math.Abs(c.X - (plan.Width / 2)), dy = Math.Abs(c.Y - (plan.Height / 2));
        int ring = (int)Math.Round(Math.Max(dx, dy) / (plan.Short * 0.12));
        string[] roles = ["figure", "figure2", "accent2", "quilt"];
        var avail = roles.Where(p.Has).ToArray();
        return p[avail[ring % avail.Length]];
    }

    /// <summary>Tus kiiz: bright threads on the dark ground, chosen by ring as for tekemet.</summary>
    public static Rgba8 TusKiizPieceColour(Palette p, Placement piece, CarpetPlan plan, Rgba8 fallback)
    {
        if (piece.Layer != "field")
        {
            return p.Get("accent", "ground");
        }

        var c = piece.Transform.Apply(default);
        double dx = Math.Abs(c.X - (plan.Width / 2)), dy = Math.Abs(c.Y - (plan.Height / 2));
        int ring = (int)Math.Round(Math.Max(dx, dy) / (plan.Short * 0.1));
        string[] roles = ["figure", "accent", "accent2", "ground"];
        var avail = roles.Where(p.Has).ToArray();
        return avail.Length == 0 ? fallback : p[avail[ring % avail.Length]];
    }
}
