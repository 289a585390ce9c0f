namespace Ornament.Geometry;

/// <summary>How finely round joins and caps are cut: the largest angle step whose chord stays within the tolerance
/// of the circle, i.e. the sagitta r·(1 − cos(θ/2)) ≤ tolerance.</summary>
internal readonly struct RoundSteps
{
    /// <summary>Cap on steps per arc, so absurd widths cannot exhaust memory (same bound as curve flattening).</summary>
    public const int MaxSteps = Flattener.MaxSegmentsPerCurve;

    private readonly double _maxStep;

    public RoundSteps(double radius, double tolerance)
    {
        _maxStep = tolerance < radius ? 2 * Math.Acos(1 - (tolerance / radius)) : Math.PI;
        if (!(_maxStep > 0))
        {
            // tolerance / radius below the double epsilon: acos(1) = 0. The step cap below takes over.
            _maxStep = double.Epsilon;
        }
    }

    /// <summary>Number of chords for an arc of <paramref name="angle"/> radians (≥ 0).</summary>
    public int StepsFor(double angle)
    {
        double n = Math.Ceiling((angle / _maxStep) - 1e-9);
        if (!(n >= 1))
        {
            return 1;
        }

        return n > MaxSteps ? MaxSteps : (int)n;
    }
}
