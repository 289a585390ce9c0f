using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>The five field layouts (§3.2). Symmetric fields are built from one quadrant reflected about both axes.</summary>
internal static class FieldLayouts
{
    public static void Build(CarpetPlan plan, FeltDesign d, Rect f, double density)
    {
        switch (d.Layout)
        {
            case FieldLayout.Medallion: Medallion(plan, d, f, density); break;
            case FieldLayout.SquareLattice: Lattice(plan, d, f); break;
            case FieldLayout.RhombicLattice: Rhombic(plan, d, f); break;
            case FieldLayout.KalyklemRows: Rows(plan, d, f); break;
            default: Panels(plan, d, f); break;
        }
    }

    private static Slot Other(Slot s) => s == Slot.Ground ? Slot.Figure : Slot.Ground;

    private static MotifShape Shape(string id) => MotifCatalog.Get(id).Shape();

    private static void Medallion(CarpetPlan plan, FeltDesign d, Rect f, double density)
    {
        plan.AddRegion(f, Slot.Ground, "field");
        var c = new Vec2(f.Left + (f.Width / 2), f.Top + (f.Height / 2));
        double m = Math.Min(f.Width, f.Height);
        var centre = Shape(d.CentreMotif);
        plan.Place(centre, c, new Vec2(0, -1), m * 0.3, Slot.Figure, "field");
        // Quarter medallions: the same medallion cut to a quadrant, centred on each field corner.
        var quarter = centre.Quarter();
        plan.PlaceD2(quarter, new Vec2(f.Left, f.Top), new Vec2(0, 1), m * 0.3, Slot.Figure, "field", mirror: true);
        // Horn fillers on the axes, pointing at the medallion.
        var filler = Shape(d.FieldMotif);
        double fs = m * 0.11;
        double axisY = f.Top + ((c.Y - f.Top - (m * 0.3)) / 2);
        plan.PlaceD2(filler, new Vec2(c.X, axisY), new Vec2(0, 1), fs, Slot.Figure, "field", mirrorY: false);
        plan.PlaceD2(filler, new Vec2(c.X, (2 * c.Y) - axisY), new Vec2(0, -1), fs, Slot.Figure, "field", mirrorY: false);
        double axisX = f.Left + ((c.X - f.Left - (m * 0.3)) / 2);
        plan.PlaceD2(filler, new Vec2(axisX, c.Y), new Vec2(1, 0), fs * 0.85, Slot.Figure, "field", mirrorY: false);
        // Secondary fillers between the quarter medallions and the centre (density adds a second ring).
        var small = Shape(d.FillerMotif);
        var q = new Vec2(f.Left + (f.Width * 0.25), f.Top + (f.Height * 0.25));
        plan.PlaceD2(small, q + new Vec2(f.Width * 0.02, f.Height * 0.02), new Vec2(1, 1), m * 0.07, Slot.Figure, "field");
        if (f.Height > f.Width * 1.25 || density > 0.6)
        {
            var q2 = new Vec2(c.X, f.Top + (f.Height * 0.12));
            plan.PlaceD2(small, q2 with { X = f.Left + (f.Width * 0.27) }, new Vec2(0, 1), m * 0.06, Slot.Figure, "field");
        }
    }

    private static (int Cols, int Rows, double Cw, double Ch) Grid(FeltDesign d, Rect f)
    {
        int cols = d.Columns;
        double cw = f.Width / cols;
        int rows = Math.Max(1, (int)Math.Round(f.Height / cw));
        if (rows % 2 == 0)
        {
            rows += f.Height / cw > rows ? 1 : -1;
        }

        return (cols, rows, cw, f.Height / rows);
    }

    private static void Lattice(CarpetPlan plan, FeltDesign d, Rect f)
    {
        var (cols, rows, cw, ch) = Grid(d, f);
        var main = Shape(d.FieldMotif);
        var centre = Shape(d.CentreMotif);
        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < cols; i++)
            {
                var cell = Rect.FromXywh(f.Left + (i * cw), f.Top + (j * ch), cw, ch);
                var g = (i + j) % 2 == 0 ? Slot.Ground : Slot.Figure;
                plan.AddRegion(cell, g, "field");
                bool mid = i == cols / 2 && j == rows / 2;
                plan.Place(mid ? centre : main, cell.Center, new Vec2(0, -1), Math.Min(cw, ch) * 0.42, Other(g), "field");
            }
        }
    }

    private static void Rhombic(CarpetPlan plan, FeltDesign d, Rect f)
    {
        // cmm: nodes on staggered rows; rhombi with half-diagonals (cw/2, ch) tile the field, sharing edges.
        plan.AddRegion(f, Slot.Ground, "field");
        var (cols, rows, cw, ch) = Grid(d, f);
        var main = Shape(d.FieldMotif);
        var centre = Shape(d.CentreMotif);
        for (int j = 0; j < rows; j++)
        {
            int odd = j % 2;
            for (int i = 0; i < cols - odd; i++)
            {
                var p = new Vec2(f.Left + (cw * (i + 0.5 + (0.5 * odd))), f.Top + (ch * (j + 0.5)));
                bool mid = j == rows / 2 && Math.Abs(p.X - (f.Left + (f.Width / 2))) < 1e-9;
                plan.Place(mid ? centre : main, p, new Vec2(0, -1), Math.Min(cw, ch * 2) * 0.3, Slot.Figure, "field");
                if (j > 0 && j < rows - 1)
                {
                    plan.CutLines.Add([p + new Vec2(0, -ch), p + new Vec2(cw * 0.5, 0), p + new Vec2(0, ch), p + new Vec2(-cw * 0.5, 0)]);
                }
            }
        }
    }

    private static void Rows(CarpetPlan plan, FeltDesign d, Rect f)
    {
        plan.AddRegion(f, Slot.Ground, "field");
        var (cols, rows, cw, ch) = Grid(d, f);
        var main = Shape(d.FieldMotif);
        double bar = ch * 0.06;
        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < cols; i++)
            {
                var p = new Vec2(f.Left + (cw * (i + 0.5)), f.Top + (ch * (j + 0.5)));
                plan.Place(main, p, new Vec2(0, -1), Math.Min(cw, ch) * 0.4, Slot.Figure, "field");
            }

            if (j > 0)
            {
                plan.AddRegion(Rect.FromXywh(f.Left, f.Top + (ch * j) - (bar / 2), f.Width, bar), Slot.Figure, "field");
            }
        }
    }

    private static void Panels(CarpetPlan plan, FeltDesign d, Rect f)
    {
        int cols = 2;
        int rows = f.Height > f.Width * 1.3 ? 3 : 2;
        double pw = f.Width / cols, ph = f.Height / rows;
        var main = Shape(d.FieldMotif);
        var filler = Shape(d.FillerMotif);
        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < cols; i++)
            {
                var cell = Rect.FromXywh(f.Left + (i * pw), f.Top + (j * ph), pw, ph);
                var g = (i + j) % 2 == 0 ? Slot.Ground : Slot.Figure;
                plan.AddRegion(cell, g, "field");
                var c = cell.Center;
                double m = Math.Min(pw, ph);
                plan.Place(main, c, new Vec2(0, -1), m * 0.34, Other(g), "field");
                foreach (var (sx, sy) in new[] { (-1, -1), (1, -1), (-1, 1), (1, 1) })
                {
                    var p = c + new Vec2(sx * pw * 0.36, sy * ph * 0.36);
                    plan.Place(filler, p, new Vec2(sx, sy), m * 0.1, Other(g), "field", sx * sy < 0);
                }
            }
        }
    }
}
