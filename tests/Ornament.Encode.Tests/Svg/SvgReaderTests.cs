using System.IO;
using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode.Tests.Svg;

public class SvgReaderTests
{
    private static Scene Read(string body, string root = "width=\"100\" height=\"100\" viewBox=\"0 0 100 100\"") =>
        SvgReader.Read($"<svg xmlns=\"http://www.w3.org/2000/svg\" {root}>{body}</svg>");

    private static DrawItem Draw(Scene s, int i = 0) => Assert.IsType<DrawItem>(s.Items[i]);

    [Fact]
    public void Peer_style_scene_reads_background_and_paths()
    {
        var s = Read("<rect x=\"0\" y=\"0\" width=\"100\" height=\"100\" fill=\"#102030\"/>" +
                     "<path d=\"M0 0L10 0L10 10Z\" fill=\"#ff0000\" fill-opacity=\"0.5\" fill-rule=\"evenodd\"/>");
        Assert.Equal(new Rgba8(0x10, 0x20, 0x30), s.Background);
        var d = Draw(s);
        Assert.Equal(new Rgba8(255, 0, 0, 128), ((SolidPaint)d.Paint).Color);
        Assert.Equal(FillRule.EvenOdd, d.FillRule);
    }

    [Fact]
    public void Fill_and_stroke_properties_inherit_through_groups_and_style_wins()
    {
        var s = Read("<g fill=\"blue\" stroke=\"rgb(0,128,0)\" stroke-width=\"3\" style=\"stroke-linejoin:round\">" +
                     "<g><rect width=\"10\" height=\"10\" style=\"fill:red; stroke-opacity:50%\" fill=\"yellow\"/></g></g>");
        var inner = Assert.IsType<GroupItem>(Assert.IsType<GroupItem>(s.Items[0]).Items[0]);
        var fill = Assert.IsType<DrawItem>(inner.Items[0]);
        var stroke = Assert.IsType<DrawItem>(inner.Items[1]);
        Assert.Equal(new Rgba8(255, 0, 0), ((SolidPaint)fill.Paint).Color);
        Assert.Equal(new Rgba8(0, 128, 0, 128), ((SolidPaint)stroke.Paint).Color);
        Assert.Equal(3, stroke.Stroke!.Width);
        Assert.Equal(LineJoin.Round, stroke.Stroke.Join);
    }

    [Fact]
    public void Basic_shapes_become_paths()
    {
        var s = Read("<rect x=\"10\" y=\"10\" width=\"20\" height=\"10\" rx=\"3\"/><circle cx=\"50\" cy=\"50\" r=\"10\"/>" +
                     "<ellipse cx=\"50\" cy=\"50\" rx=\"10\" ry=\"5\"/><line x1=\"0\" y1=\"0\" x2=\"5\" y2=\"5\" stroke=\"black\"/>" +
                     "<polygon points=\"0,0 10,0 10,10\"/><polyline points=\"0 0 5 5 10 0\" fill=\"none\" stroke=\"red\"/>");
        Assert.Equal(6, s.Items.Count);
        var circle = PathBoundsOf(Draw(s, 1).Path);
        Assert.Equal(40, circle.Left, 6);
        Assert.Equal(60, circle.Bottom, 6);
        var rect = PathBoundsOf(Draw(s, 0).Path);
        Assert.Equal((10.0, 10.0, 30.0, 20.0), (rect.Left, rect.Top, rect.Right, rect.Bottom));
        Assert.NotNull(Draw(s, 3).Stroke); // a line is only stroked
        Assert.Equal(PathVerb.Close, Draw(s, 4).Path.Verbs[^1]);
        Assert.NotEqual(PathVerb.Close, Draw(s, 5).Path.Verbs[^1]);
    }

    private static Rect PathBoundsOf(Geometry.Path p) => Ornament.Encode.Svg.PathBounds.Tight(p);

    [Fact]
    public void Group_transform_opacity_and_id()
    {
        var s = Read("<g id=\"field\" transform=\"translate(10 20) rotate(90)\" opacity=\"0.5\"><path d=\"M0 0h1\" stroke=\"#000\"/></g>");
        var g = Assert.IsType<GroupItem>(s.Items[0]);
        Assert.Equal("field", g.Name);
        Assert.Equal(0.5, g.Opacity);
        var p = g.Transform!.Value.Apply(new Vec2(1, 0));
        Assert.True(Vec2.Distance(p, new Vec2(10, 21)) < 1e-9);
    }

