namespace Ornament.Cli.Batch;

/// <summary>`--progress none`.</summary>
internal sealed class NoProgress : IBatchProgress
{
    public void Start(ProgressState state)
    {
    }

    public void Dispose()
    {
    }
}
