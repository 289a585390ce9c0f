using System.IO;

namespace Ornament.Cli;

/// <summary>Writes a file so that it either appears complete or not at all: the bytes go to a temporary file in the
/// same folder, which is renamed over the target only after it was written and flushed. A failed or killed write
/// leaves no partial output under the target's name.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>; "-" writes to <paramref name="stdout"/>.</summary>
    public static void Write(string path, Action<Stream> write, Stream? stdout = null)
    {
        if (path == "-")
        {
            var s = stdout ?? Console.OpenStandardOutput();
            write(s);
            s.Flush();
            return;
        }

        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliException($"output '{path}' is a folder, not a file");
        }

        var dir = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(dir))
        {
            throw new CliException($"output folder '{dir}' does not exist (for '{path}')");
        }

        var tmp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(fs);
                fs.Flush(flushToDisk: true);
            }

            File.Move(tmp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(tmp);
            throw new CliException($"cannot write '{path}': permission denied");
        }
        catch (IOException ex)
        {
            TryDelete(tmp);
            throw new CliException($"cannot write '{path}': {OneLine(ex.Message)}");
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    private static void TryDelete(string f)
    {
        try
        {
            File.Delete(f);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    internal static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
