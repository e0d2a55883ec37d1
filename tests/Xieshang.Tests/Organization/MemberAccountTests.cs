using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

/// <summary>Logins for members and the end of a seat. An app of its own: these tests change the roster.</summary>
public sealed class MemberAccountTests : OwnAppTests
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    async Task<Guid> IdOf(HttpClient client, string memberNo) =>
        Json(await client.GetStringAsync($"/api/v1/organization/members?search={memberNo}")).GetProperty("rows")[0].GetProperty("id").GetGuid();

    [Fact]
    public async Task GrantLogins_InBulk_GivesEachAPhoneLoginThatWorks()
    {
        var staff = await app.ApiAs("staff");
        var ids = new[] { await IdOf(staff, "HY0021"), await IdOf(staff, "HY0022"), await IdOf(staff, "HY0001") };
        var results = Json(await (await staff.PostAsJsonAsync("/api/v1/organization/members/logins", new { membershipIds = ids })).Content.ReadAsStringAsync())
            .EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        var created = results.Where(r => r.GetProperty("firstPassword").ValueKind == JsonValueKind.String).ToList();
        Assert.Equal(2, created.Count);
        Assert.Equal("已开通登录账号。", results.Single(r => r.GetProperty("membershipId").GetGuid() == ids[2]).GetProperty("problem").GetString());

        var first = created[0];
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { userName = first.GetProperty("userName").GetString(), password = first.GetProperty("firstPassword").GetString() });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = Json(await login.Content.ReadAsStringAsync()).GetProperty("accessToken").GetString();
        var member = app.Anonymous();
        member.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = Json(await member.GetStringAsync("/api/v1/me"));
        Assert.Equal(["Member"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Fact]
    public async Task EndSeat_SwitchesTheLoginOff_AndKeepsTheFile()
    {
        var staff = await app.ApiAs("staff");
        var id = await IdOf(staff, "HY0005"); // member05, who has a demo login
        var response = await staff.PostAsJsonAsync($"/api/v1/organization/members/{id}/end", new { status = "Resigned" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "member05", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("账号已停用", await login.Content.ReadAsStringAsync());

        var profile = Json(await staff.GetStringAsync($"/api/v1/organization/members/{id}"));
        Assert.Equal("Resigned", profile.GetProperty("status").GetString());
        Assert.Equal(249, Json(await staff.GetStringAsync("/api/v1/organization/members")).GetProperty("total").GetInt32());

        var again = await staff.PostAsJsonAsync($"/api/v1/organization/members/{id}/end", new { status = "Removed" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Members_CannotManageAccounts()
    {
        var member = await app.ApiAs("member06");
        var r = await member.PostAsJsonAsync("/api/v1/organization/members/logins", new { membershipIds = new[] { Guid.NewGuid() } });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task ProfilePage_OpensALogin_AndShowsTheFirstPasswordOnce()
    {
        var staff = await app.ApiAs("staff");
        var id = await IdOf(staff, "HY0030");
        var pages = await app.PagesAs("staff");
        var response = await TestApp.PostFormAsync(pages, $"/organization/members/{id}", "login", new() { ["LoginFor"] = id.ToString() });
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var password = page.QuerySelector(".flash-success code.key")!.TextContent;
        Assert.Equal(12, password.Length);
        var again = await pages.GetPageAsync($"/organization/members/{id}");
        Assert.DoesNotContain(password, again.Body!.TextContent);
        Assert.Null(again.QuerySelector("button.btn-primary[type=submit]")); // no second "开通" button
    }
}

public sealed class BulkLoginPageTests : OwnAppTests
{
    [Fact]
    public async Task DirectoryPage_OpensLoginsForEveryoneOnThePage_InOneAction()
    {
        var pages = await app.PagesAs("staff");
        var before = await pages.GetPageAsync("/organization/members?page=2");
        var ids = before.QuerySelector("input[name=LoginIds]")!.GetAttribute("value")!;
        Assert.Equal(20, ids.Split(',').Length); // HY0021–HY0040 have no login yet
        var response = await TestApp.PostFormAsync(pages, "/organization/members?page=2", "logins", new() { ["LoginIds"] = ids });
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(20, page.QuerySelectorAll("#granted-title ~ .table-wrap tbody code").Length);
        var after = await pages.GetPageAsync("/organization/members?page=2");
        Assert.Null(after.QuerySelector("input[name=LoginIds]"));
    }
}

public sealed class EndSeatPageTests : OwnAppTests
{
    [Fact]
    public async Task EndSeat_OnThePage_NeedsTheConfirmationTick()
    {
        var staff = await app.ApiAs("staff");
        var id = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/organization/members?search=HY0040")).RootElement
            .GetProperty("rows")[0].GetProperty("id").GetGuid();
        var pages = await app.PagesAs("staff");
        var unconfirmed = await TestApp.PostFormAsync(pages, $"/organization/members/{id}", "end", new() { ["EndStatus"] = "Resigned" });
        Assert.Equal("请勾选确认后再办理离任。", Html.Parse(await unconfirmed.Content.ReadAsStringAsync()).QuerySelector(".flash-error")!.TextContent);
        Assert.Equal("Active", JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/organization/members/{id}")).RootElement.GetProperty("status").GetString());

        var confirmed = await TestApp.PostFormAsync(pages, $"/organization/members/{id}", "end", new() { ["EndStatus"] = "Resigned", ["EndConfirmed"] = "yes" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Resigned", JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/organization/members/{id}")).RootElement.GetProperty("status").GetString());
    }
}
