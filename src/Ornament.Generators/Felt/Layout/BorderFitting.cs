namespace Ornament.Generators.Felt;

/// <summary>Repeat fitting for borders (§3.4): an odd whole number of repeats per side, so both ends match and a
/// repeat is centred on the side's centre axis.</summary>
internal static class BorderFitting
{
    /// <summary>Repeat count k (odd, ≥ 1) and repeat length r = L / k for a side of length L.</summary>
    public static (int Count, double Repeat) Fit(double length, double nominalRepeat)
    {
        if (!(length > 0) || !(nominalRepeat > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(length), "side and repeat lengths must be positive");
        }

        int k = Math.Max(1, (int)Math.Round(length / nominalRepeat));
        if (k % 2 == 0)
        {
            // Pick the odd neighbour whose repeat is closer to the nominal one.
            k = Math.Abs((length / (k - 1)) - nominalRepeat) <= Math.Abs((length / (k + 1)) - nominalRepeat) && k > 1 ? k - 1 : k + 1;
        }

        return (k, length / k);
    }

    /// <summary>Centres of the k repeats along [start, start + length].</summary>
    public static double[] Centres(double start, double length, double nominalRepeat)
    {
        var (k, r) = Fit(length, nominalRepeat);
        var c = new double[k];
        for (int i = 0; i < k; i++)
        {
            // Computed from both ends towards the middle so the sequence is exactly symmetric.
            c[i] = i <= (k - 1) / 2 ? start + (r * (i + 0.5)) : start + length - (r * (k - i - 0.5));
        }

        return c;
    }
}
