namespace Ornament.Cli.Batch;

/// <summary>Shows a run's progress on stderr while the workers render; <see cref="IDisposable.Dispose"/> stops it
/// after a last update.</summary>
internal interface IBatchProgress : IDisposable
{
    void Start(ProgressState state);
}
