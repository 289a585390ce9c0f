using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Ornament.Cli.Batch;

/// <summary>index.html: a self-contained page (inline CSS and script, no network) with every finished item's
/// thumbnail linking to its full-size file, its traits, and one filter per trait that varies across the series.</summary>
internal static class GalleryPage
{
    public const string FileName = "index.html";

    public static void Write(BatchSettings settings, int planned, IReadOnlyList<ItemRecord> done)
    {
        var counts = TraitCounts.Count(done);
        var varying = counts.Where(t => t.Values.Count > 1).ToArray();
        var constant = counts.Where(t => t.Values.Count == 1).ToArray();
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title>Ornament series: {done.Count} of {planned}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n");
        var sources = done.Select(r => r.Source).Distinct(StringComparer.Ordinal).ToArray();
        string from = sources.Length == 1 ? ": " + H(sources[0]) : sources.Length > 1 ? $": {sources.Length} inputs" : string.Empty;
        sb.Append(CultureInfo.InvariantCulture, $"<header>\n<h1>Ornament series{from}</h1>\n<p>{done.Count} of {planned} items");
        if (constant.Length > 0)
        {
            sb.Append(" · all: ").AppendJoin(", ", constant.Select(t => H(t.Trait) + " <b>" + H(t.Values[0].Value) + "</b>"));
        }

        sb.Append(" · <a href=\"contact-sheet.png\">contact sheet</a> · <a href=\"manifest.json\">manifest</a> · <a href=\"traits.json\">traits</a></p>\n");
        sb.Append("<form id=\"filters\">\n");
        foreach (var (trait, values) in varying)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<label>{H(trait)} <select data-trait=\"{H(trait)}\"><option value=\"\">all</option>");
            foreach (var (value, count) in values)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<option value=\"{H(value)}\">{H(value)} ({count})</option>");
            }

            sb.Append("</select></label>\n");
        }

        sb.Append("<button type=\"reset\">show all</button> <output id=\"shown\"></output>\n</form>\n</header>\n<main>\n");
        foreach (var r in done)
        {
            var traits = TraitJson(r);
            sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"card\" data-traits=\"{H(traits)}\">\n");
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"{U(r.Main.Path)}\"><img src=\"{U(r.Thumb.Path)}\" width=\"{r.ThumbWidth}\" height=\"{r.ThumbHeight}\" alt=\"{H(r.Name)}\"></a>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<figcaption><b>{H(r.Name)}</b> {r.Width}×{r.Height}");
            foreach (var f in r.Files)
            {
                sb.Append(CultureInfo.InvariantCulture, $" <a href=\"{U(f.Path)}\">{H(Path.GetExtension(f.Path).TrimStart('.').ToUpperInvariant())}</a>");
            }

            sb.Append("<br>");
            sb.AppendJoin(" ", varying.Select(t => "<span class=\"t\"><i>" + H(t.Trait) + "</i> " + H(r.TraitValue(t.Trait)) + "</span>"));
            sb.Append("</figcaption>\n</figure>\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"</main>\n<script>\n{Script}</script>\n</body>\n</html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        AtomicFile.Write(Path.Combine(settings.OutDir, FileName), s => s.Write(bytes));
    }

    private static string H(string s) => WebUtility.HtmlEncode(s);

    // {"Mode":"Ornament",…} in trait order, for the filter script.
    private static string TraitJson(ItemRecord r)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            foreach (var t in r.Traits)
            {
                w.WriteString(t.Name, t.Value);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    // Relative links: our names are ASCII letters, digits, '-', '.', '/', so escaping each segment is enough.
    private static string U(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private const string Css = """
        :root { color-scheme: light; --paper: #f4efe6; --ink: #302622; --accent: #9a2a1c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: var(--paper); color: var(--ink); }
        header { padding: 12px 16px; border-bottom: 1px solid #d8cfc0; position: sticky; top: 0; background: var(--paper); z-index: 1; }
        h1 { font-size: 18px; margin: 0 0 4px; }
        header p { margin: 0 0 8px; }
        form { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; }
        select, button { font: inherit; }
        a { color: var(--accent); }
        main { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; padding: 16px; }
        .card { margin: 0; padding: 8px; background: #fff; border: 1px solid #e2d9ca; border-radius: 4px; }
        .card img { display: block; max-width: 100%; height: auto; margin: 0 auto 6px; }
        .card[hidden], [hidden] { display: none !important; }
        figcaption { font-size: 12px; }
        .t { display: inline-block; margin: 2px 2px 0 0; padding: 0 5px; border-radius: 8px; background: #efe6d6; }
        .t i { font-style: normal; color: #7a6a5c; font-size: 11px; }

        """;

    private const string Script = """
        (function () {
          "use strict";
          var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-trait]"));
          var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
          var traits = cards.map(function (c) { return JSON.parse(c.getAttribute("data-traits")); });
          var shown = document.getElementById("shown");
          function apply() {
            var n = 0;
            cards.forEach(function (card, i) {
              var ok = selects.every(function (s) { return !s.value || traits[i][s.getAttribute("data-trait")] === s.value; });
              card.hidden = !ok;
              if (ok) { n++; }
            });
            shown.textContent = n + " of " + cards.length + " shown";
          }
          selects.forEach(function (s) { s.addEventListener("change", apply); });
          document.getElementById("filters").addEventListener("reset", function () { setTimeout(apply, 0); });
          apply();
        })();

        """;
}
