using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;

namespace Ornament.Fuzz;

/// <summary>What one fuzzing run of one parser found.</summary>
/// <param name="Parser">Target name.</param>
/// <param name="Inputs">Inputs run (seeds first, then mutants).</param>
/// <param name="Refused">Inputs refused with the documented error type.</param>
/// <param name="Crashes">Inputs that threw anything else, as "Type: message" (the input is saved).</param>
/// <param name="SlowestMs">Longest time for one input, in milliseconds.</param>
/// <param name="SlowestInput">That input.</param>
/// <param name="MaxAllocatedBytes">Most bytes allocated while handling one input.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set at the end of the run.</param>
public sealed record FuzzReport(string Parser, int Inputs, int Refused, IReadOnlyList<string> Crashes, double SlowestMs, byte[] SlowestInput, long MaxAllocatedBytes, long PeakWorkingSetBytes)
{
    /// <summary>One line for the console.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Parser,-12} {Inputs,8} inputs  {Refused,8} refused  {Inputs - Refused - Crashes.Count,8} accepted  {Crashes.Count,3} crashes  slowest {SlowestMs,8:F1} ms  max alloc/input {MaxAllocatedBytes / 1048576.0,7:F1} MiB  peak working set {PeakWorkingSetBytes / 1048576.0,6:F0} MiB");
}

/// <summary>Runs seeded mutation fuzzing against one target. Single-threaded and deterministic for a seed (timings
/// aside). A watchdog ends the process if one input runs longer than the hang limit, after saving it.</summary>
public static class FuzzRunner
{
    /// <summary>Runs <paramref name="inputs"/> inputs against the parser <paramref name="parser"/>; crashing (and the
    /// slowest) inputs are saved under <paramref name="saveDir"/> when given.</summary>
    public static FuzzReport Run(string parser, int inputs, ulong seed, string? saveDir = null, TimeSpan? hangLimit = null)
    {
        var target = Targets.Get(parser);
        var rng = new FuzzRandom(seed ^ (ulong)parser.Length * 0x9E3779B97F4A7C15UL);
        var crashes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int refused = 0;
        double slowest = 0;
        byte[] slowestInput = [];
        long maxAlloc = 0;
        byte[] current = [];
        long startedAt = 0;
        using var done = new CancellationTokenSource();
        var limit = hangLimit ?? TimeSpan.FromSeconds(30);
        var watchdog = new Thread(() =>
        {
            while (!done.IsCancellationRequested)
            {
                long s = Volatile.Read(ref startedAt);
                if (s != 0 && Stopwatch.GetElapsedTime(s) > limit)
                {
                    string file = Save(saveDir ?? ".", target, "hang", Volatile.Read(ref current));
                    Console.Error.WriteLine($"{parser}: one input ran over {limit.TotalSeconds} s (a hang); saved as {file}");
                    Environment.Exit(3);
                }

                done.Token.WaitHandle.WaitOne(250);
            }
        }) { IsBackground = true };
        watchdog.Start();

        for (int i = 0; i < inputs; i++)
        {
            byte[] input = i < target.Seeds.Count ? target.Seeds[i] : Mutate(target, rng);
            Volatile.Write(ref current, input);
            long alloc0 = GC.GetAllocatedBytesForCurrentThread();
            long t0 = Stopwatch.GetTimestamp();
            Volatile.Write(ref startedAt, t0);
            try
            {
                target.Run(input);
            }
            catch (Exception e) when (target.IsDocumented(e))
            {
                refused++;
            }
            catch (Exception e)
            {
                string key = e.GetType().Name + " at " + TopFrame(e);
                string file = saveDir is null ? "(not saved)" : Save(saveDir, target, "crash", input);
                if (seen.Add(key) || crashes.Count < 20)
                {
                    crashes.Add($"{e.GetType().FullName}: {e.Message.ReplaceLineEndings(" ")} at {TopFrame(e)} [{file}]");
                }
            }

            double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            Volatile.Write(ref startedAt, 0);
            maxAlloc = Math.Max(maxAlloc, GC.GetAllocatedBytesForCurrentThread() - alloc0);
            if (ms > slowest)
            {
                slowest = ms;
                slowestInput = input;
            }
        }

        done.Cancel();
        watchdog.Join();
        if (saveDir is not null && slowestInput.Length > 0)
        {
            Save(saveDir, target, "slowest", slowestInput);
        }

        using var self = Process.GetCurrentProcess();
        return new FuzzReport(parser, inputs, refused, crashes, slowest, slowestInput, maxAlloc, self.PeakWorkingSet64);
    }

    /// <summary>Feeds one saved input to a parser; returns the undocumented exception, or null.</summary>
    public static Exception? Replay(string parser, byte[] input)
    {
        var target = Targets.Get(parser);
        try
        {
            target.Run(input);
            return null;
        }
        catch (Exception e) when (target.IsDocumented(e))
        {
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>The seeds of a parser (for tests that want them).</summary>
    public static IReadOnlyList<byte[]> Seeds(string parser) => Targets.Get(parser).Seeds;

    private static byte[] Mutate(FuzzTarget target, FuzzRandom rng)
    {
        var parent = target.Seeds[rng.Below(target.Seeds.Count)];
        var m = Mutator.Mutate(parent, target.Seeds, rng);
        return target.Format is { } repair && rng.Below(4) != 0 ? repair(m, rng) : m;
    }

    private static string TopFrame(Exception e)
    {
        var frame = new StackTrace(e, false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Ornament", StringComparison.Ordinal) == true)
            ?? new StackTrace(e, false).GetFrame(0);
        var m = frame?.GetMethod();
        return m is null ? "?" : $"{m.DeclaringType?.Name}.{m.Name}";
    }

    private static string Save(string dir, FuzzTarget target, string kind, byte[] input)
    {
        Directory.CreateDirectory(dir);
        string name = $"{target.Name}-{kind}-{Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant()}{target.Extension}";
        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, input);
        return path;
    }
}
