using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xieshang.BrowserTests.Infrastructure;

namespace Xieshang.BrowserTests;

/// <summary>Meetings in a real browser: the office's pages and the venue screen, a member's phone from list to check-in.</summary>
public sealed class MeetingsJourneyTests(BrowserFixture browser)
{
    public static TheoryData<int> Widths => [1280, 375];

    /// <summary>An API client against the running server (the factory's in-memory client does not reach Kestrel).</summary>
    async Task<HttpClient> ApiAs(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "Demo@2023" });
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>The demo's meeting of today (in progress, member01…member20 on its list).</summary>
    async Task<Guid> TodaysMeetingAsync()
    {
        var staff = await ApiAs("staff");
        var list = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/activities?state=IN_PROGRESS&search=经济委员会季度例会")).RootElement;
        return list.GetProperty("rows")[0].GetProperty("id").GetGuid();
    }

    [Theory, MemberData(nameof(Widths))]
    public async Task OfficePages_AreAccessible_AndFitTheScreen(int width)
    {
        var id = await TodaysMeetingAsync();
        var staff = await ApiAs("staff");
        var campaigns = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/campaigns?year=2023")).RootElement;
        var q3 = campaigns[2].GetProperty("id").GetGuid();
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "staff");
        foreach (var (url, name) in new[] { ("/activities", "activities"), ("/activities/new", "activity-new"), ($"/activities/{id}", "activity"),
                     ($"/activities/{id}/edit", "activity-edit"), ("/activities/campaigns?year=2023", "campaigns"), ($"/activities/campaigns/{q3}", "campaign"),
                     ("/activities/rates?year=2023", "rates") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.AssertNoHorizontalScrollAsync();
            await page.ScreenshotAsync($"meetings-{name}-{width}");
        }
    }

    [Fact]
    public async Task VenueScreen_ShowsTheCodeAndTheCount()
    {
        var id = await TodaysMeetingAsync();
        var page = await browser.NewPageAsync(1280);
        await BrowserFixture.LoginAsync(page, "staff");
        await page.GotoAsync($"/activities/{id}/screen");
        Assert.True(await page.Locator(".screen-qr svg").IsVisibleAsync());
        Assert.Contains("已签到", await page.Locator(".screen-count").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("meetings-screen-1280");
    }

    [Fact]
    public async Task AMember_OnThePhone_ScansAndConfirms_ThenSeesItInTheirList()
    {
        var id = await TodaysMeetingAsync();
        var staff = await ApiAs("staff");
        var code = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/activities/{id}/check-in-code")).RootElement.GetProperty("code").GetString();
        var page = await browser.NewPageAsync(375);
        await BrowserFixture.LoginAsync(page, "member03");
        await page.GotoAsync("/me/activities");
        Assert.Contains("经济委员会季度例会", await page.Locator("#up-title + ul").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("meetings-mine-375");

        await page.GotoAsync($"/checkin/{id}?c={code}");
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认签到" }).ClickAsync();
        await page.WaitForSelectorAsync("text=签到成功");
        await page.ScreenshotAsync("meetings-checked-in-375");
        var opened = page.WaitForURLAsync($"**/me/activities/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看活动" }).ClickAsync();
        await opened;
        Assert.Contains("已签到", await page.Locator("#m-title").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
    }
}
