using Spectre.Console;

namespace Ornament.Cli.Batch;

/// <summary>Progress on a terminal: a Spectre.Console live bar on stderr with the series count, the rate, the
/// percentage of this run and its remaining time, redrawn ten times a second.</summary>
internal sealed class LiveProgress : IBatchProgress
{
    private readonly ManualResetEventSlim _stop = new();
    private Thread? _thread;

    public void Start(ProgressState state)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        _thread = new Thread(() => console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(Describe(state)), maxValue: Math.Max(1, state.ToRender));
                while (true)
                {
                    bool stopping = _stop.Wait(100);
                    task.Value = state.Rendered;
                    task.Description = Markup.Escape(Describe(state));
                    ctx.Refresh();
                    if (stopping)
                    {
                        break;
                    }
                }
            })) { IsBackground = true, Name = "batch progress" };
        _thread.Start();
    }

    private static string Describe(ProgressState s) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.AlreadyDone + s.Rendered}/{s.SeriesTotal} · {s.Rate:0.0}/s");

    public void Dispose()
    {
        _stop.Set();
        _thread?.Join();
        _stop.Dispose();
    }
}
