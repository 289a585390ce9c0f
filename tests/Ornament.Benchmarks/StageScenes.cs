using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Benchmarks;

/// <summary>Deterministic inputs shared by the stage benchmarks: a carpet-like grid of polygons and a cloud of
/// semi-transparent curved strokes, 2048² (the peer harness's scene sizes).</summary>
internal static class StageScenes
{
    public const int Size = 2048;

    public static Scene Carpet()
    {
        var b = new SceneBuilder(Size, Size) { Background = new Rgba8(96, 18, 24) };
        var colors = new[] { new Rgba8(178, 34, 34), new Rgba8(230, 180, 40), new Rgba8(20, 60, 120), new Rgba8(240, 232, 210) };
        var diamond = Shapes.Polygon([new Vec2(0, -20), new Vec2(20, 0), new Vec2(0, 20), new Vec2(-20, 0)]);
        for (int y = 0; y < 48; y++)
        {
            for (int x = 0; x < 48; x++)
            {
                b.Fill(diamond, new SolidPaint(colors[(x + y) & 3]), FillRule.NonZero, Affine.Translate(22 + (x * 42.3), 22 + (y * 42.3)));
            }
        }

        return b.Build();
    }

    public static Scene Brush()
    {
        var b = new SceneBuilder(Size, Size) { Background = Rgba8.White };
        ulong s = 12345;
        double Next()
        {
            s = (s * 6364136223846793005UL) + 1442695040888963407UL;
            return (s >> 11) * (1.0 / (1UL << 53));
        }

        for (int i = 0; i < 20000; i++)
        {
            double x = Next() * Size, y = Next() * Size, l = 5 + (Next() * 55), a = Next() * Math.PI * 2, w = 2 + (Next() * 6);
            var d = Vec2.FromAngle(a);
            var n = d.Perpendicular * (w / 2);
            var p0 = new Vec2(x, y);
            var p1 = p0 + (d * l);
            var bend = n * (Next() * 2);
            var path = new PathBuilder().MoveTo(p0 + n).QuadTo(Vec2.Lerp(p0, p1, 0.5) + n + bend, p1 + n)
                .LineTo(p1 - n).QuadTo(Vec2.Lerp(p0, p1, 0.5) - n + bend, p0 - n).Close().Build();
            b.Fill(path, new SolidPaint(new Rgba8((byte)(Next() * 255), (byte)(Next() * 255), (byte)(Next() * 255), (byte)(20 + (Next() * 140)))));
        }

        return b.Build();
    }

    public static List<(FlattenedPath Flat, FillRule Rule)> Flatten(Scene scene)
    {
        var list = new List<(FlattenedPath, FillRule)>();
        foreach (var item in scene.Items.OfType<DrawItem>())
        {
            list.Add((Flattener.Flatten(item.Path, item.Transform ?? Affine.Identity), item.FillRule));
        }

        return list;
    }
}
