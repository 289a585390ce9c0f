namespace Ornament.Generators.Concepts;

/// <summary>One word of the input.</summary>
/// <param name="Text">Normalised (NFC, lower case) word.</param>
/// <param name="Stem">Stem used for matching (Porter2 for Latin words, light suffix stripping for Cyrillic).</param>
/// <param name="Index">Position in the token list.</param>
/// <param name="Sentence">0-based sentence number.</param>
/// <param name="BreakBefore">True when punctuation (or a sentence end) separates this word from the previous one.</param>
/// <param name="Capitalized">True when the original word began with an upper-case letter.</param>
internal sealed record Token(string Text, string Stem, int Index, int Sentence, bool BreakBefore, bool Capitalized)
{
    /// <summary>True for words in Cyrillic script.</summary>
    public bool IsCyrillic => Text.Length > 0 && Text[0] is >= '\u0400' and <= '\u04FF';
}
