using System.Text;
using Ornament.Geometry;

namespace Ornament.Encode.Svg;

/// <summary>SVG path data: writing (absolute M L Q C Z, compact) and parsing (every command of SVG 1.1).</summary>
internal static class PathData
{
    /// <summary>Compact absolute path data with at most <paramref name="decimals"/> decimals.</summary>
    public static string Write(Path path, int decimals)
    {
        var sb = new StringBuilder(path.Points.Length * 12);
        var pts = path.Points;
        int pi = 0;
        foreach (var verb in path.Verbs)
        {
            switch (verb)
            {
                case PathVerb.MoveTo:
                    sb.Append('M');
                    Point(sb, pts[pi++], decimals, true);
                    break;
                case PathVerb.LineTo:
                    sb.Append('L');
                    Point(sb, pts[pi++], decimals, true);
                    break;
                case PathVerb.QuadTo:
                    sb.Append('Q');
                    Point(sb, pts[pi++], decimals, true);
                    Point(sb, pts[pi++], decimals, false);
                    break;
                case PathVerb.CubicTo:
                    sb.Append('C');
                    Point(sb, pts[pi++], decimals, true);
                    Point(sb, pts[pi++], decimals, false);
                    Point(sb, pts[pi++], decimals, false);
                    break;
                default:
                    sb.Append('Z');
                    break;
            }
        }

        return sb.ToString();
    }

    private static void Point(StringBuilder sb, Vec2 p, int decimals, bool afterCommand)
    {
        Number(sb, p.X, decimals, afterCommand);
        Number(sb, p.Y, decimals, false);
    }

    private static void Number(StringBuilder sb, double v, int decimals, bool afterCommand)
    {
        string s = SvgNumbers.Format(v, decimals);
        if (!afterCommand && s[0] != '-')
        {
            sb.Append(' ');
        }

        sb.Append(s);
    }

    /// <summary>Most segments one path may hold (no drawing needs more; Ornament's own paths hold a few hundred).
    /// A 10-million-segment path is refused in about a second instead of being rasterized for minutes.</summary>
    public const int MaxSegments = 1_000_000;

    /// <summary>Parses path data into a path.</summary>
    /// <exception cref="FormatException">The data is malformed ("bad path data near '…'") or has more than
    /// <see cref="MaxSegments"/> segments.</exception>
    public static Path Parse(string d)
    {
        int segments = 0;
        var s = d.AsSpan();
        var b = new PathBuilder();
        int pos = 0;
        char cmd = '\0';
        char prev = '\0';
        Vec2 cur = Vec2.Zero, start = Vec2.Zero, lastCtrl = Vec2.Zero;
        SvgNumbers.SkipWsp(s, ref pos);
        while (pos < s.Length)
        {
            if (++segments > MaxSegments)
            {
                throw new FormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"path data has more than {MaxSegments:N0} segments"));
            }

            int cmdPos = pos;
            char c = s[pos];
            if (char.IsAsciiLetter(c))
            {
                if (cmd == '\0' && c != 'M' && c != 'm')
                {
                    throw Bad(d, cmdPos); // path data must start with a moveto
                }

                cmd = c;
                pos++;
                SvgNumbers.SkipWsp(s, ref pos);
            }
            else if (cmd == '\0' || cmd == 'Z' || cmd == 'z')
            {
                throw Bad(d, cmdPos);
            }

