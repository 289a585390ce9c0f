namespace Ornament.Generators.Felt;

/// <summary>One numeric parameter of a motif, with its valid closed range and default.</summary>
/// <param name="Name">ASCII name, e.g. <c>w</c> (band width) or <c>turn</c> (curl turning in degrees).</param>
/// <param name="Min">Smallest valid value.</param>
/// <param name="Max">Largest valid value.</param>
/// <param name="Default">Value used when none is given.</param>
/// <param name="Description">What the parameter changes.</param>
internal sealed record MotifParameter(string Name, double Min, double Max, double Default, string Description)
{
    /// <summary>Clamps a value into the range.</summary>
    public double Clamp(double v) => Math.Clamp(double.IsFinite(v) ? v : Default, Min, Max);
}
