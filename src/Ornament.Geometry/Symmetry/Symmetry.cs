namespace Ornament.Geometry;

/// <summary>The symmetry transforms a felt-carpet layout is built from: mirrors, rotations, the cyclic group Cn
/// and the dihedral group Dn about a centre, and grid translations for repeating fields.</summary>
/// <remarks>Quarter turns and the mirrors of D1, D2 and D4 are exact (no 6e−17 from cos(π/2)), so mirrored halves
/// of a motif land on identical coordinates. Mirrors reverse the direction of contours; use
/// <see cref="Replicate"/> to place copies so that overlapping copies still add up under nonzero fill.</remarks>
public static class Symmetry
{
    /// <summary>Mirror across the vertical line through <paramref name="center"/> (left ↔ right).</summary>
    public static Affine MirrorVertical(Vec2 center) => Affine.MirrorX(center.X);

    /// <summary>Mirror across the horizontal line through <paramref name="center"/> (top ↔ bottom).</summary>
    public static Affine MirrorHorizontal(Vec2 center) => Affine.MirrorY(center.Y);

    /// <summary>Rotation by k·360°/n about <paramref name="center"/> (positive turns +X towards +Y).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static Affine Rotation(Vec2 center, int k, int n)
    {
        var (cos, sin) = UnitAngle(k, n);
        return AboutCenter(new Affine(cos, sin, -sin, cos, 0, 0), center);
    }

    /// <summary>Reflection across the line through <paramref name="center"/> at k·180°/n from the vertical
    /// axis (k = 0 is <see cref="MirrorVertical"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static Affine Reflection(Vec2 center, int k, int n)
    {
        // Reflection across a line at angle α has linear part [cos 2α, sin 2α; sin 2α, −cos 2α]; with
        // α = 90° + k·180°/n, 2α = 180° + k·360°/n.
        var (cos, sin) = UnitAngle(k, n);
        return AboutCenter(new Affine(-cos, -sin, -sin, cos, 0, 0), center);
    }

    /// <summary>The n rotations of the cyclic group Cn about <paramref name="center"/>, identity first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static IReadOnlyList<Affine> CyclicGroup(Vec2 center, int n)
    {
        CheckOrder(n);
        var result = new Affine[n];
        for (int k = 0; k < n; k++)
        {
            result[k] = Rotation(center, k, n);
        }

        return result;
    }

    /// <summary>The 2n transforms of the dihedral group Dn about <paramref name="center"/>: first the n rotations
    /// (identity first), then the n reflections, the first across the vertical axis.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public static IReadOnlyList<Affine> DihedralGroup(Vec2 center, int n)
    {
        CheckOrder(n);
        var result = new Affine[2 * n];
        for (int k = 0; k < n; k++)
        {
            result[k] = Rotation(center, k, n);
            result[n + k] = Reflection(center, k, n);
        }

        return result;
    }

    /// <summary>D1: identity and the left–right mirror (the commonest carpet symmetry).</summary>
    public static IReadOnlyList<Affine> D1(Vec2 center) => DihedralGroup(center, 1);

    /// <summary>D2: identity, half turn, left–right and top–bottom mirrors (a rectangular field).</summary>
    public static IReadOnlyList<Affine> D2(Vec2 center) => DihedralGroup(center, 2);

    /// <summary>D4: the eight symmetries of a square (quarter turns, axis and diagonal mirrors).</summary>
    public static IReadOnlyList<Affine> D4(Vec2 center) => DihedralGroup(center, 4);

    /// <summary>Translations of a <paramref name="columns"/> × <paramref name="rows"/> grid, row by row:
    /// offset + i·<paramref name="columnStep"/> + j·<paramref name="rowStep"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IReadOnlyList<Affine> Grid(int columns, int rows, Vec2 columnStep, Vec2 rowStep, Vec2 offset = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var result = new Affine[columns * rows];
        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < columns; i++)
            {
                result[(j * columns) + i] = Affine.Translate(offset + (columnStep * i) + (rowStep * j));
            }
        }

        return result;
    }

    /// <summary>One path holding <paramref name="motif"/> placed by every transform. Copies placed by a mirror
    /// (negative determinant) have their contours reversed, so every copy keeps the motif's winding direction and
    /// overlapping copies do not cancel under nonzero fill.</summary>
    public static Path Replicate(Path motif, IEnumerable<Affine> transforms)
    {
        ArgumentNullException.ThrowIfNull(motif);
        ArgumentNullException.ThrowIfNull(transforms);
        Path? reversed = null;
        var copies = new List<Path>();
        foreach (var t in transforms)
        {
            if (t.Determinant < 0)
            {
                reversed ??= PathReversal.Reverse(motif);
                copies.Add(reversed.Transform(t));
            }
            else
            {
                copies.Add(motif.Transform(t));
            }
        }

        return Path.Combine(copies);
    }

    private static Affine AboutCenter(Affine linear, Vec2 c) => linear with
    {
        E = c.X - ((linear.A * c.X) + (linear.C * c.Y)),
        F = c.Y - ((linear.B * c.X) + (linear.D * c.Y)),
    };

    // cos and sin of 2πk/n, exact at multiples of a quarter turn and symmetric elsewhere.
    private static (double Cos, double Sin) UnitAngle(int k, int n)
    {
        CheckOrder(n);
        long m = ((k % n) + n) % n;
        if (4 * m % n == 0)
        {
            return (4 * m / n) switch
            {
                0 => (1, 0),
                1 => (0, 1),
                2 => (-1, 0),
                _ => (0, -1),
            };
        }

        double angle = 2 * Math.PI * m / n;
        return (Math.Cos(angle), Math.Sin(angle));
    }

    private static void CheckOrder(int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "A symmetry group needs an order of at least 1.");
        }
    }
}
