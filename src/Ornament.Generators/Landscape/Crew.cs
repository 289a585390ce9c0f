using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Ornament.Generators.Landscape;

/// <summary>A fixed team of threads for the painter's many short parallel steps: the caller and
/// <c>threads − 1</c> workers of its own, which spin briefly between steps before sleeping.</summary>
/// <remarks>The painting plans and stamps its strokes a chunk of cells at a time, several hundred fork-joins of about a
/// millisecond each at density 10. <see cref="Parallel.For(int, int, Action{int})"/> wakes pool threads for each of
/// them, and by the time one arrives the caller has usually done the step alone: measured with perf, the calling thread
/// ran ~95 % of the planning and stamping. A worker that is already spinning joins within a microsecond. Items are
/// claimed from a shared counter, so which thread runs an item never matters to the result.</remarks>
internal sealed class Crew : IDisposable
{
    /// <summary>How long a worker spins for the next step before it sleeps (the painter's gaps between steps are
    /// far shorter; longer pauses, such as the sequential work between passes, put it to sleep).</summary>
    private static readonly long SpinTicks = Stopwatch.Frequency / 20000; // 50 µs

    private readonly Thread[] _workers;
    private readonly object _gate = new();
    private Job? _job;
    private bool _disposed;

    /// <summary>A crew of <paramref name="threads"/> threads in all (the caller included); 1 or less runs every step
    /// on the caller.</summary>
    public Crew(int threads)
    {
        _workers = new Thread[Math.Max(0, threads - 1)];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Loop) { IsBackground = true, Name = "Ornament painter" };
            _workers[i].Start();
        }
    }

    /// <summary>Threads in the crew, the caller included.</summary>
    public int Threads => _workers.Length + 1;

    /// <summary>Runs <paramref name="body"/> once for every index in [0, count), on the caller and the workers, and
    /// returns when all have run. Lower indices are claimed first. An exception of any item is rethrown here.</summary>
    public void Run(int count, Action<int> body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (count <= 0)
        {
            return;
        }

        if (_workers.Length == 0 || count == 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        var job = new Job(count, body);
        Volatile.Write(ref _job, job);
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }

        job.Work();
        var spin = new SpinWait();
        while (!job.Finished)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }

        job.Error?.Throw();
    }

    /// <summary>Runs <paramref name="range"/>(from, to) over [0, count) cut into consecutive blocks of
    /// <paramref name="block"/> indices (the last may be shorter), like <see cref="Run"/> with one item per block.</summary>
    public void RunBlocks(int count, int block, Action<int, int> range) =>
        Run((count + block - 1) / block, b => range(b * block, Math.Min(count, (b + 1) * block)));

    /// <summary>Stops the workers (they finish the step at hand first).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }

        foreach (var t in _workers)
        {
            t.Join();
        }
    }

    private void Loop()
    {
        Job? last = null;
        while (true)
        {
            var job = Volatile.Read(ref _job);
            if (job == last)
            {
                long until = Stopwatch.GetTimestamp() + SpinTicks;
                while ((job = Volatile.Read(ref _job)) == last && !Volatile.Read(ref _disposed) && Stopwatch.GetTimestamp() < until)
                {
                    Thread.SpinWait(8);
                }

                if (job == last)
                {
                    lock (_gate)
                    {
                        while ((job = _job) == last && !_disposed)
                        {
                            Monitor.Wait(_gate);
                        }
                    }
                }
            }

            if (Volatile.Read(ref _disposed))
            {
                return;
            }

            last = job;
            job!.Work();
        }
    }

    /// <summary>One step: its items, the next to claim and how many have run. A worker that wakes late holds the old
    /// job, whose counter is exhausted, so it never runs an item of the next.</summary>
    private sealed class Job(int count, Action<int> body)
    {
        private int _next = -1;
        private int _done;

        public ExceptionDispatchInfo? Error { get; private set; }

        public bool Finished => Volatile.Read(ref _done) == count;

        public void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref _next)) < count)
            {
                try
                {
                    body(i);
                }
#pragma warning disable CA1031 // any exception of an item is handed to the caller of Run
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Error ??= ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    Interlocked.Increment(ref _done);
                }
            }
        }
    }
}
