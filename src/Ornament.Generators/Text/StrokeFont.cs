using System.Globalization;
using Ornament.Geometry;

namespace Ornament.Generators.Text;

/// <summary>A tiny built-in vector font of polylines for printable ASCII, for labels in generated scenes (there is
/// no font engine). Glyphs live on a 4 × 6 grid (cap height 6, y down); lower case is drawn as small capitals,
/// which keeps the table short and stays legible at label sizes.</summary>
internal static class StrokeFont
{
    // Each glyph: strokes separated by ' ', points "x,y" separated by ';'. Grid: x 0..4, y 0 (top) .. 6 (baseline).
    private static readonly Dictionary<char, string> Glyphs = new()
    {
        ['A'] = "0,6;0,2;2,0;4,2;4,6 0,3;4,3",
        ['B'] = "0,6;0,0;3,0;4,1;4,2;3,3;0,3 3,3;4,4;4,5;3,6;0,6",
        ['C'] = "4,1;3,0;1,0;0,1;0,5;1,6;3,6;4,5",
        ['D'] = "0,0;0,6;3,6;4,5;4,1;3,0;0,0",
        ['E'] = "4,0;0,0;0,6;4,6 0,3;3,3",
        ['F'] = "4,0;0,0;0,6 0,3;3,3",
        ['G'] = "4,1;3,0;1,0;0,1;0,5;1,6;3,6;4,5;4,3;2,3",
        ['H'] = "0,0;0,6 4,0;4,6 0,3;4,3",
        ['I'] = "1,0;3,0 2,0;2,6 1,6;3,6",
        ['J'] = "4,0;4,5;3,6;1,6;0,5",
        ['K'] = "0,0;0,6 4,0;0,4 1,3;4,6",
        ['L'] = "0,0;0,6;4,6",
        ['M'] = "0,6;0,0;2,3;4,0;4,6",
        ['N'] = "0,6;0,0;4,6;4,0",
        ['O'] = "1,0;3,0;4,1;4,5;3,6;1,6;0,5;0,1;1,0",
        ['P'] = "0,6;0,0;3,0;4,1;4,2;3,3;0,3",
        ['Q'] = "1,0;3,0;4,1;4,5;3,6;1,6;0,5;0,1;1,0 2,4;4,6",
        ['R'] = "0,6;0,0;3,0;4,1;4,2;3,3;0,3 2,3;4,6",
        ['S'] = "4,1;3,0;1,0;0,1;0,2;1,3;3,3;4,4;4,5;3,6;1,6;0,5",
        ['T'] = "0,0;4,0 2,0;2,6",
        ['U'] = "0,0;0,5;1,6;3,6;4,5;4,0",
        ['V'] = "0,0;2,6;4,0",
        ['W'] = "0,0;1,6;2,3;3,6;4,0",
        ['X'] = "0,0;4,6 4,0;0,6",
        ['Y'] = "0,0;2,3;4,0 2,3;2,6",
        ['Z'] = "0,0;4,0;0,6;4,6",
        ['0'] = "1,0;3,0;4,1;4,5;3,6;1,6;0,5;0,1;1,0 4,1;0,5",
        ['1'] = "1,1;2,0;2,6 1,6;3,6",
        ['2'] = "0,1;1,0;3,0;4,1;4,2;0,6;4,6",
        ['3'] = "0,1;1,0;3,0;4,1;4,2;3,3;1,3 3,3;4,4;4,5;3,6;1,6;0,5",
        ['4'] = "3,6;3,0;0,4;4,4",
        ['5'] = "4,0;0,0;0,3;3,3;4,4;4,5;3,6;0,6",
        ['6'] = "3,0;1,0;0,1;0,5;1,6;3,6;4,5;4,4;3,3;0,3",
        ['7'] = "0,0;4,0;1,6",
        ['8'] = "1,0;3,0;4,1;4,2;3,3;1,3;0,2;0,1;1,0 1,3;0,4;0,5;1,6;3,6;4,5;4,4;3,3",
        ['9'] = "4,3;1,3;0,2;0,1;1,0;3,0;4,1;4,5;3,6;1,6",
        ['_'] = "0,6.6;4,6.6",
        ['-'] = "1,3;3,3",
        ['+'] = "0,3;4,3 2,1;2,5",
        ['.'] = "2,5.6;2,6",
        [','] = "2,5.4;2,6;1.5,7",
        [':'] = "2,1.6;2,2 2,5.6;2,6",
        [';'] = "2,1.6;2,2 2,5.4;2,6;1.5,7",
        ['\''] = "2,0;2,1.5",
        ['"'] = "1.3,0;1.3,1.5 2.7,0;2.7,1.5",
        ['!'] = "2,0;2,4 2,5.6;2,6",
        ['?'] = "0,1;1,0;3,0;4,1;4,2;2,3;2,4 2,5.6;2,6",
        ['('] = "3,0;2,1;2,5;3,6",
        [')'] = "1,0;2,1;2,5;1,6",
        ['['] = "3,0;2,0;2,6;3,6",
        [']'] = "1,0;2,0;2,6;1,6",
        ['/'] = "4,0;0,6",
        ['\\'] = "0,0;4,6",
        ['='] = "0,2;4,2 0,4;4,4",
        ['*'] = "2,1;2,5 0.3,2;3.7,4 3.7,2;0.3,4",
        ['#'] = "1,0;1,6 3,0;3,6 0,2;4,2 0,4;4,4",
        ['%'] = "0,6;4,0 0.5,0.5;1,0.5;1,1;0.5,1;0.5,0.5 3,5;3.5,5;3.5,5.5;3,5.5;3,5",
        ['<'] = "4,1;0,3;4,5",
        ['>'] = "0,1;4,3;0,5",
        ['|'] = "2,0;2,6",
        ['&'] = "4,6;1,2;1,1;2,0;3,1;3,2;0,4;0,5;1,6;2,6;4,4",
        ['@'] = "3,4;3,2;1,2;1,4;3,4;4,3;4,1;3,0;1,0;0,1;0,5;1,6;4,6",
        ['$'] = "4,1;3,0.5;1,0.5;0,1.5;1,3;3,3;4,4.5;3,5.5;1,5.5;0,5 2,0;2,6",
        ['~'] = "0,3;1,2;3,4;4,3",
        ['^'] = "1,2;2,0;3,2",
        ['`'] = "1,0;2,1",
        ['{'] = "3,0;2,0.5;2,2.5;1,3;2,3.5;2,5.5;3,6",
        ['}'] = "1,0;2,0.5;2,2.5;3,3;2,3.5;2,5.5;1,6",
    };

