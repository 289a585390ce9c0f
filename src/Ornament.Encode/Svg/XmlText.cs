using System.Text;

namespace Ornament.Encode.Svg;

/// <summary>XML escaping that survives a parser exactly: CR is written as a character reference because XML
/// parsers turn a literal CR (even inside CDATA) into LF.</summary>
internal static class XmlText
{
    public static string EscapeText(string s) => Escape(s, attribute: false);

    public static string EscapeAttribute(string s) => Escape(s, attribute: true);

    private static string Escape(string s, bool attribute)
    {
        var sb = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': sb.Append("&#13;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                case '\n' when attribute: sb.Append("&#10;"); break;
                case '\t' when attribute: sb.Append("&#9;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                    }
                    else if ((c < 0x20 && c != '\t' && c != '\n') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        throw new ArgumentException($"Character U+{(int)c:X4} at index {i} cannot be carried by XML.", nameof(s));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
