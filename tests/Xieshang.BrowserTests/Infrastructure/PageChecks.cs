using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Xieshang.BrowserTests.Infrastructure;

public static class PageChecks
{
    /// <summary>axe-core on the page as rendered: no serious or critical violation.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var bad = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))})")
            .ToList();
        Assert.True(bad.Count == 0, string.Join(Environment.NewLine, bad));
    }

    /// <summary>Nothing wider than the viewport: no sideways scrolling on a phone.</summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]} px wide in a {widths[1]} px viewport");
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, name + ".png"), FullPage = true });
}
