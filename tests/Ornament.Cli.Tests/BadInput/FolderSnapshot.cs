using System.IO;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Every file under a folder with its size and a hash of its bytes, to prove a failed command touched
/// nothing: no partial output, no leftover temporary file, no existing file changed.</summary>
internal sealed record FolderSnapshot(string Root, IReadOnlyList<string> Entries)
{
    public static FolderSnapshot Take(string root)
    {
        var list = new List<string>();
        foreach (var f in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(f))
            {
                list.Add(Path.GetRelativePath(root, f) + "/");
                continue;
            }

            byte[] hash = System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f));
            list.Add($"{Path.GetRelativePath(root, f)} {new FileInfo(f).Length} {Convert.ToHexString(hash)[..16]}");
        }

        return new FolderSnapshot(root, list);
    }

    public void AssertUnchanged()
    {
        var now = Take(Root);
        Assert.True(
            Entries.SequenceEqual(now.Entries),
            $"the folder {Root} changed.\nbefore:\n  {string.Join("\n  ", Entries)}\nafter:\n  {string.Join("\n  ", now.Entries)}");
    }
}
