using System.IO;
using Microsoft.Playwright;

namespace Ornament.Cli.Tests.Batch;

/// <summary>The series' index.html opened as a user would, in headless Chromium (Debian's, driven by Playwright):
/// no console error and no request off the machine, every thumbnail decoded, and a trait filter that hides exactly
/// the items without that value.</summary>
[Collection("batch")]
public class GalleryPageTests
{
    [Fact]
    public async Task The_gallery_page_loads_cleanly_shows_every_thumbnail_and_filters_by_trait()
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "series");
        var (code, _, err) = CliRunner.Run(SeriesFixture.Args(SeriesFixture.Inputs(), outDir));
        Assert.True(code == 0, err);
        Assert.True(File.Exists("/usr/bin/chromium"), "chromium is not installed (apt-get install chromium; .ci/run does it)");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add("console: " + m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.RequestFailed += (_, r) => problems.Add("request failed: " + r.Url);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith("file:", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add("network: " + r.Url);
            }
        };

        await page.GotoAsync(new Uri(Path.Combine(outDir, "index.html")).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var widths = await page.EvaluateAsync<int[]>("() => Array.from(document.images).map(i => i.complete ? i.naturalWidth : 0)");
        Assert.Equal(12, widths.Length);
        Assert.All(widths, w => Assert.True(w > 0, "a thumbnail did not load"));
        Assert.Equal(12, await page.Locator(".card:visible").CountAsync());

        await page.SelectOptionAsync("select[data-trait='Technique']", "Tekemet");
        var shown = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.card')).filter(c => c.getClientRects().length > 0).map(c => JSON.parse(c.getAttribute('data-traits')).Technique)");
        var hidden = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.card')).filter(c => c.getClientRects().length === 0).map(c => JSON.parse(c.getAttribute('data-traits')).Technique)");
        Assert.Equal(4, shown.Length);
        Assert.All(shown, t => Assert.Equal("Tekemet", t));
        Assert.Equal(8, hidden.Length);
        Assert.All(hidden, t => Assert.NotEqual("Tekemet", t));
        Assert.Equal("4 of 12 shown", await page.Locator("#shown").TextContentAsync());

        // Back to all: every card visible again.
        await page.SelectOptionAsync("select[data-trait='Technique']", string.Empty);
        Assert.Equal(12, await page.Locator(".card:visible").CountAsync());
        Assert.Empty(problems);
    }
}
