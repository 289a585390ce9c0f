using Ornament.Encode;
using Ornament.Generators.Landscape;

namespace Ornament.Generators.Tests.Landscape;

/// <summary>What the stroke counts count, where the bristle lanes go, and that the painting threads change nothing.</summary>
public class StrokeCountTests
{
    private static LandscapeOptions Opts(double density) => new()
    {
        Scene = SceneKind.Mountains,
        Seed = SeedPath.FromText("stroke counts"),
        Density = density,
        Riders = false,
    };

    [Fact]
    public void Bristle_lanes_are_counted_apart_from_the_strokes()
    {
        LandscapeGenerator.Generate(Opts(2) with { Bristles = true }, out var with);
        LandscapeGenerator.Generate(Opts(2) with { Bristles = false }, out var without);
        Assert.True(with.BristleLanes > 0, "no lanes with bristles on");
        Assert.Equal(0, without.BristleLanes);
        // Lanes are texture inside strokes, not strokes: the count is the same with or without them.
        Assert.Equal(without.Strokes, with.Strokes);
        Assert.True(with.GrassBlades > 0 && with.GrassBlades < with.Strokes, $"{with.GrassBlades} blades of {with.Strokes} strokes");
    }

    [Fact]
    public void Lanes_thinner_than_half_a_scene_unit_are_not_painted()
    {
        // Radii in scene units (1000 per picture height); a lane's radius is 0.14 of its stroke's.
        Assert.Equal(2, Painterly.LaneCount(1.0 / 0.14));
        Assert.Equal(1, Painterly.LaneCount(0.99 / 0.14));
        Assert.Equal(1, Painterly.LaneCount(0.5 / 0.14));
        Assert.Equal(0, Painterly.LaneCount(0.49 / 0.14));

        // At density 10 the finest pass (radius W/208/√10 ≈ 2.7 units) has none, the two above it have some.
        LandscapeGenerator.Generate(Opts(10) with { Bristles = true }, out var dense);
        double w = dense.Width;
        Assert.Equal(0, Painterly.LaneCount(Painterly.RadiusFractions[3] * w / Math.Sqrt(10)));
        Assert.Equal(1, Painterly.LaneCount(Painterly.RadiusFractions[2] * w / Math.Sqrt(10)));
        Assert.Equal(2, Painterly.LaneCount(Painterly.RadiusFractions[1] * w / Math.Sqrt(10)));
        Assert.True(dense.BristleLanes > 0 && dense.BristleLanes < dense.Strokes / 2, $"{dense.BristleLanes} lanes for {dense.Strokes} strokes");
    }

    [Fact]
    public void The_painting_does_not_depend_on_the_thread_count()
    {
        var one = LandscapeGenerator.Generate(Opts(3) with { Bristles = true, Threads = 1 }, out var d1);
        var three = LandscapeGenerator.Generate(Opts(3) with { Bristles = true, Threads = 3 }, out var d3);
        Assert.Equal(d1.Strokes, d3.Strokes);
        Assert.Equal(d1.BristleLanes, d3.BristleLanes);
        var options = new SvgWriteOptions { Width = 320, Height = 180 };
        Assert.Equal(SvgWriter.Write(one, options), SvgWriter.Write(three, options));
    }
}
