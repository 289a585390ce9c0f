using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Testing;

namespace Ornament.Raster.Tests;

public class SmokeRender
{
    [Fact]
    public void Draws_a_circle_star_and_overlap()
    {
        var sb = new SceneBuilder(200, 200) { Background = Rgba8.White };
        sb.Fill(Shapes.Circle(100, 100, 80), new Rgba8(200, 30, 30));
        sb.Fill(Shapes.Star(new Vec2(100, 100), 90, 30, 7), new Rgba8(20, 60, 160, 180), FillRule.EvenOdd);
        sb.Stroke(Shapes.RegularPolygon(new Vec2(100, 100), 50, 5), new SolidPaint(new Rgba8(240, 200, 40)), new StrokeStyle(6));
        var pm = SceneRenderer.Render(sb.Build(), 200, 200);
        DebugPng.Save(pm, "/tmp/t1/smoke.png");
        Assert.Equal(255, pm.GetPixel(0, 0).A);
    }
}
