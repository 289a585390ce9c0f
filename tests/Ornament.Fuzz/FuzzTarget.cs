namespace Ornament.Fuzz;

/// <summary>One parser under test: its seeds, how an input is fed to it, and the one exception type its
/// documentation allows. Anything else thrown is a crash.</summary>
/// <param name="Name">Short name used on the command line and in file names.</param>
/// <param name="Extension">File extension for saved inputs.</param>
/// <param name="Documented">The documented error type (subclasses count too).</param>
/// <param name="Run">Feeds one input to the parser (and whatever consumes its result).</param>
/// <param name="Seeds">The starting corpus.</param>
/// <param name="Format">Format-aware repair applied to some mutants (PNG: recompute CRCs), or null.</param>
internal sealed record FuzzTarget(string Name, string Extension, Type Documented, Action<byte[]> Run, IReadOnlyList<byte[]> Seeds, Func<byte[], FuzzRandom, byte[]>? Format = null)
{
    public bool IsDocumented(Exception e) => Documented.IsInstanceOfType(e);
}
