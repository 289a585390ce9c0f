using Ornament.Encode.Svg;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Encode.Tests.Svg;

public class TransformAndColorTests
{
    private static void Near(Vec2 e, Vec2 a) => Assert.True(Vec2.Distance(e, a) < 1e-9, $"expected ({e.X}, {e.Y}), got ({a.X}, {a.Y})");

    [Fact]
    public void Transform_lists_apply_right_to_left()
    {
        var t = TransformList.Parse("translate(10,20) scale(2)");
        Near(new(12, 22), t.Apply(new Vec2(1, 1)));
        var r = TransformList.Parse("rotate(90 10 10)");
        Near(new(10, 20), r.Apply(new Vec2(20, 10)));
        Near(new(3, 2), TransformList.Parse("skewX(45)").Apply(new Vec2(1, 2)));
        Near(new(1, 3), TransformList.Parse("skewY(45)").Apply(new Vec2(1, 2)));
        Near(new(1 + 5, 2 + 6), TransformList.Parse("matrix(1,0,0,1,5,6)").Apply(new Vec2(1, 2)));
        Near(new(5, 0), TransformList.Parse("translate(5)").Apply(Vec2.Zero));
        Near(new(2, 6), TransformList.Parse("scale(2 3)").Apply(new Vec2(1, 2)));
    }

    [Theory]
    [InlineData("translate(1 2")]
    [InlineData("rotate(1 2)")]
    [InlineData("wobble(1)")]
    [InlineData("scale(x)")]
    public void Malformed_transforms_are_rejected(string s) => Assert.Throws<FormatException>(() => TransformList.Parse(s));

    [Theory]
    [InlineData("#abc", 0xaa, 0xbb, 0xcc, 255)]
    [InlineData("#102030", 0x10, 0x20, 0x30, 255)]
    [InlineData("#10203080", 0x10, 0x20, 0x30, 0x80)]
    [InlineData("rgb(255, 0, 128)", 255, 0, 128, 255)]
    [InlineData("rgb(100%,0%,50%)", 255, 0, 128, 255)]
    [InlineData("rgba(0,0,0,0.5)", 0, 0, 0, 128)]
    [InlineData("green", 0, 128, 0, 255)]
    [InlineData("CornflowerBlue", 100, 149, 237, 255)]
    [InlineData("gray", 128, 128, 128, 255)]
    [InlineData("transparent", 0, 0, 0, 0)]
    public void Colours_parse(string text, int r, int g, int b, int a)
    {
        Assert.True(SvgColors.TryParse(text, out var c));
        Assert.Equal(new Rgba8((byte)r, (byte)g, (byte)b, (byte)a), c);
    }

    [Fact]
    public void Unknown_colour_is_not_parsed() => Assert.False(SvgColors.TryParse("blurple", out _));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0001, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(1234567.0, "1234567")]
    [InlineData(0.1239, "0.124")]
    public void Numbers_are_compact(double v, string expected) => Assert.Equal(expected, SvgNumbers.Format(v, 3));
}
