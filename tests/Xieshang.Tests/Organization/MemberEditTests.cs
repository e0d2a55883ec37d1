using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

/// <summary>Adding, changing and moving members. An app of its own: these tests change the roster.</summary>
public sealed class MemberEditTests : OwnAppTests
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    static async Task<JsonElement> GetJson(HttpClient client, string url) => Json(await client.GetStringAsync(url));

    async Task<(Guid Sector, Guid DutyGroup, Guid OtherDutyGroup, Guid Committee)> ChoicesAsync(HttpClient staff)
    {
        var territory = await GetJson(staff, "/api/v1/organization/territory");
        var groups = territory.EnumerateArray().SelectMany(w => w.GetProperty("dutyGroups").EnumerateArray()).Select(g => g.GetProperty("id").GetGuid()).ToList();
        var scope = await app.ScopeAs("staff");
        await using var _ = scope;
        var db = scope.ServiceProvider.GetRequiredService<Xieshang.Platform.Data.XieshangDb>();
        var sector = db.Set<Xieshang.Organization.Sector>().OrderBy(s => s.SortOrder).First().Id;
        var committee = db.Set<Xieshang.Organization.SpecialCommittee>().OrderBy(s => s.SortOrder).First().Id;
        return (sector, groups[0], groups[1], committee);
    }

    static object NewMember(Guid sector, Guid? dutyGroup, string mobile, string memberNo = "HY9001", Guid[]? committees = null) => new
    {
        name = "测试委员", gender = "Female", birthYear = 1980, party = "无党派人士", mobile, employer = "淮阴区某中学", jobTitle = "校长",
        term = "第十届", memberNo, role = "Member", isStanding = false, sectorId = sector, dutyGroupId = dutyGroup,
        specialCommitteeIds = committees ?? [],
    };

    [Fact]
    public async Task Create_AddsAMemberToTheDirectory_WithAnAuditEntry()
    {
        var staff = await app.ApiAs("staff");
        var (sector, group, _, committee) = await ChoicesAsync(staff);
        var response = await staff.PostAsJsonAsync("/api/v1/organization/members", NewMember(sector, group, "13812345678", committees: [committee]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();

        var profile = await GetJson(staff, $"/api/v1/organization/members/{id}");
        Assert.Equal("测试委员", profile.GetProperty("name").GetString());
        Assert.Equal("13812345678", profile.GetProperty("mobile").GetString());
        Assert.Single(profile.GetProperty("specialCommittees").EnumerateArray());
        Assert.Equal(251, (await GetJson(staff, "/api/v1/organization/members")).GetProperty("total").GetInt32());
        var audit = await GetJson(await app.ApiAs("admin"), $"/api/v1/platform/audit?recordId={id}");
        Assert.Contains(audit.GetProperty("rows").EnumerateArray(), e => e.GetProperty("actionLabel").GetString() == "新增委员");
    }

    [Fact]
    public async Task Create_RefusesADuplicatePhone_AnotherCommitteesGroup_AndBadFields_WritingNothing()
    {
        var staff = await app.ApiAs("staff");
        var (sector, group, _, _) = await ChoicesAsync(staff);
        var taken = (await GetJson(staff, "/api/v1/organization/members?search=HY0002")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var takenMobile = (await GetJson(staff, $"/api/v1/organization/members/{taken}")).GetProperty("mobile").GetString()!;

        var duplicate = await staff.PostAsJsonAsync("/api/v1/organization/members", NewMember(sector, group, takenMobile));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains($"手机号：{takenMobile} 已登记为", await duplicate.Content.ReadAsStringAsync());

        var qjpStaff = await app.ApiAs("qjp-staff");
        var qjpGroup = (await GetJson(qjpStaff, "/api/v1/organization/territory"))[0].GetProperty("dutyGroups")[0].GetProperty("id").GetGuid();
        var foreign = await staff.PostAsJsonAsync("/api/v1/organization/members", NewMember(sector, qjpGroup, "13812345679"));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("履职小组：所选履职小组不存在，或不属于本政协。", await foreign.Content.ReadAsStringAsync());

        var bad = await staff.PostAsJsonAsync("/api/v1/organization/members", NewMember(sector, group, "1381234", memberNo: "HY0001"));
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("手机号：“1381234”不是 11 位手机号。", text);
        Assert.Contains("委员证号：HY0001 已被使用。", text);

        Assert.Equal(250, (await GetJson(staff, "/api/v1/organization/members")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Move_KeepsTheHistory_AndAStaleVersionIsAConflict()
    {
        var staff = await app.ApiAs("staff");
        var (_, _, otherGroup, committee) = await ChoicesAsync(staff);
        var id = (await GetJson(staff, "/api/v1/organization/members?search=HY0010")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var before = await GetJson(staff, $"/api/v1/organization/members/{id}");
        var input = await GetJson(staff, $"/api/v1/organization/members/{id}/input");
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(input.GetRawText())!;
        changed["dutyGroupId"] = JsonSerializer.SerializeToElement(otherGroup);
        changed["specialCommitteeIds"] = JsonSerializer.SerializeToElement(new[] { committee });
        changed["reason"] = JsonSerializer.SerializeToElement("工作调动");

        var response = await staff.PutAsJsonAsync($"/api/v1/organization/members/{id}", changed);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await GetJson(staff, $"/api/v1/organization/members/{id}");
        Assert.NotEqual(before.GetProperty("dutyGroup").GetString(), after.GetProperty("dutyGroup").GetString());
        var history = after.GetProperty("history").EnumerateArray().ToList();
        var groupMove = history.Single(h => h.GetProperty("grouping").GetString() == "DutyGroup");
        Assert.Equal(before.GetProperty("dutyGroup").GetString(), groupMove.GetProperty("from").GetString());
        Assert.Equal(after.GetProperty("dutyGroup").GetString(), groupMove.GetProperty("to").GetString());
        Assert.Equal("工作调动", groupMove.GetProperty("reason").GetString());
        Assert.Equal("2026-11-25", groupMove.GetProperty("effectiveOn").GetString());

        // The same form again, with the version it was read at: somebody else's change came in between.
        var stale = await staff.PutAsJsonAsync($"/api/v1/organization/members/{id}", changed);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reinstate_UndoesAnEnding_AndTheLoginWorksAgain()
    {
        var staff = await app.ApiAs("staff");
        var id = (await GetJson(staff, "/api/v1/organization/members?search=HY0007")).GetProperty("rows")[0].GetProperty("id").GetGuid(); // member07
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/organization/members/{id}/end", new { status = "Removed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "member07", password = "Demo@2023" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/organization/members/{id}/reinstate", null)).StatusCode);
        var member = await app.ApiAs("member07");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/v1/organization/me")).StatusCode);
        var history = (await GetJson(staff, $"/api/v1/organization/members/{id}")).GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("from").GetString()}→{h.GetProperty("to").GetString()}").ToList();
        Assert.Equal(["撤销→在任", "在任→撤销"], history);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/api/v1/organization/members/{id}/reinstate", null)).StatusCode);
    }

    [Fact]
    public async Task NewMemberPage_ShowsEveryProblem_ThenSaves()
    {
        var staff = await app.ApiAs("staff");
        var (sector, group, _, committee) = await ChoicesAsync(staff);
        var pages = await app.PagesAs("staff");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "页面委员", ["Input.Gender"] = "Male", ["Input.BirthYear"] = "一九八〇", ["Input.Party"] = "中共党员",
            ["Input.Mobile"] = "12345", ["Input.Term"] = "第十届", ["Input.MemberNo"] = "HY9100", ["Input.Role"] = "Member",
            ["Input.SectorId"] = sector.ToString(), ["Input.DutyGroupId"] = group.ToString(), ["SpecialCommitteeIds"] = committee.ToString(),
        };
        var bad = Html.Parse(await (await TestApp.PostFormAsync(pages, "/organization/members/new", "member", fields)).Content.ReadAsStringAsync());
        Assert.Contains("出生年份：请填写四位数字年份", bad.QuerySelector(".flash-error")!.TextContent);
        Assert.Equal("页面委员", bad.QuerySelector("#m-name")!.GetAttribute("value")); // what was typed stays
        Assert.NotNull(bad.QuerySelector($"input[name=SpecialCommitteeIds][value='{committee}'][checked]"));

        fields["Input.BirthYear"] = "1980";
        var stillBad = Html.Parse(await (await TestApp.PostFormAsync(pages, "/organization/members/new", "member", fields)).Content.ReadAsStringAsync());
        Assert.Contains("手机号：“12345”不是 11 位手机号。", stillBad.QuerySelector(".flash-error")!.TextContent);
        Assert.Equal(250, (await GetJson(staff, "/api/v1/organization/members")).GetProperty("total").GetInt32());

        fields["Input.Mobile"] = "139 1234 5678";
        var saved = await TestApp.PostFormAsync(pages, "/organization/members/new", "member", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = await pages.GetPageAsync(saved.Headers.Location!.ToString());
        Assert.Contains("页面委员", profile.QuerySelector("h1")!.TextContent);
        Assert.Contains("13912345678", profile.Body!.TextContent);
    }

    async Task<HttpStatusCode> ChangeMobileAsync(HttpClient staff, Guid id, string mobile)
    {
        var changed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>((await GetJson(staff, $"/api/v1/organization/members/{id}/input")).GetRawText())!;
        changed["mobile"] = JsonSerializer.SerializeToElement(mobile);
        return (await staff.PutAsJsonAsync($"/api/v1/organization/members/{id}", changed)).StatusCode;
    }

    async Task<HttpStatusCode> LoginAsync(string userName) =>
        (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "Demo@2023" })).StatusCode;

    [Fact]
    public async Task ANewMobile_TakesTheLoginAlong_UnlessAnotherLoginUsesIt()
    {
        var staff = await app.ApiAs("staff");
        var id = (await GetJson(staff, "/api/v1/organization/members?search=HY0008")).GetProperty("rows")[0].GetProperty("id").GetGuid(); // member08
        var oldMobile = (await GetJson(staff, $"/api/v1/organization/members/{id}")).GetProperty("mobile").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, await ChangeMobileAsync(staff, id, "13912340008"));
        Assert.Equal(HttpStatusCode.OK, await LoginAsync("13912340008"));
        Assert.Equal(HttpStatusCode.OK, await LoginAsync("member08")); // a named login keeps its name
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(oldMobile));

        // A login named after the number (as opened for members) is renamed with it.
        var other = (await GetJson(staff, "/api/v1/organization/members?search=HY0031")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var granted = await staff.PostAsJsonAsync("/api/v1/organization/members/logins", new { membershipIds = new[] { other } });
        var first = JsonDocument.Parse(await granted.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal(HttpStatusCode.NoContent, await ChangeMobileAsync(staff, other, "13912340031"));
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { userName = "13912340031", password = first.GetProperty("firstPassword").GetString() });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        // The staff account's number is another login's: refused, nothing changed.
        var taken = await staff.PutAsJsonAsync($"/api/v1/organization/members/{id}",
            JsonSerializer.Deserialize<Dictionary<string, JsonElement>>((await GetJson(staff, $"/api/v1/organization/members/{id}/input")).GetRawText())!
                .Append(new("mobile", JsonSerializer.SerializeToElement("13800000001"))).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("已是另一个登录账号的用户名或手机号", await taken.Content.ReadAsStringAsync());
        Assert.Equal("13912340008", (await GetJson(staff, $"/api/v1/organization/members/{id}")).GetProperty("mobile").GetString());
    }

    [Fact]
    public async Task DirectoryRows_AreEncoded()
    {
        var staff = await app.ApiAs("staff");
        var (sector, group, _, _) = await ChoicesAsync(staff);
        var member = NewMember(sector, group, "13812345600", "HY9300");
        var json = JsonSerializer.SerializeToElement(member);
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json.GetRawText())!;
        fields["name"] = JsonSerializer.SerializeToElement("<i>注入</i>");
        fields["employer"] = JsonSerializer.SerializeToElement("A&B \"公司\"");
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/v1/organization/members", fields)).StatusCode);
        var html = await (await app.PagesAs("staff")).GetStringAsync("/organization/members?q=HY9300");
        Assert.Contains("&lt;i&gt;注入&lt;/i&gt;", html);
        Assert.DoesNotContain("<i>注入", html);
        Assert.Contains("A&amp;B &quot;公司&quot;", html);
    }

    [Fact]
    public async Task Members_CannotAddOrChangeMembers()
    {
        var member = await app.ApiAs("member06");
        var r = await member.PostAsJsonAsync("/api/v1/organization/members", new { name = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        var pages = await app.PagesAs("member06");
        var page = await pages.GetAsync("/organization/members/new");
        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        Assert.StartsWith("/forbidden", page.Headers.Location!.PathAndQuery);
    }
}
