using System.Diagnostics;
using Ornament.Generators.Felt;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Felt;

public class FeltCarpetTests
{
    internal static FeltOptions Opt(FeltTechnique t, string seed = "steppe", bool texture = true) => new(t, SeedPath.FromText(seed), Texture: texture);

    [Theory]
    [InlineData(FeltTechnique.Syrmak)]
    [InlineData(FeltTechnique.Shyrdak)]
    [InlineData(FeltTechnique.Tekemet)]
    [InlineData(FeltTechnique.TusKiiz)]
    [InlineData(FeltTechnique.Alasha)]
    public void Every_technique_renders_deterministically(FeltTechnique t)
    {
        var sw = Stopwatch.StartNew();
        var scene = FeltCarpetGenerator.Generate(Opt(t), out var design);
        var a = DevRender.Render(scene, 400);
        sw.Stop();
        DevRender.Dump(a, "felt-" + t.ToString().ToLowerInvariant());
        var b = DevRender.Render(FeltCarpetGenerator.Generate(Opt(t)), 400);
        Assert.True(a.Data.SequenceEqual(b.Data));
        Assert.Equal(design, FeltCarpetGenerator.Plan(Opt(t)));
        Assert.True(sw.ElapsedMilliseconds < 20000, $"{sw.ElapsedMilliseconds} ms");
    }
}
