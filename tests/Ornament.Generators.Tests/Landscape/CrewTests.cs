using Ornament.Generators.Landscape;
using Xunit;

namespace Ornament.Generators.Tests.Landscape;

/// <summary>The painter's thread team: every item runs exactly once per step, steps follow one another, errors reach
/// the caller.</summary>
public sealed class CrewTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Every_item_runs_once_in_every_step(int threads)
    {
        using var crew = new Crew(threads);
        var hits = new int[257];
        for (int step = 0; step < 300; step++)
        {
            int count = step % hits.Length;
            crew.Run(count, i => Interlocked.Increment(ref hits[i]));
            for (int i = 0; i < hits.Length; i++)
            {
                Assert.Equal(i < count ? 1 : 0, hits[i]);
                hits[i] = 0;
            }
        }
    }

    [Fact]
    public void A_step_returns_after_its_slowest_item()
    {
        using var crew = new Crew(3);
        int done = 0;
        crew.Run(6, i =>
        {
            Thread.Sleep(i == 5 ? 30 : 1);
            Interlocked.Increment(ref done);
        });
        Assert.Equal(6, done);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void An_items_exception_reaches_the_caller_and_the_crew_goes_on(int threads)
    {
        using var crew = new Crew(threads);
        var ex = Assert.Throws<InvalidOperationException>(() => crew.Run(40, i =>
        {
            if (i == 17)
            {
                throw new InvalidOperationException("item 17");
            }
        }));
        Assert.Equal("item 17", ex.Message);
        int sum = 0;
        crew.Run(10, i => Interlocked.Add(ref sum, i));
        Assert.Equal(45, sum);
    }
}
