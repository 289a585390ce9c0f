using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode.Tests.Svg;

public class SvgRoundTripTests
{
    public static TheoryData<string> SceneNames() => ["shapes", "curves", "fillrules", "overlaps", "groups", "strokes", "blends", "linear", "radial"];

    internal static Scene ByName(string name)
    {
        foreach (var (n, s) in OracleScenes.Solid().Concat(OracleScenes.Gradients()))
        {
            if (n == name)
            {
                return s;
            }
        }

        throw new ArgumentException(name);
    }

    [Theory]
    [MemberData(nameof(SceneNames))]
    public void Write_then_read_gives_the_same_scene(string name)
    {
        var scene = ByName(name);
        string svg = SvgWriter.Write(scene);
        SceneAssert.Equal(scene, SvgReader.Read(svg));
    }

    [Fact]
    public void Output_is_deterministic_and_culture_invariant()
    {
        var scene = OracleScenes.TransformsAndGroups();
        string invariant;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = SvgWriter.Write(OracleScenes.LinearGradients()) + SvgWriter.Write(scene);
            CultureInfo.CurrentCulture = new CultureInfo("kk-KZ");
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
            string kazakh = SvgWriter.Write(OracleScenes.LinearGradients()) + SvgWriter.Write(scene);
            Assert.Equal(invariant, kazakh);
            SceneAssert.Equal(scene, SvgReader.Read(SvgWriter.Write(scene)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        using var ms = new MemoryStream();
        SvgWriter.Write(scene, ms);
        Assert.Equal(SvgWriter.Write(scene), System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }

    [Fact]
    public void Metadata_round_trips_exactly()
    {
        string meta = "{\"seed\":\"Көшпенділер — «қошқар мүйіз»\", \"q\":'x', \"lt\":\"a<b && c>d\", \"cdata\":\"]]>\"}\r\n\ttail \r end ";
        var scene = new SceneBuilder(10, 10) { Metadata = meta }.Build();
        string svg = SvgWriter.Write(scene);
        Assert.Equal(meta, SvgReader.Read(svg).Metadata);
        using var ms = new MemoryStream();
        SvgWriter.Write(scene, ms);
        ms.Position = 0;
        Assert.Equal(meta, SvgReader.Read(ms).Metadata);
        Assert.Equal("", SvgReader.Read(SvgWriter.Write(scene.WithMetadata(""))).Metadata);
        Assert.Null(SvgReader.Read(SvgWriter.Write(scene.WithMetadata(null))).Metadata);
    }

    [Fact]
    public void Metadata_with_characters_xml_cannot_carry_is_refused() =>
        Assert.Throws<ArgumentException>(() => SvgWriter.Write(new SceneBuilder(10, 10) { Metadata = "a\u0001b" }.Build()));

    [Fact]
    public void A_path_used_three_times_is_written_once_and_read_back_shared()
    {
        var motif = Geometry.Shapes.Star(new Vec2(0, 0), 10, 4, 6);
        var b = new SceneBuilder(100, 100);
        for (int i = 0; i < 3; i++)
        {
            b.Fill(motif, new Rgba8((byte)(i * 80), 0, 0), transform: Affine.Translate(20 + (i * 30), 50));
        }

        b.Fill(Geometry.Shapes.Circle(50, 50, 5), Rgba8.White);
        var scene = b.Build();
        string svg = SvgWriter.Write(scene);
        Assert.Single(Regex.Matches(svg, "<path id=\"p0\" d=\"M"));
        Assert.Equal(3, Regex.Count(svg, "<use href=\"#p0\""));
        Assert.Equal(2, Regex.Count(svg, "<path ")); // the defs path and the circle
        var back = SvgReader.Read(svg);
        SceneAssert.Equal(scene, back);
        var paths = back.Items.Cast<DrawItem>().Select(d => d.Path).ToArray();
        Assert.Same(paths[0], paths[1]);
        Assert.Same(paths[0], paths[2]);
        Assert.Equal(svg, SvgWriter.Write(back));
    }

    [Fact]
    public void Output_size_and_aspect()
    {
        var scene = new SceneBuilder(100, 50).Build();
        string svg = SvgWriter.Write(scene, new SvgWriteOptions { Width = 400, Height = 200 });
        Assert.Contains("width=\"400\" height=\"200\" viewBox=\"0 0 100 50\">", svg, StringComparison.Ordinal);
        Assert.Contains("preserveAspectRatio=\"none\"", SvgWriter.Write(scene, new SvgWriteOptions { Width = 100, Height = 100 }), StringComparison.Ordinal);
        var doc = SvgReader.ReadDocument(new StringReader(svg));
        Assert.Equal((400.0, 200.0), (doc.Width, doc.Height));
    }

    [Fact]
    public void Deep_scene_nesting_is_written_without_recursion()
    {
        // A Scene holds at most Scene.MaxGroupDepth nested groups (deeper is an ArgumentException); the writer
        // handles that depth, and the reader refuses anything deeper than its own limit of 256.
        SceneItem item = new DrawItem(Geometry.Shapes.Rectangle(0, 0, 1, 1), Paint.Paint.Solid(Rgba8.Black));
        for (int i = 0; i < Scene.MaxGroupDepth; i++)
        {
            item = new GroupItem([item]);
        }

        string svg = SvgWriter.Write(new Scene(10, 10, [item]));
        Assert.Equal(Scene.MaxGroupDepth, Regex.Count(svg, "<g>"));
        Assert.Throws<ArgumentException>(() => new Scene(10, 10, [new GroupItem([item])]));
        var e = Assert.Throws<SvgFormatException>(() => SvgReader.Read(svg));
        Assert.Contains("nested deeper", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_finite_geometry_is_refused()
    {
        var p = new PathBuilder().MoveTo(0, 0).LineTo(double.NaN, 1).Build();
        Assert.Throws<ArgumentException>(() => SvgWriter.Write(new SceneBuilder(10, 10).Fill(p, Rgba8.Black).Build()));
    }
}
