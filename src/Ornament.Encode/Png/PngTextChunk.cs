namespace Ornament.Encode;

/// <summary>A keyword/text pair carried in a PNG text chunk (written as iTXt, UTF-8).</summary>
/// <param name="Keyword">1–79 printable Latin-1 characters, no leading, trailing or doubled spaces
/// (PNG rule), e.g. <c>ornament:recipe</c>.</param>
/// <param name="Text">Any Unicode text without NUL characters.</param>
public sealed record PngTextChunk(string Keyword, string Text);
