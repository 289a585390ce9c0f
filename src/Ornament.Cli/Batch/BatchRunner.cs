namespace Ornament.Cli.Batch;

/// <summary>Renders the pending items on <c>jobs</c> worker threads, each taking the next item when it finishes one,
/// so at most <c>jobs</c> items (scene, pixels, encoded bytes) are in memory at once. A stop request (Ctrl-C) or a
/// failed item stops the workers from taking new items; the items in flight are finished and recorded.</summary>
internal static class BatchRunner
{
    /// <summary>What went wrong, if anything: the first failed item and its error.</summary>
    public sealed record Outcome(BatchItem? FailedItem, Exception? Error);

    public static Outcome Run(IReadOnlyList<BatchItem> pending, BatchSettings settings, int jobs, ProgressState state, CancellationToken stop)
    {
        int next = -1;
        BatchItem? failedItem = null;
        Exception? error = null;
        var gate = new object();
        using var halt = CancellationTokenSource.CreateLinkedTokenSource(stop);

        void Work()
        {
            while (!halt.IsCancellationRequested)
            {
                int k = Interlocked.Increment(ref next);
                if (k >= pending.Count)
                {
                    return;
                }

                try
                {
                    ItemRenderer.Render(pending[k], settings);
                    state.ItemDone();
                }
#pragma warning disable CA1031 // any failure of one item stops the run and is reported once, by the command
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    lock (gate)
                    {
                        if (error is null)
                        {
                            failedItem = pending[k];
                            error = ex;
                        }
                    }

                    halt.Cancel();
                    return;
                }
            }
        }

        // Dedicated threads (not the thread pool): each runs for the whole batch and is CPU-bound.
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(jobs, pending.Count)))
            .Select(i => new Thread(Work, 16 * 1024 * 1024) { IsBackground = true, Name = "batch worker " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToArray();
        foreach (var t in workers)
        {
            t.Start();
        }

        foreach (var t in workers)
        {
            t.Join();
        }

        return new Outcome(failedItem, error);
    }
}