            bool rel = char.IsAsciiLetterLower(cmd);
            Vec2 origin = rel ? cur : Vec2.Zero;
            switch (char.ToUpperInvariant(cmd))
            {
                case 'M':
                {
                    var p = origin + ReadPoint(d, ref pos, cmdPos);
                    b.MoveTo(p);
                    cur = start = p;
                    cmd = rel ? 'l' : 'L'; // further coordinate pairs are implicit LineTos
                    prev = 'M';
                    break;
                }

                case 'L':
                {
                    var p = origin + ReadPoint(d, ref pos, cmdPos);
                    b.LineTo(p);
                    cur = p;
                    prev = 'L';
                    break;
                }

                case 'H':
                {
                    double x = ReadNumber(d, ref pos, cmdPos) + origin.X;
                    cur = new Vec2(x, cur.Y);
                    b.LineTo(cur);
                    prev = 'L';
                    break;
                }

                case 'V':
                {
                    double y = ReadNumber(d, ref pos, cmdPos) + origin.Y;
                    cur = new Vec2(cur.X, y);
                    b.LineTo(cur);
                    prev = 'L';
                    break;
                }

                case 'C':
                {
                    var c1 = origin + ReadPoint(d, ref pos, cmdPos);
                    var c2 = origin + ReadPoint(d, ref pos, cmdPos);
                    var p = origin + ReadPoint(d, ref pos, cmdPos);
                    b.CubicTo(c1, c2, p);
                    lastCtrl = c2;
                    cur = p;
                    prev = 'C';
                    break;
                }

                case 'S':
                {
                    var c1 = prev == 'C' ? cur + (cur - lastCtrl) : cur;
                    var c2 = origin + ReadPoint(d, ref pos, cmdPos);
                    var p = origin + ReadPoint(d, ref pos, cmdPos);
                    b.CubicTo(c1, c2, p);
                    lastCtrl = c2;
                    cur = p;
                    prev = 'C';
                    break;
                }

                case 'Q':
                {
                    var c1 = origin + ReadPoint(d, ref pos, cmdPos);
                    var p = origin + ReadPoint(d, ref pos, cmdPos);
                    b.QuadTo(c1, p);
                    lastCtrl = c1;
                    cur = p;
                    prev = 'Q';
                    break;
                }

                case 'T':
                {
                    var c1 = prev == 'Q' ? cur + (cur - lastCtrl) : cur;
                    var p = origin + ReadPoint(d, ref pos, cmdPos);
                    b.QuadTo(c1, p);
                    lastCtrl = c1;
                    cur = p;
                    prev = 'Q';
                    break;
                }

                case 'A':
                {
                    double rx = ReadNumber(d, ref pos, cmdPos);
                    double ry = ReadNumber(d, ref pos, cmdPos);
                    double rot = ReadNumber(d, ref pos, cmdPos);
                    bool large = ReadFlag(d, ref pos, cmdPos);
                    bool sweep = ReadFlag(d, ref pos, cmdPos);
                    var p = origin + ReadPoint(d, ref pos, cmdPos);
                    b.ArcTo(rx, ry, rot, large, sweep, p);
                    cur = p;
                    prev = 'A';
                    break;
                }

                case 'Z':
                    b.Close();
                    cur = start;
                    prev = 'Z';
                    SvgNumbers.SkipSeparator(s, ref pos);
                    continue;

                default:
                    throw Bad(d, cmdPos);
            }

            SvgNumbers.SkipSeparator(s, ref pos);
        }

        return b.Build();
    }

    private static Vec2 ReadPoint(string d, ref int pos, int cmdPos)
    {
        double x = ReadNumber(d, ref pos, cmdPos);
        double y = ReadNumber(d, ref pos, cmdPos);
        return new Vec2(x, y);
    }

    private static double ReadNumber(string d, ref int pos, int cmdPos)
    {
        var s = d.AsSpan();
        SvgNumbers.SkipSeparator(s, ref pos);
        if (!SvgNumbers.TryScan(s, ref pos, out double v))
        {
            throw Bad(d, cmdPos);
        }

        return v;
    }

    private static bool ReadFlag(string d, ref int pos, int cmdPos)
    {
        var s = d.AsSpan();
        SvgNumbers.SkipSeparator(s, ref pos);
        if (pos < s.Length && (s[pos] == '0' || s[pos] == '1'))
        {
            return s[pos++] == '1';
        }

        throw Bad(d, cmdPos);
    }

    private static FormatException Bad(string d, int pos) =>
        new($"bad path data near '{SvgNumbers.Excerpt(d, pos)}'");
}
