using Ornament.Geometry;
using static Ornament.Generators.Felt.MotifParts;

namespace Ornament.Generators.Felt;

/// <summary>Camel, bird, body, amulet, cosmic and plant motifs.</summary>
internal static partial class MotifCatalog
{
    private static IEnumerable<MotifDefinition> Others()
    {
        yield return new MotifDefinition("tuie_taban", "түйе табан", "camel footprint",
            "long road, distant journey", "D1", MotifUsage.FloorFelt,
            [P("spread", 0.3, 0.42, 0.36, "toe centre offset"), P("heel", 0.2, 0.3, 0.25, "heel pad half-height")],
            v =>
            {
                double s = v("spread");
                return [Solid(Ellipse(new Vec2(s, 0.3), s - 0.06, 0.55, Rad(-8))), Solid(Ellipse(new Vec2(-s, 0.3), s - 0.06, 0.55, Rad(8))),
                        Solid(Ellipse(new Vec2(0, -0.6), 0.5, v("heel")))];
            });

        yield return new MotifDefinition("bota_moiyn", "бота мойын", "camel-calf neck",
            "camel motifs: endurance, wealth", "C2", MotifUsage.FloorFelt,
            [W(), P("turn", 220, 330, 280, "hook turning (deg)"), P("slant", 10, 35, 20, "neck slant (deg)")],
            v =>
            {
                double sl = Rad(v("slant"));
                var dir = Vec2.FromAngle(Rad(90) - sl);
                var top = dir * 0.35;
                var hook = Curves.Curl(top, Rad(90) - sl, 0.5, 0.2, Rad(v("turn")), clockwise: true);
                var half = Curves.Join([Vec2.Zero, top], hook);
                var other = Curves.Map(half, Affine.Rotate(Math.PI));
                return [Band(v("w"), true, Curves.Join(Curves.Reverse(other), half))];
            });

        yield return new MotifDefinition("orkesh", "өркеш", "camel hump",
            "prosperity and reproduction", "D1", MotifUsage.FloorFelt,
            [P("h", 0.6, 1.0, 0.8, "hump height relative to width")],
            v =>
            {
                var pts = new List<Vec2> { new(-1, -0.7), new(1, -0.7) };
                foreach (double cx in new[] { 0.5, -0.5 })
                {
                    var arc = Curves.Arc(new Vec2(cx, -0.45), 0.5, 0, Math.PI);
                    pts.AddRange(arc.Select(p => new Vec2(p.X, -0.45 + ((p.Y + 0.45) * v("h") * 2))));
                }

                return [Solid(pts)];
            });

        yield return new MotifDefinition("botakoz", "ботакөз", "camel calf's eye",
            "camel group: the calf's eye, tenderness", "D2", MotifUsage.FloorFelt,
            [P("ratio", 0.6, 1.0, 0.7, "width/height"), P("ring", 0.16, 0.26, 0.2, "ring width")],
            v =>
            {
                double hx = v("ratio"), ring = v("ring");
                return [WithHoles(Rhombus(Vec2.Zero, hx, 1), Rhombus(Vec2.Zero, hx - (ring * 1.5 * hx), 1 - (ring * 1.5))),
                        Solid(Rhombus(Vec2.Zero, hx * 0.28, 0.28))];
            });

        yield return new MotifDefinition("it_kuiryk", "ит құйрық", "dog's tail",
            "close distance; the running-dog scroll", "C1", MotifUsage.FloorFelt,
            [W(0.18), P("turn", 300, 400, 340, "curl turning (deg)")],
            v =>
            {
                var a = new Vec2(-1.0, -0.75);
                var b = new Vec2(-0.1, -0.75);
                var curl = Curves.Curl(b, 0, 0.62, 0.16, Rad(v("turn")), clockwise: false);
                return [Band(v("w"), true, Curves.Join([a, b], curl))];
            });

        yield return new MotifDefinition("kus_tumsyk", "құс тұмсық", "bird beak",
            "freedom and happiness", "C1", MotifUsage.FloorFelt,
            [P("hook", 0.1, 0.35, 0.22, "hook of the tip")],
            v =>
            {
                var tip = new Vec2(0.55 + v("hook"), 0.75);
                var back = Quad(new Vec2(-0.85, -0.8), new Vec2(-0.8, 0.9), tip);
                var front = Quad(tip, new Vec2(0.35, 0.2), new Vec2(0.75, -0.8));
                return [Solid(Curves.Join(back, front))];
            });

        yield return new MotifDefinition("kus_kanat", "құс қанат", "bird wing",
            "wishes of happiness and independence", "D1", MotifUsage.FloorFelt,
            [W(0.2), P("feathers", 3, 5, 5, "feather count"), P("fan", 70, 130, 110, "fan opening (deg)")],
            v =>
            {
                int n = (int)Math.Round(v("feathers"));
                double fan = Rad(v("fan"));
                var root = new Vec2(0, -0.9);
                var lines = new List<IReadOnlyList<Vec2>>();
                for (int i = 0; i < n; i++)
                {
                    double a = Rad(90) - (fan / 2) + (fan * i / (n - 1));
                    double len = 1.5 - (0.25 * Math.Abs(i - ((n - 1) / 2.0)) / Math.Max(1, (n - 1) / 2.0));
                    lines.Add([root, root + (Vec2.FromAngle(a) * len)]);
                }

                return [Band(v("w"), true, [.. lines])];
            });

        yield return new MotifDefinition("kaz_moiyn", "қаз мойын", "goose neck",
            "loyalty, devotion, love; on the bride's chest", "C2", MotifUsage.FloorFelt,
            [WNarrow(0.14, 0.22, 0.2), P("turn", 300, 360, 340, "head curl turning (deg)")],
            v =>
            {
                var neck = Quad(Vec2.Zero, new Vec2(0.25, 0.2), new Vec2(0.55, 0.1));
                var head = Curves.Curl(neck[^1], Curves.EndHeading(neck), 0.4, 0.16, Rad(v("turn")), clockwise: false);
                var half = Curves.Join(neck, head);
                var other = Curves.Map(half, Affine.Rotate(Math.PI));
                return [Band(v("w"), true, Curves.Join(Curves.Reverse(other), half))];
            });

        yield return new MotifDefinition("omyrtka", "омыртқа", "vertebra",
            "courage and perseverance", "D2", MotifUsage.FloorFelt,
            [P("count", 2, 3, 3, "segments"), P("width", 0.5, 0.8, 0.65, "segment half-width")],
            v =>
            {
                int n = (int)Math.Round(v("count"));
                double hy = 0.9 / n;
                var parts = new List<object>();
                for (int i = 0; i < n; i++)
                {
                    double cy = -0.9 + hy + (2 * hy * i);
                    parts.Add(Solid(Rhombus(new Vec2(0, cy), v("width"), hy * 0.82)));
                    parts.Add(Solid(Ellipse(new Vec2(v("width") + 0.18, cy), 0.1, 0.1)));
                    parts.Add(Solid(Ellipse(new Vec2(-v("width") - 0.18, cy), 0.1, 0.1)));
                }

                return parts;
            });

        yield return new MotifDefinition("tumar", "тұмар", "amulet triangle",
            "protects from the evil eye", "D1", MotifUsage.Amulet,
            [P("apex", 50, 70, 60, "apex angle (deg)"), P("ring", 0.16, 0.26, 0.2, "ring width"), P("pendants", 0, 3, 3, "pendant strokes")],
            v =>
            {
                double apex = Rad(v("apex")), h = 1.5, hb = h * Math.Tan(apex / 2);
                var c = new Vec2(0, 0.05);
                var outer = Triangle(c, hb, h);
                double ring = v("ring");
                double k = 1 - (ring * 2.6);
                var inner = Triangle(c, hb * k, h * k);
                var dot = Triangle(c, hb * k * 0.45, h * k * 0.45);
                var parts = new List<object> { WithHoles(outer, inner), Solid(dot) };
                int np = (int)Math.Round(v("pendants"));
                double baseY = c.Y - (h / 3);
                for (int i = 0; i < np; i++)
                {
                    double x = np == 1 ? 0 : -hb * 0.6 + (1.2 * hb * i / (np - 1));
                    parts.Add(Band(0.14, true, [new Vec2(x, baseY - 0.2), new Vec2(x, baseY - 0.55)]));
                }

                return parts;
            });

        yield return new MotifDefinition("tort_ushkul", "төртүшкүл", "four sharp angles",
            "four: cardinal points and seasons; a closed symmetric system", "D4", MotifUsage.FloorFelt,
            [P("alpha", 40, 60, 50, "rhombus acute angle (deg)")],
            v =>
            {
                double half = Rad(v("alpha")) / 2;
                double len = 0.95, hx = len / 2 * Math.Tan(half);
                var parts = new List<object>();
                for (int k = 0; k < 4; k++)
                {
                    var rot = Affine.Rotate(k * Math.PI / 2);
                    var rh = Rhombus(new Vec2(0, 0.05 + (len / 2)), hx, len / 2);
                    parts.Add(Solid(Curves.Map(rh, rot)));
                }

                return parts;
            });

        yield return new MotifDefinition("tort_kulak", "төрт құлақ", "four ears",
            "not verified: excluded from every default pool", "D4", MotifUsage.Restricted,
            [WNarrow(0.1, 0.16, 0.14)],
            v =>
            {
                var lines = new List<IReadOnlyList<Vec2>>();
                for (int k = 0; k < 4; k++)
                {
                    var rot = Affine.Rotate(k * Math.PI / 2);
                    lines.Add(Curves.Map(Curves.Arc(new Vec2(0, 0.55), 0.3, Rad(-60), Rad(240)), rot));
                }

                return [Band(v("w"), true, [.. lines])];
            });

        yield return new MotifDefinition("su", "су", "water",
            "water and motion; the running wave", "p2mg", MotifUsage.FloorFelt,
            [W(0.22, 0.18), P("amp", 0.25, 0.35, 0.3, "wave amplitude (divided by the periods)"), P("periods", 1, 2, 1, "periods across the frame")],
            v =>
            {
                int per = (int)Math.Round(v("periods"));
                var pts = new List<Vec2>();
                for (int i = 0; i <= 96; i++)
                {
                    double x = -1 + (2.0 * i / 96);
                    // Shorter waves bend harder: the amplitude shrinks with the period count so the crest radius stays above half the band.
                    pts.Add(new Vec2(x, v("amp") / per * Math.Sin(Math.PI * per * (x + 1))));
                }

                return [Band(v("w"), false, pts)];
            });

        yield return new MotifDefinition("shynzhyr", "шынжыр", "chain",
            "continuity, bond (interpretation)", "p2mm", MotifUsage.FloorFelt,
            [W(0.16), P("rx", 0.45, 0.6, 0.5, "link half-length"), P("ry", 0.3, 0.45, 0.38, "link half-height")],
            v =>
            {
                double rx = v("rx"), ry = v("ry");
                var upper = Curves.Map(Curves.Arc(Vec2.Zero, 1, 0, Math.PI), Affine.Scale(rx, ry));
                var lower = Curves.Map(Curves.Arc(Vec2.Zero, 1, Math.PI, 2 * Math.PI), Affine.Scale(rx, ry));
                return [Band(v("w"), false, upper, lower, [new Vec2(rx, 0), new Vec2(1, 0)], [new Vec2(-rx, 0), new Vec2(-1, 0)])];
            });

        yield return new MotifDefinition("aishyk", "айшық", "crescent",
            "the moon: beauty, the female principle", "D1", MotifUsage.FloorFelt,
            [P("r", 0.8, 0.9, 0.85, "inner/outer radius"), P("d", 0.3, 0.45, 0.38, "inner disc offset / radius")],
            v => [Solid(Crescent(Vec2.Zero, 1, v("r"), v("d")))]);

        yield return new MotifDefinition("ai_gul", "ай гүл", "moon flower",
            "crescents round a centre: the moon flower", "Dn", MotifUsage.FloorFelt,
            [P("n", 4, 8, 6, "crescents")],
            v =>
            {
                int n = (int)Math.Round(v("n"));
                var parts = new List<object> { Solid(Ellipse(Vec2.Zero, 0.22, 0.22)) };
                double size = Math.Min(0.42, 2.6 / n * 0.5);
                for (int i = 0; i < n; i++)
                {
                    double a = (Math.PI / 2) + (2 * Math.PI * i / n);
                    var c = Crescent(Vec2.Zero, size, size * 0.85, size * 0.38, a - (Math.PI / 2));
                    parts.Add(Solid(Curves.Map(c, Affine.Translate(Vec2.FromAngle(a) * 0.62))));
                }

                return parts;
            });

        yield return new MotifDefinition("zhuldyz", "жұлдыз", "star",
            "the cosmogonic group: star", "Dn", MotifUsage.FloorFelt,
            [P("n", 4, 8, 8, "points"), P("inner", 0.38, 0.55, 0.45, "inner radius ratio")],
            v =>
            {
                int n = (int)Math.Round(v("n"));
                return [WithHoles(Star(n, 1, v("inner")), Ellipse(Vec2.Zero, v("inner") * 0.45, v("inner") * 0.45)),
                        Solid(Ellipse(Vec2.Zero, v("inner") * 0.22, v("inner") * 0.22))];
            });

        yield return new MotifDefinition("kun", "күн", "sun",
            "source of life and energy", "Dn", MotifUsage.FloorFelt,
            [P("n", 8, 16, 12, "rays"), P("disc", 0.35, 0.5, 0.42, "disc radius")],
            v =>
            {
                int n = (int)Math.Round(v("n"));
                double disc = v("disc");
                var parts = new List<object> { Solid(Ellipse(Vec2.Zero, disc, disc)) };
                double half = Math.PI / n * 0.55;
                for (int i = 0; i < n; i++)
                {
                    double a = (Math.PI / 2) + (2 * Math.PI * i / n);
                    double r0 = disc + 0.1;
                    parts.Add(Solid([Vec2.FromAngle(a - half) * r0, Vec2.FromAngle(a) * 1.0, Vec2.FromAngle(a + half) * r0]));
                }

                return parts;
            });

        yield return new MotifDefinition("kyzgaldak", "қызғалдақ", "tulip",
            "plants: eternal renewal, abundance", "D1", MotifUsage.WallHanging,
            [WNarrow(0.14, 0.22, 0.18), P("curl", 130, 170, 150, "side petal curl (deg)")],
            v =>
            {
                var node = new Vec2(0, -0.25);
                var leafNode = new Vec2(0, -0.75);
                var side = Curves.Curl(node, Rad(70), 0.7, 0.22, Rad(v("curl")), clockwise: true);
                var leaf = Quad(leafNode, new Vec2(0.45, -0.75), new Vec2(0.75, -0.35));
                var bandPart = Band(v("w"), true, [new Vec2(0, -1.2), leafNode], [leafNode, node], side, Curves.MirrorX(side), leaf, Curves.MirrorX(leaf));
                // A slim petal standing above the node leaves room for the side curls to roll past it.
                var petal = Curves.Join(Quad(new Vec2(0, 0.05), new Vec2(0.3, 0.3), new Vec2(0, 0.95)), Quad(new Vec2(0, 0.95), new Vec2(-0.3, 0.3), new Vec2(0, 0.05)));
                petal.RemoveAt(petal.Count - 1);
                return [bandPart, Solid(petal)];
            });

        yield return new MotifDefinition("ok_sadak", "оқ садақ", "arrow and bow",
            "chosen for men's items", "D1", MotifUsage.ClothingMale,
            [W(0.16), P("barb", 60, 90, 75, "chevron apex angle (deg)")],
            v =>
            {
                double half = Rad(v("barb")) / 2;
                var tip = new Vec2(0, 0.9);
                var tail = new Vec2(0, -0.55);
                var barb = tip + (new Vec2(Math.Sin(half), -Math.Cos(half)) * 0.65);
                var fl = tail + (new Vec2(Math.Sin(half), -Math.Cos(half)) * 0.5);
                return [Band(v("w"), false, [new Vec2(0, -1.0), tail], [tail, tip], [tip, barb], [tip, new Vec2(-barb.X, barb.Y)], [tail, fl], [tail, new Vec2(-fl.X, fl.Y)])];
            });

        yield return new MotifDefinition("krest", "төрт тарап", "four directions",
            "equal-armed cross: the four directions and Tengri", "D4", MotifUsage.FloorFelt,
            [P("w", 0.3, 0.5, 0.4, "arm width")],
            v =>
            {
                var lines = new List<IReadOnlyList<Vec2>>();
                for (int k = 0; k < 4; k++)
                {
                    lines.Add([Vec2.Zero, Vec2.FromAngle(k * Math.PI / 2) * 1.0]);
                }

                return [Band(v("w"), false, [.. lines])];
            });

        yield return new MotifDefinition("kempir_kosak", "кемпірқосақ", "rainbow",
            "several colours in rainbow order", "D1", MotifUsage.FloorFelt,
            [P("bands", 3, 5, 4, "arcs"), W(0.16)],
            v =>
            {
                int n = (int)Math.Round(v("bands"));
                double w = v("w");
                var lines = new List<IReadOnlyList<Vec2>>();
                for (int i = 0; i < n; i++)
                {
                    lines.Add(Curves.Arc(new Vec2(0, -0.5), 0.3 + (2 * w * i), 0, Math.PI));
                }

                return [.. lines.Select(l => (object)Band(w, false, l))];
            });
    }
}
