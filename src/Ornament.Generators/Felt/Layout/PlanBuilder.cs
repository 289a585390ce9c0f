using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>Builds a <see cref="CarpetPlan"/> from a <see cref="FeltDesign"/>: binding → outer guard → main border
/// (with corners) → inner guard → field (§3.2).</summary>
internal static class PlanBuilder
{
    public static CarpetPlan Build(FeltDesign d, double density)
    {
        var plan = new CarpetPlan(d.WidthCm, d.HeightCm);
        double s = plan.Short;
        bool threeSided = d.Technique == FeltTechnique.TusKiiz;
        double c = s * (d.Technique == FeltTechnique.Shyrdak ? 0.008 : 0.006);
        double g = s * 0.022, b = s * (threeSided ? 0.15 : 0.13), g2 = s * 0.014;
        var outer = Rect.FromXywh(0, 0, plan.Width, plan.Height);
        plan.AddRegion(outer, Slot.Cord, "binding", cut: false);
        var r1 = Inset(outer, c, threeSided);
        plan.AddRegion(r1, d.Technique == FeltTechnique.Shyrdak ? Slot.Ground : Slot.Figure, "guard");
        if (d.Technique == FeltTechnique.Shyrdak)
        {
            Mountains(plan, r1, g);
        }

        var r2 = Inset(r1, g, threeSided);
        var r3 = r2;
        if (d.Bordered)
        {
            plan.AddRegion(r2, Slot.Figure, "border");
            r3 = Inset(r2, b, threeSided);
            Border(plan, d, r2, r3, b, threeSided);
        }

        plan.AddRegion(r3, Slot.Ground, "inner_guard");
        var field = Inset(r3, g2, threeSided);
        plan.Field = field;
        FieldLayouts.Build(plan, d, field, density);
        return plan;
    }

    private static Rect Inset(Rect r, double d, bool openBottom) =>
        Rect.FromXywh(r.Left + d, r.Top + d, r.Width - (2 * d), r.Height - (openBottom ? d : 2 * d));

    /// <summary>The shyrdak "mountain" band: a sawtooth of figure triangles on the ground, counterchanged by
    /// construction, fitted per side with block corners.</summary>
    private static void Mountains(CarpetPlan plan, Rect r, double g)
    {
        var contours = new List<Vec2[]>();
        void Side(Vec2 a, Vec2 dir, Vec2 inward, double len)
        {
            var (k, rep) = BorderFitting.Fit(len, g * 1.2);
            for (int i = 0; i < k; i++)
            {
                var p0 = a + (dir * (rep * i));
                var p1 = a + (dir * (rep * (i + 1)));
                var apex = a + (dir * (rep * (i + 0.5))) + (inward * g);
                contours.Add([p0, p1, apex]);
            }
        }

        Side(new Vec2(r.Left + g, r.Top), new Vec2(1, 0), new Vec2(0, 1), r.Width - (2 * g));
        Side(new Vec2(r.Left + g, r.Bottom), new Vec2(1, 0), new Vec2(0, -1), r.Width - (2 * g));
        Side(new Vec2(r.Left, r.Top + g), new Vec2(0, 1), new Vec2(1, 0), r.Height - (2 * g));
        Side(new Vec2(r.Right, r.Top + g), new Vec2(0, 1), new Vec2(-1, 0), r.Height - (2 * g));
        foreach (var (x, y) in new[] { (r.Left, r.Top), (r.Right - g, r.Top), (r.Left, r.Bottom - g), (r.Right - g, r.Bottom - g) })
        {
            double q = g * 0.22;
            contours.Add([new(x + q, y + q), new(x + g - q, y + q), new(x + g - q, y + g - q), new(x + q, y + g - q)]);
        }

        var oriented = contours.Select(k => Contours.Oriented(k, true)).ToList();
        plan.Extra.Add((Contours.ToPath(oriented), oriented, Slot.Figure, "guard"));
    }

