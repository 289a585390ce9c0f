namespace Ornament.Cli.Batch;

/// <summary>Which files each item gets (a thumbnail is always written).</summary>
internal enum BatchFormat
{
    Png,
    Svg,
    Both,
}
