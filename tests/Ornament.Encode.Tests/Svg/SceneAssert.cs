using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Encode.Tests.Svg;

/// <summary>Structural scene equality with a coordinate tolerance (SVG text rounds numbers).</summary>
internal static class SceneAssert
{
    public static void Equal(Scene e, Scene a, double tol = 1e-3)
    {
        Assert.Equal(e.Width, a.Width, 6);
        Assert.Equal(e.Height, a.Height, 6);
        Assert.Equal(e.Background, a.Background);
        Assert.Equal(e.Metadata, a.Metadata);
        Items(e.Items, a.Items, tol, "");
    }

    private static void Items(IReadOnlyList<SceneItem> e, IReadOnlyList<SceneItem> a, double tol, string where)
    {
        Assert.True(e.Count == a.Count, $"{where}: {e.Count} items expected, {a.Count} read");
        for (int i = 0; i < e.Count; i++)
        {
            string w = $"{where}/{i}";
            switch (e[i])
            {
                case GroupItem ge:
                {
                    var ga = Assert.IsType<GroupItem>(a[i]);
                    Assert.Equal(ge.Name, ga.Name);
                    Transform(ge.Transform, ga.Transform, tol, w);
                    Assert.Equal(ge.Opacity, ga.Opacity, 3);
                    Assert.Equal(ge.Blend, ga.Blend);
                    Items(ge.Items, ga.Items, tol, w);
                    break;
                }

                case DrawItem de:
                {
                    var da = Assert.IsType<DrawItem>(a[i]);
                    Path(de.Path, da.Path, tol, w);
                    Paint(de.Paint, da.Paint, tol, w);
                    Assert.Equal(de.FillRule, da.FillRule);
                    Transform(de.Transform, da.Transform, tol, w);
                    Assert.True(Math.Abs(de.Opacity - da.Opacity) <= 1e-3, $"{w}: opacity {de.Opacity} vs {da.Opacity}");
                    Assert.Equal(de.Blend, da.Blend);
                    if (de.Stroke is { } se)
                    {
                        var sa = Assert.IsType<StrokeStyle>(da.Stroke);
                        Assert.Equal(se.Width, sa.Width, 3);
                        Assert.Equal(se.Join, sa.Join);
                        Assert.Equal(se.Cap, sa.Cap);
                        Assert.Equal(se.MiterLimit, sa.MiterLimit, 3);
                        Assert.Equal(se.Dashes?.ToArray(), sa.Dashes?.ToArray());
                        Assert.Equal(se.DashOffset, sa.DashOffset, 3);
                    }
                    else
                    {
                        Assert.Null(da.Stroke);
                    }

                    break;
                }
            }
        }
    }

    public static void Path(Path e, Path a, double tol, string w)
    {
        Assert.Equal(e.Verbs.ToArray(), a.Verbs.ToArray());
        Assert.Equal(e.Points.Length, a.Points.Length);
        for (int i = 0; i < e.Points.Length; i++)
        {
            Assert.True(Vec2.Distance(e.Points[i], a.Points[i]) <= tol * 1.5, $"{w}: point {i} ({e.Points[i].X}, {e.Points[i].Y}) vs ({a.Points[i].X}, {a.Points[i].Y})");
        }
    }

    private static void Transform(Affine? e, Affine? a, double tol, string w)
    {
        Assert.Equal(e.HasValue, a.HasValue);
        if (e is { } x && a is { } y)
        {
            double[] ex = [x.A, x.B, x.C, x.D, x.E, x.F], ay = [y.A, y.B, y.C, y.D, y.E, y.F];
            for (int i = 0; i < 6; i++)
            {
                Assert.True(Math.Abs(ex[i] - ay[i]) <= tol, $"{w}: transform coefficient {i}: {ex[i]} vs {ay[i]}");
            }
        }
    }

    private static void Paint(Paint.Paint e, Paint.Paint a, double tol, string w)
    {
        switch (e)
        {
            case SolidPaint s:
                Assert.Equal(s.Color, Assert.IsType<SolidPaint>(a).Color);
                break;
            case LinearGradient l:
            {
                var la = Assert.IsType<LinearGradient>(a);
                Assert.True(Vec2.Distance(l.Start, la.Start) <= tol && Vec2.Distance(l.End, la.End) <= tol, w);
                Stops(l.Stops, la.Stops);
                Transform(l.GradientTransform, la.GradientTransform, tol, w);
                break;
            }

            case RadialGradient r:
            {
                var ra = Assert.IsType<RadialGradient>(a);
                Assert.True(Vec2.Distance(r.Center, ra.Center) <= tol && Math.Abs(r.Radius - ra.Radius) <= tol, w);
                Assert.Equal(r.Focal.HasValue, ra.Focal.HasValue);
                Stops(r.Stops, ra.Stops);
                Transform(r.GradientTransform, ra.GradientTransform, tol, w);
                break;
            }
        }
    }

    private static void Stops(IReadOnlyList<GradientStop> e, IReadOnlyList<GradientStop> a)
    {
        Assert.Equal(e.Count, a.Count);
        for (int i = 0; i < e.Count; i++)
        {
            Assert.Equal(e[i].Offset, a[i].Offset, 4);
            Assert.Equal(e[i].Color, a[i].Color);
        }
    }
}
