using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;

namespace Ornament.Cli.Batch;

/// <summary>The series folder on disk: creates it, removes temporary files that a killed run left behind, refuses a
/// folder that holds another series, and tells which planned items are already done.
/// <para>An item is done when its record exists, was made with the same key (recipe + format + thumbnail size) and
/// every file it lists is there with the recorded SHA-256. Items are keyed by their settings, so a rerun of the same
/// command, a longer <c>--count</c> of the same input, and any shard of the same series may share a folder; a
/// record that is not an item of this plan (other input, size, palette, format …) makes the run stop before it
/// renders anything, rather than mixing two series.</para></summary>
internal static class SeriesFolder
{
    public static IReadOnlyDictionary<string, ItemRecord> Open(BatchSettings settings, IReadOnlyList<BatchItem> plan, Shard shard)
    {
        try
        {
            Directory.CreateDirectory(settings.OutDir);
            Directory.CreateDirectory(settings.ThumbDir);
            Directory.CreateDirectory(settings.RecordDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--out '{settings.OutDir}': cannot create the series folder: {AtomicFile.OneLine(ex.Message)}");
        }

        RemoveStaleTemporaries(settings, plan.Where(i => shard.Contains(i.Number)).Select(i => i.Name).ToHashSet(StringComparer.Ordinal));
        var byName = plan.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var done = new Dictionary<string, ItemRecord>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(settings.RecordDir, "*.json").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            if (!byName.TryGetValue(name, out var item))
            {
                throw Conflict(settings, $"item '{name}' is not part of this series");
            }

            var record = ItemRecordJson.TryRead(path);
            if (record is null)
            {
                continue;
            }

            if (record.Key != item.Key(settings))
            {
                throw Conflict(settings, $"item '{name}' was made with other settings (recipe, size, palette, --format or --thumb)");
            }

            if (FilesIntact(settings.OutDir, record))
            {
                done[name] = record;
            }
        }

        return done;
    }

    /// <summary>The records of planned items present now (any shard may have added some), in plan order.</summary>
    public static IReadOnlyList<ItemRecord> Finished(BatchSettings settings, IReadOnlyList<BatchItem> plan)
    {
        var list = new List<ItemRecord>();
        foreach (var item in plan)
        {
            var path = Path.Combine(settings.RecordDir, item.Name + ".json");
            if (File.Exists(path) && ItemRecordJson.TryRead(path) is { } r && r.Key == item.Key(settings))
            {
                list.Add(r);
            }
        }

        return list;
    }

    private static CliException Conflict(BatchSettings settings, string what) =>
        new($"--out '{settings.OutDir}' holds another series: {what}; use another --out folder, or empty this one");

    private static bool FilesIntact(string outDir, ItemRecord record)
    {
        foreach (var f in record.Files.Append(record.Thumb))
        {
            var path = Path.Combine(outDir, f.Path);
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length != f.Bytes)
                {
                    return false;
                }

                using var stream = File.OpenRead(path);
                if (Convert.ToHexStringLower(SHA256.HashData(stream)) != f.Sha256)
                {
                    return false;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        return true;
    }

    // AtomicFile names its temporaries ".NAME.PID.GUID.tmp". One whose process no longer runs on this machine was
    // left by a killed run. Other shards may be writing into the same folder (from other machines, where a process
    // id means nothing here), so an item's temporary is removed only by the shard that owns the item, and a
    // temporary of a series file (manifest, sheet, page) only when it is older than ten minutes.
    private static void RemoveStaleTemporaries(BatchSettings settings, IReadOnlySet<string> mine)
    {
        foreach (var dir in new[] { settings.OutDir, settings.ThumbDir, settings.RecordDir })
        {
            foreach (var path in Directory.GetFiles(dir, ".*.tmp"))
            {
                var parts = Path.GetFileName(path).Split('.');
                if (parts.Length < 5 || !int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || Alive(pid))
                {
                    continue;
                }

                bool ownItem = mine.Contains(parts[1]);
                bool oldSeriesFile = dir == settings.OutDir && !char.IsAsciiDigit(parts[1][0]) && File.GetLastWriteTimeUtc(path) < DateTime.UtcNow.AddMinutes(-10);
                if (ownItem || oldSeriesFile)
                {
                    try
                    {
                        File.Delete(path);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                    }
                }
            }
        }
    }

    private static bool Alive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
