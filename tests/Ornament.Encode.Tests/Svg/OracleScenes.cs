using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode.Tests.Svg;

/// <summary>Small scenes that exercise one feature each; shared by the round-trip and rsvg oracle tests.</summary>
internal static class OracleScenes
{
    public const int Size = 200;

    private static Rgba8 C(string hex) => Rgba8.FromHex(hex);

    public static Scene Shapes()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#f4ead5") };
        b.Fill(Geometry.Shapes.Rectangle(20.25, 30.5, 70, 50), C("#9b1b30"));
        b.Fill(Geometry.Shapes.Circle(140, 60, 35.3), C("#1f4e79"));
        b.Fill(Geometry.Shapes.Star(new Vec2(60, 140), 45, 20, 5), C("#d4a017"));
        b.Fill(Geometry.Shapes.RoundedRectangle(110, 110, 70, 60, 12), C("#2e6b3a"));
        return b.Build();
    }

    public static Scene Curves()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#ffffff") };
        var p = new PathBuilder().MoveTo(20, 180).QuadTo(60, 20, 100, 180).CubicTo(120, 20, 180, 40, 180, 180).Close().Build();
        b.Fill(p, C("#7a1f1f"));
        var arcs = new PathBuilder().MoveTo(30, 40).ArcTo(40, 25, 30, false, true, new Vec2(120, 60))
            .ArcTo(20, 20, 0, true, false, new Vec2(150, 30)).LineTo(170, 90).Close().Build();
        b.Fill(arcs, C("#204080"));
        return b.Build();
    }

    public static Scene FillRules()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#eeeeee") };
        var star = new PathBuilder().MoveTo(50, 10).LineTo(80, 90).LineTo(10, 40).LineTo(90, 40).LineTo(20, 90).Close().Build();
        b.Fill(star, C("#aa3300"), FillRule.NonZero);
        b.Fill(star, C("#0033aa"), FillRule.EvenOdd, Affine.Translate(100, 0));
        var ring = Path.Combine([Geometry.Shapes.Circle(60, 150, 40), Geometry.Shapes.Circle(60, 150, 20)]);
        b.Fill(ring, C("#336600"), FillRule.EvenOdd);
        b.Fill(ring, C("#663300"), FillRule.NonZero, Affine.Translate(90, 0));
        return b.Build();
    }

    public static Scene Overlaps()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#fdf6e3") };
        b.Fill(Geometry.Shapes.Circle(80, 80, 55), C("#c0392b").WithAlpha(150));
        b.Fill(Geometry.Shapes.Circle(120, 80, 55), Paint.Paint.Solid(C("#2980b9")), opacity: 0.6);
        b.Fill(Geometry.Shapes.Circle(100, 120, 55), Paint.Paint.Solid(C("#27ae60").WithAlpha(200)), opacity: 0.7);
        return b.Build();
    }

    public static Scene TransformsAndGroups()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#f0e6d2"), Metadata = "{\"recipe\":\"groups\"}" };
        var motif = new PathBuilder().MoveTo(0, -20).CubicTo(15, -20, 20, -5, 0, 20).CubicTo(-20, -5, -15, -20, 0, -20).Close().Build();
        b.PushGroup("border", 1, Affine.Translate(5, 5));
        for (int i = 0; i < 4; i++)
        {
            b.Fill(motif, C("#8b1a1a"), transform: Affine.Rotate(i * Math.PI / 2).Then(Affine.Translate(40 + (i * 40), 30)));
        }

        b.PopGroup();
        b.PushGroup("field", 0.5);
        b.Fill(Geometry.Shapes.Rectangle(30, 70, 100, 80), C("#1b3a6b"));
        b.Fill(Geometry.Shapes.Rectangle(80, 100, 90, 80), C("#d4a017"));
        b.PushGroup("inner", 0.8, Affine.Scale(1.5, 0.75).Then(Affine.Translate(10, 100)));
        b.Fill(Geometry.Shapes.Circle(40, 60, 25), C("#2e6b3a"));
        b.PopGroup();
        b.PopGroup();
        b.Fill(motif, C("#000000"), transform: Affine.SkewX(0.3).Then(Affine.Translate(170, 170)));
        return b.Build();
    }

    public static Scene Strokes()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#ffffff") };
        var zig = new PathBuilder().MoveTo(20, 40).LineTo(60, 100).LineTo(100, 30).LineTo(150, 90).Build();
        b.Stroke(zig, Paint.Paint.Solid(C("#8b0000")), new StrokeStyle(8, LineJoin.Round, LineCap.Round));
        var curve = new PathBuilder().MoveTo(20, 150).CubicTo(60, 100, 120, 200, 180, 140).Build();
        b.Stroke(curve, Paint.Paint.Solid(C("#003366").WithAlpha(180)), new StrokeStyle(5, LineJoin.Round, LineCap.Round));
        b.Stroke(Geometry.Shapes.Circle(150, 40, 20), Paint.Paint.Solid(C("#226622")), new StrokeStyle(3, LineJoin.Round, LineCap.Round), Affine.Scale(1, 1));
        return b.Build();
    }

    public static Scene Blends()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#e8d8b0") };
        b.Fill(Geometry.Shapes.Rectangle(20, 20, 110, 110), C("#c04040"));
        b.Fill(Geometry.Shapes.Circle(120, 120, 60), Paint.Paint.Solid(C("#4080c0")), blend: BlendMode.Multiply);
        b.Fill(Geometry.Shapes.Circle(70, 140, 40), Paint.Paint.Solid(C("#40a040")), blend: BlendMode.Screen);
        return b.Build();
    }

    public static Scene LinearGradients()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#ffffff") };
        var lg = new LinearGradient(new Vec2(20, 20), new Vec2(180, 60),
            [new GradientStop(0, C("#8b1a1a")), new GradientStop(0.5, C("#d4a017")), new GradientStop(1, C("#1b3a6b").WithAlpha(128))]);
        b.Fill(Geometry.Shapes.Rectangle(10, 10, 180, 90), lg);
        var lg2 = new LinearGradient(new Vec2(0, 0), new Vec2(0, 1), [new GradientStop(0, C("#000000")), new GradientStop(1, C("#ffffff"))],
            new Affine(60, 20, 0, 80, 40, 110));
        b.Fill(Geometry.Shapes.Circle(100, 150, 40), lg2);
        return b.Build();
    }

    public static Scene RadialGradients()
    {
        var b = new SceneBuilder(Size, Size) { Background = C("#202020") };
        var rg = new RadialGradient(new Vec2(100, 100), 80, [new GradientStop(0, C("#ffe080")), new GradientStop(1, C("#802000"))], new Vec2(70, 80));
        b.Fill(Geometry.Shapes.Circle(100, 100, 90), rg);
        var rg2 = new RadialGradient(new Vec2(0, 0), 1, [new GradientStop(0.2, C("#ffffff")), new GradientStop(1, C("#0000ff").WithAlpha(0))], null,
            Affine.Scale(40, 20).Then(Affine.Translate(100, 100)));
        b.Fill(Geometry.Shapes.Rectangle(40, 60, 120, 80), rg2);
        return b.Build();
    }

    public static IEnumerable<(string Name, Scene Scene)> Solid()
    {
        yield return ("shapes", Shapes());
        yield return ("curves", Curves());
        yield return ("fillrules", FillRules());
        yield return ("overlaps", Overlaps());
        yield return ("groups", TransformsAndGroups());
        yield return ("strokes", Strokes());
        yield return ("blends", Blends());
    }

    public static IEnumerable<(string Name, Scene Scene)> Gradients()
    {
        yield return ("linear", LinearGradients());
        yield return ("radial", RadialGradients());
    }
}
