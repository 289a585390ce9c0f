using System.Globalization;

namespace Ornament.Cli.Batch;

/// <summary>`--shard K/N`: item number n belongs to shard ((n − 1) mod N) + 1. Round robin, so every shard gets a
/// fair mix of cheap and expensive items, and the partition depends only on the item numbers.</summary>
internal readonly record struct Shard(int K, int N)
{
    public static Shard All => new(1, 1);

    public bool Contains(int number) => ((number - 1) % N) + 1 == K;

    public static Shard Parse(string? text)
    {
        if (text is null)
        {
            return All;
        }

        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k >= 1 && k <= n)
        {
            return new Shard(k, n);
        }

        throw CliException.Usage($"--shard '{text}' is not K/N with 1 ≤ K ≤ N (e.g. 2/8)");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{K}/{N}");
}
