using System.IO;

namespace Ornament.Cli.Batch;

/// <summary>Progress for logs and pipes: one plain line every few seconds while items finish, and a last line.</summary>
internal sealed class PlainProgress(TextWriter error, TimeSpan interval) : IBatchProgress
{
    private readonly ManualResetEventSlim _stop = new();
    private Thread? _thread;
    private ProgressState? _state;

    public void Start(ProgressState state)
    {
        _state = state;
        _thread = new Thread(() =>
        {
            int last = -1;
            while (!_stop.Wait(interval))
            {
                if (state.Rendered != last)
                {
                    last = state.Rendered;
                    lock (error)
                    {
                        error.WriteLine("batch: " + state.Summary());
                    }
                }
            }
        }) { IsBackground = true, Name = "batch progress" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Set();
        _thread?.Join();
        _stop.Dispose();
        if (_state is { } s)
        {
            lock (error)
            {
                error.WriteLine("batch: " + s.Summary());
            }
        }
    }
}
