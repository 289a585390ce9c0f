using System.IO;
using System.Text;
using System.Xml;

namespace Ornament.Encode.Svg;

/// <summary>One attribute with where it was written.</summary>
internal readonly record struct SvgAttribute(string Name, string Value, int Line, int Column);

/// <summary>A light element tree read from XML (only what the converter needs), with line information.</summary>
internal sealed class SvgNode
{
    public SvgNode(string name, bool isSvg, int line, int column)
    {
        Name = name;
        IsSvg = isSvg;
        Line = line;
        Column = column;
    }

    /// <summary>Local name.</summary>
    public string Name { get; }

    /// <summary>True when in the SVG namespace (or in no namespace).</summary>
    public bool IsSvg { get; }

    public int Line { get; }

    public int Column { get; }

    public List<SvgAttribute> Attributes { get; } = [];

    public List<SvgNode> Children { get; } = [];

    /// <summary>Character data directly inside the element (collected for &lt;metadata&gt; only).</summary>
    public StringBuilder? Text { get; set; }

    public SvgAttribute? Find(string name)
    {
        foreach (var a in Attributes)
        {
            if (a.Name == name)
            {
                return a;
            }
        }

        return null;
    }

    public string? Get(string name) => Find(name)?.Value;
}

/// <summary>Reads XML into <see cref="SvgNode"/>s without recursion, safely: no DTD, no external resolution,
/// a nesting limit and a size limit.</summary>
internal static class SvgTreeReader
{
    public const int MaxDepth = 256;
    public const long MaxCharacters = 1L << 30;
    private const string SvgNs = "http://www.w3.org/2000/svg";
    private const string XlinkNs = "http://www.w3.org/1999/xlink";

    public static SvgNode Read(TextReader text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1 << 20,
        };
        using var xr = XmlReader.Create(text, settings);
        var info = (IXmlLineInfo)xr;
        try
        {
            SvgNode? root = null;
            var open = new Stack<SvgNode>();
            while (xr.Read())
            {
                switch (xr.NodeType)
                {
                    case XmlNodeType.Element:
                    {
                        if (open.Count >= MaxDepth)
                        {
                            throw new SvgFormatException(info.LineNumber, info.LinePosition, $"elements nested deeper than {MaxDepth}");
                        }

                        bool isSvg = xr.NamespaceURI is SvgNs or "";
                        var node = new SvgNode(xr.LocalName, isSvg, info.LineNumber, info.LinePosition);
                        bool empty = xr.IsEmptyElement;
                        if (xr.MoveToFirstAttribute())
                        {
                            do
                            {
                                string ns = xr.NamespaceURI;
                                if (ns.Length == 0 || ns == SvgNs)
                                {
                                    node.Attributes.Add(new SvgAttribute(xr.LocalName, xr.Value, info.LineNumber, info.LinePosition));
                                }
                                else if (ns == XlinkNs && xr.LocalName == "href" && node.Find("href") is null)
                                {
                                    node.Attributes.Add(new SvgAttribute("href", xr.Value, info.LineNumber, info.LinePosition));
                                }
                            }
                            while (xr.MoveToNextAttribute());
                            xr.MoveToElement();
                        }

                        if (node.IsSvg && node.Name == "metadata")
                        {
                            node.Text = new StringBuilder();
                        }

                        if (open.Count == 0)
                        {
                            root = node;
                        }
                        else
                        {
                            open.Peek().Children.Add(node);
                        }

                        if (!empty)
                        {
                            open.Push(node);
                        }

                        break;
                    }

                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (open.Count > 0 && open.Peek().Text is { } sb)
                        {
                            sb.Append(xr.Value);
                        }

                        break;
                }
            }

            return root ?? throw new SvgFormatException("the document has no root element");
        }
        catch (XmlException e)
        {
            // Some errors (a prohibited DTD) carry no position: take the reader's.
            int line = e.LineNumber > 0 ? e.LineNumber : info.LineNumber;
            int column = e.LineNumber > 0 ? e.LinePosition : info.LinePosition;
            throw new SvgFormatException(line, column, "malformed XML: " + e.Message, e);
        }
    }
}
