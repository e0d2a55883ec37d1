using Microsoft.Playwright;
using Xieshang.BrowserTests.Infrastructure;

namespace Xieshang.BrowserTests;

/// <summary>码上议 in a real browser: a citizen's phone from the room page to the tracking code, and the staff pages.</summary>
public sealed class GrassrootsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ACitizen_OnAPhone_RaisesAnIssue_AndSeesTheTrackingCode()
    {
        var rooms = await browser.ApiGetAsync("/api/v1/rooms");
        var code = rooms[3].GetProperty("code").GetString();
        var page = await browser.NewPageAsync(375);
        await page.GotoAsync($"/m/{code}");
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("grassroots-room-375");
        // Wait for the navigation from before the click, so that a fast one cannot be missed.
        var form = page.WaitForURLAsync($"**/m/{code}/new");
        await page.GetByRole(AriaRole.Link, new() { Name = "我要提议" }).ClickAsync();
        await form;
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByLabel("标题（一句话说清问题）").FillAsync("学校门口缺少斑马线");
        await page.GetByLabel("情况和建议").FillAsync("上学放学时车辆多，建议施划斑马线并安排志愿者。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.WaitForSelectorAsync(".tracking-code");
        Assert.Equal(10, (await page.Locator(".tracking-code").InnerTextAsync()).Trim().Length);
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("grassroots-tracking-375");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task StaffPages_AreAccessible_AndFitTheScreen(int width)
    {
        var issues = await browser.ApiGetAsync("/api/v1/grassroots/issues?state=IMPLEMENTING");
        var issue = issues.GetProperty("rows")[0].GetProperty("id").GetGuid();
        var room = (await browser.ApiGetAsync("/api/v1/rooms"))[0].GetProperty("id").GetGuid();
        var town = (await browser.ApiGetAsync("/api/v1/grassroots/statistics?year=2023")).GetProperty("byTownship")[0].GetProperty("id").GetGuid();
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "staff");
        foreach (var (url, name) in new[] { ("/grassroots/issues", "issues"), ($"/grassroots/issues/{issue}", "issue"), ("/grassroots/rooms", "rooms"), ($"/grassroots/statistics?year=2023&township={town}", "statistics"),
                     ($"/grassroots/rooms/{room}/poster", "poster"), ("/help/workflows/citizen-issue", "workflow") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.AssertNoHorizontalScrollAsync();
            await page.ScreenshotAsync($"grassroots-{name}-{width}");
        }
    }
}
