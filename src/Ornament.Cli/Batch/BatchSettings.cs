namespace Ornament.Cli.Batch;

/// <summary>The output settings of a series run.</summary>
/// <param name="OutDir">The series folder.</param>
/// <param name="Format">png, svg or both.</param>
/// <param name="ThumbSize">Longest side of a thumbnail in pixels.</param>
/// <param name="MaxPixels">Largest item accepted (width × height).</param>
internal sealed record BatchSettings(string OutDir, BatchFormat Format, int ThumbSize, long MaxPixels)
{
    public bool Png => Format is BatchFormat.Png or BatchFormat.Both;

    public bool Svg => Format is BatchFormat.Svg or BatchFormat.Both;

    public string ThumbDir => System.IO.Path.Combine(OutDir, "thumbs");

    public string RecordDir => System.IO.Path.Combine(OutDir, "items");
}
