using System.Text;

namespace Ornament.Generators.Concepts;

/// <summary>Step 1 of the text pipeline: Unicode NFC and invariant lower case. Kazakh and Russian letters are kept
/// as they are (ә ғ қ ң ө ұ ү һ і survive lower-casing unchanged in the invariant culture).</summary>
internal static class TextNormalizer
{
    /// <summary>NFC, then invariant lower case.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>The key a token is matched on: lower case, with ё folded to е (Russian writers often omit the
    /// diaeresis) and the typographic apostrophe folded to ASCII.</summary>
    internal static string MatchKey(string lowerWord) => lowerWord.Replace('ё', 'е').Replace('\u2019', '\'');
}