    /// <summary>Advance per character in cap heights (cap height = 1).</summary>
    public const double Advance = 6.0 / 6;

    /// <summary>Width of <paramref name="text"/> drawn at cap height <paramref name="size"/>.</summary>
    public static double Measure(string text, double size) => text.Length * Advance * size;

    /// <summary>Centre lines of the text (open polylines, y down), starting at <paramref name="origin"/> (left end of
    /// the baseline), cap height <paramref name="size"/>. Stroke them to draw the text.</summary>
    public static Path Layout(string text, Vec2 origin, double size)
    {
        var b = new PathBuilder();
        double unit = size / 6;
        double x = origin.X;
        foreach (char raw in text)
        {
            bool lower = char.IsAsciiLetterLower(raw);
            char ch = lower ? char.ToUpperInvariant(raw) : raw;
            if (Glyphs.TryGetValue(ch, out var spec))
            {
                // Small capitals: 70 % height on the same baseline, 80 % width, centred in the advance.
                double sy = lower ? 0.7 : 1, sx = lower ? 0.8 : 1;
                double gx = x + (unit * (1 + (2 * (1 - sx))));
                foreach (var stroke in spec.Split(' '))
                {
                    bool first = true;
                    foreach (var pt in stroke.Split(';'))
                    {
                        var xy = pt.Split(',');
                        double px = double.Parse(xy[0], CultureInfo.InvariantCulture);
                        double py = double.Parse(xy[1], CultureInfo.InvariantCulture);
                        var p = new Vec2(gx + (px * unit * 0.8 * sx), origin.Y - (size * sy) + (py * unit * sy));
                        if (first)
                        {
                            b.MoveTo(p);
                            first = false;
                        }
                        else
                        {
                            b.LineTo(p);
                        }
                    }

                    if (stroke.Split(';').Length == 1)
                    {
                        b.LineTo(b.Current + new Vec2(unit * 0.01, 0));
                    }
                }
            }

            x += Advance * size;
        }

        return b.Build();
    }

    /// <summary>True when the character has a glyph (space always advances).</summary>
    public static bool Supports(char c) => c == ' ' || Glyphs.ContainsKey(char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c);
}
