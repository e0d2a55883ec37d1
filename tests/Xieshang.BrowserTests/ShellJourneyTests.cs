using Microsoft.Playwright;
using Xieshang.BrowserTests.Infrastructure;

namespace Xieshang.BrowserTests;

/// <summary>Signing in and landing on the home page, as staff at a desk and as a member on a phone.</summary>
public sealed class ShellJourneyTests(BrowserFixture browser)
{
    public static TheoryData<int> Widths => [1280, 375];

    [Theory, MemberData(nameof(Widths))]
    public async Task LoginPage_IsAccessible_AndFitsTheScreen(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/account/login");
        Assert.Equal("登录", await page.Locator("h1").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync($"login-{width}");
    }

    [Theory, MemberData(nameof(Widths))]
    public async Task Staff_SignsIn_AndSeesTheirCommitteesCounts(int width)
    {
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "staff");
        Assert.Equal("您好，办公室 刘敏", await page.Locator("h1").InnerTextAsync());
        var members = page.Locator(".card", new() { HasText = "委员账号" }).Locator(".card-number");
        Assert.Equal("20", await members.InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync($"staff-home-{width}");
    }

    [Theory, MemberData(nameof(Widths))]
    public async Task Member_SignsIn_AndSeesMyDuties(int width)
    {
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "member01");
        Assert.Equal("我的履职", await page.Locator("#duties-title").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync($"member-home-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = "我的小组、联系村居与同组委员" }).ClickAsync();
        await page.WaitForURLAsync("**/me/groups");
        Assert.Equal("我的小组", await page.Locator("h1").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync($"member-groups-{width}");
    }

    [Theory, MemberData(nameof(Widths))]
    public async Task Admin_Pages_AreAccessible(int width)
    {
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "admin");
        foreach (var (url, name) in new[] { ("/admin/roles", "roles"), ("/admin/audit", "audit"), ("/admin/holidays", "holidays"), ("/help/workflows", "workflows"), ("/help/workflows/activity", "workflow-activity"), ("/help/workflows/participation", "workflow-participation"), ("/api-docs", "api-docs"), ("/inbox", "inbox"), ("/account/security", "security"), ("/organization", "organization"), ("/organization/members", "members"), ("/organization/territory", "territory"), ("/organization/sectors", "sectors"), ("/organization/branches", "branches"), ("/organization/members/new", "member-new"), ("/organization/members/import", "import"), ("/organization/structure/villages/new", "village-new"), ("/organization/teams", "teams"), ("/organization/institutions/new", "institution-new") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.AssertNoHorizontalScrollAsync();
            await page.ScreenshotAsync($"admin-{name}-{width}");
        }
    }

    [Fact]
    public async Task BigTextMode_RaisesTheBaseFontSize()
    {
        var page = await browser.NewPageAsync(375);
        await BrowserFixture.LoginAsync(page, "member02");
        var before = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize");
        await page.GetByRole(AriaRole.Button, new() { Name = "大字模式" }).ClickAsync();
        await page.WaitForSelectorAsync("html.big");
        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize");
        Assert.Equal("16px", before);
        Assert.Equal("20px", after);
        await page.AssertNoHorizontalScrollAsync();
    }

    [Fact]
    public async Task PhoneMenu_OpensAndNavigates()
    {
        var page = await browser.NewPageAsync(375);
        await BrowserFixture.LoginAsync(page, "admin");
        Assert.False(await page.Locator(".sidenav").IsVisibleAsync());
        await page.Locator(".phone-menu summary").ClickAsync();
        await page.Locator(".phone-menu").GetByRole(AriaRole.Link, new() { Name = "操作日志" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/audit");
        Assert.Equal("操作日志", await page.Locator("h1").InnerTextAsync());
    }
}