    [Fact]
    public void Use_references_a_defs_path_with_its_own_fill_and_position()
    {
        var s = Read("<defs><path id=\"m\" d=\"M0 0h4v4z\"/></defs><use href=\"#m\" x=\"5\" fill=\"red\"/>" +
                     "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"#m\" transform=\"scale(2)\" fill=\"blue\"/>");
        Assert.Equal(2, s.Items.Count);
        Assert.Same(Draw(s, 0).Path, Draw(s, 1).Path);
        Assert.Equal(new Vec2(5, 0), Draw(s, 0).Transform!.Value.Apply(Vec2.Zero));
        Assert.Equal(new Rgba8(0, 0, 255), ((SolidPaint)Draw(s, 1).Paint).Color);
    }

    [Fact]
    public void Gradients_with_href_and_bounding_box_units()
    {
        var s = Read("<defs><linearGradient id=\"base\"><stop offset=\"0\" stop-color=\"#000\"/><stop offset=\"100%\" style=\"stop-color:#fff;stop-opacity:0.5\"/></linearGradient>" +
                     "<linearGradient id=\"obb\" href=\"#base\" x1=\"0\" x2=\"1\"/>" +
                     "<radialGradient id=\"us\" href=\"#base\" gradientUnits=\"userSpaceOnUse\" cx=\"50\" cy=\"50\" r=\"50%\" fx=\"40\"/></defs>" +
                     "<rect x=\"10\" y=\"20\" width=\"40\" height=\"10\" fill=\"url(#obb)\"/><rect width=\"10\" height=\"10\" fill=\"url(#us) red\"/>" +
                     "<rect width=\"10\" height=\"10\" fill=\"url(#missing) green\"/>");
        var lg = Assert.IsType<LinearGradient>(Draw(s, 0).Paint);
        Assert.Equal(new Rgba8(255, 255, 255, 128), lg.Stops[1].Color);
        var t = lg.GradientTransform!.Value;
        Assert.Equal(new Vec2(10, 20), t.Apply(lg.Start));
        Assert.Equal(new Vec2(50, 20), t.Apply(lg.End));
        var rg = Assert.IsType<RadialGradient>(Draw(s, 1).Paint);
        Assert.Equal(50, rg.Radius, 9); // 50 % of sqrt((w² + h²) / 2) = 50 % of 100
        Assert.Equal(new Vec2(40, 50), rg.Focal);
        Assert.Equal(new Rgba8(0, 128, 0), ((SolidPaint)Draw(s, 2).Paint).Color);
    }

    [Fact]
    public void Viewbox_and_sizes()
    {
        var doc = SvgReader.ReadDocument(new StringReader("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200px\" viewBox=\"0 0 50 25\"/>"));
        Assert.Equal((50.0, 25.0, 200.0, 100.0), (doc.Scene.Width, doc.Scene.Height, doc.Width, doc.Height));
        doc = SvgReader.ReadDocument(new StringReader("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%\" viewBox=\"0,0,30,40\"/>"));
        Assert.Equal((30.0, 40.0), (doc.Width, doc.Height));
        var moved = Read("<rect width=\"1\" height=\"1\"/>", "viewBox=\"10 10 20 20\"");
        Assert.Equal(new Vec2(-10, -10), Assert.IsType<GroupItem>(moved.Items[0]).Transform!.Value.Apply(Vec2.Zero));
    }

    [Fact]
    public void Unknown_elements_are_ignored() =>
        Assert.Single(Read("<title>x</title><foo:bar xmlns:foo=\"urn:x\"><path d=\"M0 0h1v1z\"/></foo:bar><text>hi</text><path d=\"M0 0h1v1z\"/>").Items);

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <path\n   d=\"M0 0 Q 1\"/></svg>", 3, 4, "bad path data near 'Q 1'")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1x0\" height=\"1\"/></svg>", 2, 7, "width")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g transform=\"rotate(\"/></svg>", 2, 4, "bad transform")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g fill-opacity=\"half\"/></svg>", 2, 4, "fill-opacity")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>\n</svg>", 3, 3, "malformed XML")]
    public void Errors_name_line_and_column(string svg, int line, int column, string text)
    {
        var e = Assert.Throws<SvgFormatException>(() => SvgReader.Read(svg));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"line {line}, column {column}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dtds_are_refused()
    {
        var e = Assert.Throws<SvgFormatException>(() => SvgReader.Read("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>"));
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absurd_sizes_are_refused() =>
        Assert.Throws<SvgFormatException>(() => SvgReader.Read("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e9\" height=\"10\"/>"));

    [Fact]
    public void Use_cycles_are_errors() =>
        Assert.Throws<SvgFormatException>(() => Read("<g id=\"a\"><use href=\"#a\"/></g>"));
}
