using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using Ornament.Cli.Batch;

namespace Ornament.Cli.Commands;

/// <summary>`ornament batch`: a series — <c>--count</c> variations of one input, or many inputs — rendered in
/// parallel into one folder with a manifest, trait counts, a contact sheet and a gallery page; resumable.</summary>
internal static class BatchCommand
{
    /// <summary>Exit code of a run stopped by Ctrl-C or SIGTERM (128 + SIGINT): the finished items are recorded and
    /// the same command finishes the rest.</summary>
    public const int Interrupted = 130;

    public static Command Create(CliConsole console)
    {
        var inputs = new RecipeInputs();
        var count = new Option<int?>("--count", "-n") { Description = "Variations per input (default 12 for one input, 1 for --inputs / --recipes)." };
        var folder = new Option<string?>("--inputs") { Description = "A folder of .txt files (UTF-8), one input each, in ordinal name order." };
        var recipes = new Option<string?>("--recipes") { Description = "A JSON Lines file: one recipe JSON per line." };
        var outDir = new Option<string?>("--out") { Description = "The series folder (created; rerunning the same command resumes)." };
        var format = new Option<string>("--format") { Description = "png | svg | both.", DefaultValueFactory = _ => "png" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Items rendered at once (each on one thread); default: all cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string?>("--shard") { Description = "K/N: render only items n with (n-1) mod N = K-1 (split a series across machines)." };
        var thumb = new Option<int>("--thumb") { Description = "Thumbnail size (longest side, pixels).", DefaultValueFactory = _ => 256 };
        var progress = new Option<string>("--progress") { Description = "auto (a live bar on a terminal, plain lines otherwise) | live | plain | none.", DefaultValueFactory = _ => "auto" };
        var maxPixels = new Option<long>("--max-pixels") { Description = "Refuse items larger than this many pixels.", DefaultValueFactory = _ => RenderCommand.DefaultMaxPixels };
        var cmd = new Command("batch", """
            Render a series into one folder: PNG/SVG files, thumbs/, items/ (one record per item), manifest.json,
            traits.json, contact-sheet.png and index.html. Items run in parallel, each single-threaded.
            Rerunning the same command renders only what is missing; a folder holding another series is refused.
            Exit codes: 0 done, 1 failure, 2 usage error, 130 interrupted (Ctrl-C/SIGTERM; rerun to finish).

            Examples:
              ornament batch --story bekzat-balode --count 24 --width 480 --height 720 --out series
              ornament batch --inputs texts/ --count 4 --format both --out series
              ornament batch --recipes picked.jsonl --out picked
              ornament batch --story bekzat-popov --count 1000 --shard 3/8 --out series
            """);
        inputs.AddTo(cmd);
        foreach (var o in new Option[] { count, folder, recipes, outDir, format, jobs, shard, thumb, progress, maxPixels })
        {
            cmd.Options.Add(o);
        }

        cmd.SetAction(pr =>
        {
            string dir = pr.GetValue(outDir) ?? throw CliException.Usage("batch needs --out DIR (the series folder)");
            var settings = new BatchSettings(
                Path.GetFullPath(dir),
                pr.GetValue(format) switch
                {
                    "png" => BatchFormat.Png,
                    "svg" => BatchFormat.Svg,
                    "both" => BatchFormat.Both,
                    var f => throw CliException.Usage($"--format '{f}' is not png, svg or both"),
                },
                InRange(pr.GetValue(thumb), 16, 4096, "--thumb"),
                pr.GetValue(maxPixels));
            int workers = InRange(pr.GetValue(jobs), 1, 1024, "--jobs");
            var part = Shard.Parse(pr.GetValue(shard));
            var plan = Plan(pr, inputs, folder, recipes, count, console);

            var done = SeriesFolder.Open(settings, plan, part);
            var mine = plan.Where(i => part.Contains(i.Number)).ToArray();
            var pending = mine.Where(i => !done.ContainsKey(i.Name)).ToArray();
            string shardNote = part.N > 1 ? $" (shard {part}: {mine.Length})" : string.Empty;
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"batch: {plan.Count} items in the series{shardNote}, {mine.Length - pending.Length} already done, rendering {pending.Length} with --jobs {workers} into {dir}"));

            var state = new ProgressState(mine.Length, mine.Length - pending.Length, pending.Length);
            BatchRunner.Outcome outcome;
            using (var stop = new CancellationTokenSource())
            using (var interrupt = Signals(stop, console))
            {
                using (var bar = Progress(pr.GetValue(progress) ?? "auto", console))
                {
                    bar.Start(state);
                    outcome = BatchRunner.Run(pending, settings, workers, state, stop.Token);
                }

                var finished = SeriesFolder.Finished(settings, plan);
                ManifestWriter.Write(settings, plan.Count, finished);
                TraitCounts.Write(settings, finished);
                ContactSheet.Write(settings, finished);
                GalleryPage.Write(settings, plan.Count, finished);
                string rate = string.Create(CultureInfo.InvariantCulture, $"rendered {state.Rendered} in {state.Elapsed.TotalSeconds:0.0} s ({state.Rate:0.00} items/s, --jobs {workers})");
                if (outcome.Error is { } error)
                {
                    console.Error.WriteLine($"batch: {rate}; {finished.Count}/{plan.Count} done; manifest written");
                    string message = error is CliException ce ? ce.Message : $"item {outcome.FailedItem?.Name}: {AtomicFile.OneLine(error.Message)}";
                    throw new CliException(message.StartsWith("item ", StringComparison.Ordinal) ? message : $"item {outcome.FailedItem?.Name}: {message}");
                }

                if (stop.IsCancellationRequested)
                {
                    console.Error.WriteLine($"batch: interrupted; {rate}; {finished.Count}/{plan.Count} done and recorded in manifest.json; run the same command again to finish");
                    return Interrupted;
                }

                console.Error.WriteLine($"batch: {rate}; {finished.Count}/{plan.Count} done; wrote manifest.json, traits.json, contact-sheet.png, index.html in {dir}");
            }

            return ExitCodes.Success;
        });
        return cmd;
    }

    private static IReadOnlyList<BatchItem> Plan(ParseResult pr, RecipeInputs inputs, Option<string?> folder, Option<string?> recipes, Option<int?> count, CliConsole console)
    {
        if (pr.GetValue(inputs.Variation) is not null)
        {
            throw CliException.Usage("batch gives every item its own variation code; --variation is for `ornament render`");
        }

        string? dir = pr.GetValue(folder), lines = pr.GetValue(recipes);
        bool single = pr.GetValue(inputs.Text) is not null || pr.GetValue(inputs.TextFile) is not null || pr.GetValue(inputs.Story) is not null || pr.GetValue(inputs.Recipe) is not null;
        if ((dir is null ? 0 : 1) + (lines is null ? 0 : 1) + (single ? 1 : 0) > 1)
        {
            throw CliException.Usage("give one kind of input: --text/--text-file/--story/--recipe, --inputs DIR, or --recipes FILE.jsonl");
        }

        int n = InRange(pr.GetValue(count) ?? (dir is null && lines is null ? 12 : 1), 1, 1_000_000, "--count");
        if (dir is not null)
        {
            var (overrides, mode) = inputs.Settings(pr);
            return BatchPlan.FromTextFolder(dir, n, overrides, mode, console);
        }

        if (lines is not null)
        {
            return BatchPlan.FromRecipeLines(lines, n, inputs.Settings(pr).Overrides);
        }

        return BatchPlan.Single(inputs.ResolveSource(pr, console), n);
    }

    private static int InRange(int value, int min, int max, string flag) =>
        value >= min && value <= max ? value : throw CliException.Usage(string.Create(CultureInfo.InvariantCulture, $"{flag} {value} is out of range ({min}…{max})"));

    private static IBatchProgress Progress(string mode, CliConsole console)
    {
        bool terminal = ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected;
        return mode switch
        {
            "auto" => terminal ? new LiveProgress() : new PlainProgress(console.Error, TimeSpan.FromSeconds(5)),
            "live" => new LiveProgress(),
            "plain" => new PlainProgress(console.Error, TimeSpan.FromSeconds(5)),
            "none" => new NoProgress(),
            _ => throw CliException.Usage($"--progress '{mode}' is not auto, live, plain or none"),
        };
    }

    // The first Ctrl-C (or SIGTERM, as Kubernetes sends) asks the workers to stop after the items in flight; a
    // second Ctrl-C is left to the default handler and ends the process at once (files stay atomic either way).
    private static IDisposable Signals(CancellationTokenSource stop, CliConsole console)
    {
        void Handle(PosixSignalContext ctx)
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }

            ctx.Cancel = true;
            lock (console.Error)
            {
                console.Error.WriteLine("batch: stopping after the items in flight (Ctrl-C again to quit at once)");
            }

            stop.Cancel();
        }

        var a = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        var b = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
        return new Both(a, b);
    }

    private sealed class Both(IDisposable a, IDisposable b) : IDisposable
    {
        public void Dispose()
        {
            a.Dispose();
            b.Dispose();
        }
    }
}
