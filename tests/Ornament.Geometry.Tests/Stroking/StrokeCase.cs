namespace Ornament.Geometry.Tests.Stroking;

/// <summary>A named polyline stroke. The catalogue below feeds the oracle tests now and the golden-image tests
/// once the renderer and PNG writer land (render <see cref="Path"/> stroked with <see cref="Style"/>).</summary>
public sealed record StrokeCase(string Name, Vec2[] Points, bool Closed, StrokeStyle Style)
{
    /// <summary>The centre line as a path.</summary>
    public Path Path
    {
        get
        {
            var b = new PathBuilder().MoveTo(Points[0]);
            foreach (var p in Points.AsSpan(1))
            {
                b.LineTo(p);
            }

            return Closed ? b.Close().Build() : b.Build();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Hand-picked strokes covering every join and cap and the awkward corners.</summary>
public static class StrokeCases
{
    private static readonly Vec2[] Zigzag = [new(10, 60), new(30, 20), new(50, 60), new(70, 25), new(90, 55)];
    private static readonly Vec2[] Spike = [new(10, 50), new(90, 45), new(10, 40)];        // ≈ 7° turn back
    private static readonly Vec2[] Reversal = [new(10, 50), new(80, 50), new(30, 50)];     // exact 180°
    private static readonly Vec2[] RightAngles = [new(20, 20), new(80, 20), new(80, 80), new(20, 80)];
    private static readonly Vec2[] Duplicates = [new(10, 10), new(10, 10), new(50, 10), new(50, 10), new(50, 10), new(50, 60), new(50, 60)];
    private static readonly Vec2[] ShortSegments = [new(20, 50), new(23, 50), new(24, 53), new(60, 52), new(61, 40)];
    private static readonly Vec2[] Star = [new(50, 10), new(62, 85), new(10, 38), new(90, 38), new(38, 85)];

    /// <summary>Every case, as xunit member data.</summary>
    public static TheoryData<StrokeCase> All()
    {
        var data = new TheoryData<StrokeCase>();
        foreach (var join in new[] { LineJoin.Miter, LineJoin.Round, LineJoin.Bevel })
        {
            foreach (var cap in new[] { LineCap.Butt, LineCap.Round, LineCap.Square })
            {
                var style = new StrokeStyle(12, join, cap);
                data.Add(new StrokeCase($"zigzag-{join}-{cap}", Zigzag, false, style));
                data.Add(new StrokeCase($"reversal-{join}-{cap}", Reversal, false, style));
                data.Add(new StrokeCase($"duplicates-{join}-{cap}", Duplicates, false, style));
                data.Add(new StrokeCase($"short-{join}-{cap}", ShortSegments, false, style));
            }

            var wide = new StrokeStyle(10, join, LineCap.Butt, MiterLimit: 40);
            data.Add(new StrokeCase($"spike-{join}-limit40", Spike, false, wide));
            data.Add(new StrokeCase($"spike-{join}-limit4", Spike, false, wide with { MiterLimit = 4 }));
            data.Add(new StrokeCase($"square-closed-{join}", RightAngles, true, new StrokeStyle(16, join)));
            data.Add(new StrokeCase($"star-closed-{join}", Star, true, new StrokeStyle(6, join, MiterLimit: 10)));
            data.Add(new StrokeCase($"two-point-closed-{join}", [new(20, 50), new(80, 50)], true, new StrokeStyle(8, join)));
        }

        return data;
    }
}
