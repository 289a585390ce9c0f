using Ornament.Paint;
using Ornament.Testing;

namespace Ornament.Geometry.Tests.Stroking;

/// <summary>Joins, caps and dashes rendered small and compared exactly with committed reference images
/// (tests/Images/Reference/Stroker). Regenerate on purpose only: ORNAMENT_REPLACE=1, then look at them.</summary>
public class StrokeGoldenTests
{
    [Theory]
    [MemberData(nameof(StrokeCases.All), MemberType = typeof(StrokeCases))]
    public void Stroke_matches_its_reference_image(StrokeCase c) => Render(c.Path, c.Style, "Stroker/" + c.Name);

    public static TheoryData<string, double[], double, LineCap> Dashes() => new()
    {
        { "dash-10-5-butt", [10, 5], 0, LineCap.Butt },
        { "dash-10-5-round", [10, 5], 0, LineCap.Round },
        { "dash-odd-7-3-2-square", [7, 3, 2], 0, LineCap.Square },
        { "dash-offset-12", [10, 6], 12, LineCap.Butt },
        { "dash-negative-offset", [10, 6], -4, LineCap.Round },
    };

    [Theory]
    [MemberData(nameof(Dashes))]
    public void Dashes_match_their_reference_images(string name, double[] pattern, double offset, LineCap cap)
    {
        var path = new PathBuilder().MoveTo(10, 80).CubicTo(30, 10, 70, 10, 90, 80).Close().Build();
        Render(path, new StrokeStyle(5, LineJoin.Round, cap, Dashes: pattern, DashOffset: offset), "Stroker/" + name);
    }

    private static void Render(Path path, StrokeStyle style, string name)
    {
        var scene = new SceneBuilder(100, 100) { Background = Rgba8.White }
            .Stroke(path, new SolidPaint(new Rgba8(20, 40, 110)), style)
            .Stroke(path, new SolidPaint(new Rgba8(230, 60, 40)), new StrokeStyle(0.6))
            .Build();
        ReferenceImage.Assert(SceneRenderer.Render(scene, 100, 100), name);
    }
}
