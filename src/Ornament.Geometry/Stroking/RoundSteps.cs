namespace Ornament.Geometry;

/// <summary>How finely round joins and caps are cut: the largest angle step whose chord stays within the tolerance
/// of the circle, i.e. the sagitta r·(1 − cos(θ/2)) ≤ tolerance.</summary>
internal readonly struct RoundSteps
{
    /// <summary>Cap on steps per arc, so absurd widths cannot exhaust memory (same bound as curve flattening).</summary>
    public const int MaxSteps = Flattener.MaxSegmentsPerCurve;

    private const double MinStep = 2 * Math.PI / MaxSteps;

    private readonly double _maxStep;

    public RoundSteps(double radius, double tolerance)
    {
        _maxStep = tolerance < radius ? 2 * Math.Acos(1 - (tolerance / radius)) : Math.PI;
        // Never cut a whole circle into more than MaxSteps chords. Found by fuzzing: under scale(1e30) a stroke is
        // built with a tolerance of 1e-31 user units, and every one of the flattened centre line's 262,144 tiny
        // joins got MaxSteps chords (10^10 points, a hang). With this floor, joins cost steps in proportion to the
        // angle they turn; it only binds when the radius exceeds ~10^9 tolerances, i.e. never on a real canvas.
        if (!(_maxStep >= MinStep))
        {
            _maxStep = MinStep;
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