    private static void Border(CarpetPlan plan, FeltDesign d, Rect o, Rect i, double b, bool threeSided)
    {
        var main = MotifCatalog.Get(d.BorderMotif).Shape();
        var alternate = d.BorderMotifAlternate is { } alt ? MotifCatalog.Get(alt).Shape() : null;
        var centre = MotifCatalog.Get(d.BorderGroup is FriezeGroup.P1 or FriezeGroup.P11g or FriezeGroup.P2 ? CentreOf(d.BorderGroup) : d.BorderMotif).Shape();
        double nominal = d.BorderRepeats is int reps && reps > 0 ? i.Width / reps : b * 1.15;
        double sc = b * 0.42;

        void Side(Vec2 start, Vec2 dir, Vec2 inward, double len, bool flip)
        {
            var centres = BorderFitting.Centres(0, len, nominal);
            int k = centres.Length, mid = (k - 1) / 2;
            double rep = len / k;
            double ms = Math.Min(b * 0.46, rep * 0.52);
            for (int n = 0; n < k; n++)
            {
                var p = start + (dir * centres[n]) + (inward * (b / 2));
                int off = Math.Abs(n - mid);
                bool right = n > mid;
                Vec2 up = inward;
                bool mirror = right;
                var shape = alternate is not null && off % 2 == 1 ? alternate : main;
                switch (d.BorderGroup)
                {
                    case FriezeGroup.P1m1:
                    case FriezeGroup.P2mm:
                        mirror = false;
                        break;
                    case FriezeGroup.P2mg:
                        up = off % 2 == 0 ? inward : -inward;
                        mirror = false;
                        break;
                    case FriezeGroup.P11g:
                        up = off % 2 == 0 ? inward : -inward;
                        mirror = right ^ (off % 2 == 1);
                        break;
                    case FriezeGroup.P2:
                        up = off % 2 == 0 ? inward : -inward;
                        break;
                }

                if (n == mid && d.BorderGroup is FriezeGroup.P1 or FriezeGroup.P11g or FriezeGroup.P2)
                {
                    shape = centre;
                    up = inward;
                    mirror = false;
                }

                plan.Place(shape, p, up, ms, Slot.Ground, "border", mirror ^ flip);
            }
        }

        // Side frames mirror each other (top ↔ bottom, left ↔ right) so the whole border is D2.
        Side(new Vec2(i.Left, o.Top), new Vec2(1, 0), new Vec2(0, 1), i.Width, false);
        if (!threeSided)
        {
            Side(new Vec2(i.Left, o.Bottom), new Vec2(1, 0), new Vec2(0, -1), i.Width, true);
        }

        double sideLen = threeSided ? o.Bottom - i.Top : i.Height;
        Side(new Vec2(o.Left, i.Top), new Vec2(0, 1), new Vec2(1, 0), sideLen, false);
        Side(new Vec2(o.Right, i.Top), new Vec2(0, 1), new Vec2(-1, 0), sideLen, true);
        Corners(plan, d, o, i, b, threeSided, main);
    }

    private static string CentreOf(FriezeGroup g) => g == FriezeGroup.P2 ? "kos_muiz" : "koshkar_muiz";

    private static void Corners(CarpetPlan plan, FeltDesign d, Rect o, Rect i, double b, bool threeSided, MotifShape main)
    {
        var cornerShape = MotifCatalog.Get(d.CornerMotif).Shape();
        var corners = new List<(Vec2 Outer, Vec2 Diag)>
        {
            (new Vec2(o.Left, o.Top), new Vec2(1, 1)),
            (new Vec2(o.Right, o.Top), new Vec2(-1, 1)),
        };
        if (!threeSided)
        {
            corners.Add((new Vec2(o.Left, o.Bottom), new Vec2(1, -1)));
            corners.Add((new Vec2(o.Right, o.Bottom), new Vec2(-1, -1)));
        }

        foreach (var (oc, diag) in corners)
        {
            var centre = oc + (diag * (b / 2));
            bool mirror = diag.X * diag.Y < 0;
            switch (d.Corner)
            {
                case CornerType.Block:
                case CornerType.Rosette:
                    var sq = Rect.FromXywh(Math.Min(oc.X, oc.X + (diag.X * b)), Math.Min(oc.Y, oc.Y + (diag.Y * b)), b, b);
                    plan.AddRegion(sq, Slot.Ground, "border");
                    plan.Place(cornerShape, centre, diag, b * 0.4, Slot.Figure, "border", mirror);
                    break;
                case CornerType.Mitre:
                    plan.Place(main, centre, diag, b * 0.42, Slot.Ground, "border", mirror);
                    plan.CutLines.Add([oc, oc + (diag * b)]);
                    break;
                default:
                    plan.Place(cornerShape, centre + (diag * (b * 0.06)), -diag, b * 0.48, Slot.Ground, "border", mirror);
                    break;
            }
        }
    }
}
