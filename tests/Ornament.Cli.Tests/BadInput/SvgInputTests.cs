using System.IO;
using System.Text;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Malformed SVG for `ornament raster` (and `bench`): exit 1, the message names the file, and for XML
/// errors the line and column. Includes a DTD entity bomb (DTDs are refused), 100,000 nested groups (the reader's
/// documented depth limit of 256 refuses them without recursion), a path of 10 million segments and coordinates of
/// 1e30 (drawn or refused, never a stack overflow or out-of-memory).</summary>
public class SvgInputTests
{
    private const string Head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"32\">";

    public static TheoryData<string, string> Rows => new()
    {
        { "empty", "Root element is missing" },
        { "binary", "malformed XML" },
        { "unclosed", "line 1" },
        { "notsvg", "not <svg>" },
        { "badpath", "line 2" },
        { "badnumber", "line 2" },
        { "badtransform", "line 2" },
        { "absurdsize", "absurd size" },
        { "zerosize", "size" },
        { "dtdbomb", "DTD" },
        { "deep", "nested deeper than 256" },
        { "usebomb", "<use>" },
        { "usecycle", "cycle" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Malformed_svg_is_refused_by_raster(string name, string problem)
    {
        var dir = BadInputFixture.FolderWith(name + ".svg", Make(name));
        BadInputAssert.Fails(dir, 1, [name + ".svg", problem], "raster", name + ".svg", "-o", "out.png");
    }

    [Fact]
    public void A_missing_svg_or_a_folder_fails_with_exit_1()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub.svg"));
        BadInputAssert.Fails(dir, 1, ["nope.svg", "does not exist"], "raster", "nope.svg", "-o", "out.png");
        BadInputAssert.Fails(dir, 1, ["sub.svg", "folder"], "raster", "sub.svg", "-o", "out.png");
    }

    [Fact]
    public void A_ten_million_segment_path_is_refused_with_the_limit()
    {
        var dir = CliRunner.TempDir();
        var sb = new StringBuilder(Head).Append("\n<path d=\"M 0 0");
        for (int i = 0; i < 10_000_000; i++)
        {
            sb.Append(i % 2 == 0 ? " L 1 31" : " L 31 1");
        }

        File.WriteAllText(Path.Combine(dir, "big.svg"), sb.Append(" Z\" fill=\"#b0282e\"/>\n</svg>").ToString());
        BadInputAssert.Fails(dir, 1, ["big.svg", "line 2", "more than 1,000,000 segments"], "raster", "big.svg", "-o", "out.png");
    }

    [Fact]
    public void Coordinates_of_1e30_and_thousands_of_gigantic_cubics_render()
    {
        var dir = CliRunner.TempDir();
        var sb = new StringBuilder(Head).Append("\n<rect width=\"32\" height=\"32\" fill=\"#f1e7d0\"/><path d=\"M 0 0");
        for (int i = 0; i < 2000; i++)
        {
            sb.Append(i % 2 == 0 ? " C 1e30 -1e30 -1e30 1e30 1e30 5" : " C -1e30 1e30 1e30 -1e30 -1e30 5");
        }

        sb.Append(" Z\" fill=\"#1f3a6b\"/>\n<path d=\"M -1e30 -1e30 L 1e30 -1e30 L 16 16 Z\" fill=\"#b0282e\" transform=\"scale(1e-30)\"/>\n</svg>");
        File.WriteAllText(Path.Combine(dir, "huge.svg"), sb.ToString());
        var (code, _, err) = OrnamentProcess.Run(dir, "raster", "huge.svg", "-o", "out.png");
        Assert.True(code == 0, err);
        Assert.Equal(string.Empty, err);
        var png = Encode.PngDecoder.Decode(File.ReadAllBytes(Path.Combine(dir, "out.png")));
        Assert.Equal((32, 32), (png.Pixmap.Width, png.Pixmap.Height));
    }

    internal static byte[] Make(string name)
    {
        string svg = name switch
        {
            "empty" => string.Empty,
            "unclosed" => Head + "<g><rect width=\"3\" height=\"3\"/>",
            "notsvg" => "<html><body/></html>",
            "badpath" => Head + "\n<path d=\"M 1 1 Q 2\"/></svg>",
            "badnumber" => Head + "\n<rect width=\"1e999\" height=\"3\"/></svg>",
            "badtransform" => Head + "\n<g transform=\"rotate(\"><rect width=\"3\" height=\"3\"/></g></svg>",
            "absurdsize" => "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e9\" height=\"10\"/>",
            "zerosize" => "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"10\"/>",
            "dtdbomb" => "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + Head + "<text>&c;</text></svg>",
            "deep" => Head + string.Concat(Enumerable.Repeat("<g>", 100_000)) + string.Concat(Enumerable.Repeat("</g>", 100_000)) + "</svg>",
            "usebomb" => UseBomb(),
            "usecycle" => Head + "<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use href=\"#a\"/></g></svg>",
            _ => string.Empty,
        };
        return name == "binary" ? [0x3C, 0x13, 0x00, 0xFF, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x3E] : Encoding.UTF8.GetBytes(svg);
    }

    /// <summary>Each level uses the previous level ten times: 10^12 shapes from a 2 KB file.</summary>
    private static string UseBomb()
    {
        var sb = new StringBuilder(Head).Append("<defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (int level = 1; level <= 12; level++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<g id=\"l{level}\">");
            for (int k = 0; k < 10; k++)
            {
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<use href=\"#l{level - 1}\"/>");
            }

            sb.Append("</g>");
        }

        return sb.Append("</defs><use href=\"#l12\"/></svg>").ToString();
    }
}
