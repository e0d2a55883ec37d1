using System.Net;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class PageTests(TestApp app)
{
    [Fact]
    public async Task Home_Anonymous_RedirectsToLogin()
    {
        var response = await app.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task LoginPage_WrongPassword_ShowsChineseErrorAndStaysSignedOut()
    {
        var client = app.Anonymous();
        var response = await TestApp.PostFormAsync(client, "/account/login", "login",
            new() { ["Input.UserName"] = "unit05", ["Input.Password"] = "nope" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("用户名或密码错误。", page.QuerySelector("#login-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task LoginPage_InDemoMode_ShowsTheDemoAccounts()
    {
        var page = await app.Anonymous().GetPageAsync("/account/login");
        Assert.Contains("Demo@2023", page.QuerySelector(".demo-note")!.TextContent);
    }

    [Fact]
    public async Task Home_Staff_ShowsRealCountsOfTheirCommittee()
    {
        var client = await app.PagesAs("staff");
        var page = await client.GetPageAsync("/");
        var cards = page.QuerySelectorAll(".card").ToDictionary(c => c.QuerySelector(".card-label")!.TextContent, c => c.QuerySelector(".card-number")!.TextContent);
        Assert.Equal("20", cards["委员账号"]);
        Assert.Equal("5", cards["承办单位账号"]);
    }

    [Fact]
    public async Task Home_Member_ShowsMyDuties()
    {
        var client = await app.PagesAs("member07");
        var page = await client.GetPageAsync("/");
        Assert.Equal("我的履职", page.QuerySelector("#duties-title")!.TextContent);
        Assert.Null(page.QuerySelector("#counts-title"));
    }

    [Fact]
    public async Task Pages_AreRawUtf8_NotEntityEncoded()
    {
        var client = await app.PagesAs("staff");
        var html = await client.GetStringAsync("/");
        Assert.Contains("您好，办公室 刘敏", html);
        Assert.DoesNotContain("&#x", html);
        // Razor that was not parsed as code (e.g. text@if) would show up as text.
        Assert.DoesNotMatch(@"@(if|foreach|code)\b", Html.Parse(html).Body!.TextContent);
    }

    [Fact]
    public async Task APageWhoseRecordIsMissing_Answers404InChinese_NotAServerError()
    {
        // The page sets 404 itself; the error page is rendered again in a scope of its own.
        var response = await (await app.PagesAs("staff")).GetAsync($"/organization/institutions/{Guid.NewGuid()}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("不存在", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPage_Shows404InChinese()
    {
        var client = await app.PagesAs("staff");
        var response = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("页面不存在", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AdminPage_ForAMember_IsDenied()
    {
        var client = await app.PagesAs("member08");
        var response = await client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/forbidden", response.Headers.Location!.PathAndQuery);
        var forbidden = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("没有访问权限", Html.Parse(await forbidden.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task RolesPage_GrantByForm_FlashesAndShowsInTheAuditLog()
    {
        var client = await app.PagesAs("admin");
        var response = await TestApp.PostFormAsync(client, "/admin/roles", "grant",
            new() { ["Input.UserName"] = "member09", ["Input.Role"] = "InfoOfficer" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("已授予", after.QuerySelector(".flash")!.TextContent);
        var log = await client.GetPageAsync("/admin/audit?q=" + Uri.EscapeDataString("授予角色"));
        Assert.Contains(log.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains("周永刚（member09）") && tr.TextContent.Contains("信息员"));
    }

    [Fact]
    public async Task RolesPage_GrantForUnknownUser_ShowsChineseErrorAndChangesNothing()
    {
        var client = await app.PagesAs("admin");
        var response = await TestApp.PostFormAsync(client, "/admin/roles", "grant",
            new() { ["Input.UserName"] = "不存在的人", ["Input.Role"] = "Member" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("找不到用户“不存在的人”。", page.QuerySelector(".flash-error")!.TextContent);
    }

    [Fact]
    public async Task Health_AnswersHealthyWithoutSigningIn()
    {
        var response = await app.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
