using System.Net;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

public sealed class MemberTests(TestApp app)
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public async Task Summary_CountsActiveMembersAndStandingMembers()
    {
        var client = await app.ApiAs("staff");
        var s = Json(await client.GetStringAsync("/api/v1/organization/summary"));
        Assert.Equal(250, s.GetProperty("members").GetInt32());
        Assert.Equal(43, s.GetProperty("standingMembers").GetInt32());
    }

    [Fact]
    public async Task Directory_FiltersBySectorStandingAndName()
    {
        var client = await app.ApiAs("staff");
        var all = Json(await client.GetStringAsync("/api/v1/organization/members"));
        Assert.Equal(250, all.GetProperty("total").GetInt32());
        Assert.Equal("HY0001", all.GetProperty("rows")[0].GetProperty("memberNo").GetString());

        var standing = Json(await client.GetStringAsync("/api/v1/organization/members?standing=true"));
        Assert.Equal(43, standing.GetProperty("total").GetInt32());
        Assert.All(standing.GetProperty("rows").EnumerateArray(), r => Assert.True(r.GetProperty("isStanding").GetBoolean()));

        var byName = Json(await client.GetStringAsync("/api/v1/organization/members?search=" + Uri.EscapeDataString("王建华")));
        Assert.Equal("王建华", byName.GetProperty("rows").EnumerateArray().Single().GetProperty("name").GetString());

        var cpc = Json(await client.GetStringAsync("/api/v1/organization/members?party=" + Uri.EscapeDataString("民革党员")));
        Assert.Equal(10, cpc.GetProperty("total").GetInt32()); // the 民革 sector: every 25th member
    }

    [Fact]
    public async Task Profile_ShowsEveryGrouping_AndContactsOnlyToThoseAllowed()
    {
        var staff = await app.ApiAs("staff");
        var first = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0001")).GetProperty("rows")[0];
        var id = first.GetProperty("id").GetGuid();
        var profile = Json(await staff.GetStringAsync($"/api/v1/organization/members/{id}"));
        Assert.Equal("王建华", profile.GetProperty("name").GetString());
        Assert.Equal("member01", profile.GetProperty("login").GetString());
        Assert.Equal("13900000001", profile.GetProperty("mobile").GetString());
        Assert.False(string.IsNullOrEmpty(profile.GetProperty("dutyGroup").GetString()));
        Assert.True(profile.GetProperty("villages").GetArrayLength() > 0);
        Assert.Equal("中共界议事厅", profile.GetProperty("hall").GetString());

        var self = Json(await (await app.ApiAs("member01")).GetStringAsync($"/api/v1/organization/members/{id}"));
        Assert.Equal("13900000001", self.GetProperty("mobile").GetString());
        var fellow = Json(await (await app.ApiAs("member02")).GetStringAsync($"/api/v1/organization/members/{id}"));
        Assert.Equal(JsonValueKind.Null, fellow.GetProperty("mobile").ValueKind);
    }

    [Fact]
    public async Task AnotherCommittee_SeesNoneOfTheseMembers()
    {
        var staff = await app.ApiAs("staff");
        var id = Json(await staff.GetStringAsync("/api/v1/organization/members")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var qjp = await app.ApiAs("qjp-staff");
        Assert.Equal(0, Json(await qjp.GetStringAsync("/api/v1/organization/members")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await qjp.GetAsync($"/api/v1/organization/members/{id}")).StatusCode);
    }

    [Fact]
    public async Task DirectoryPage_FiltersAndPages_AndLinksToProfiles()
    {
        var client = await app.PagesAs("leader");
        var page = await client.GetPageAsync("/organization/members?standing=true&page=2");
        Assert.Equal(20, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("共 43 条，第 2 / 3 页", page.QuerySelector(".pager")!.TextContent);
        var link = page.QuerySelector("tbody tr a")!.GetAttribute("href")!;
        var profile = await client.GetPageAsync(link);
        Assert.Contains("常委", profile.QuerySelector("h1")!.TextContent);
        Assert.NotNull(profile.QuerySelector(".facts"));
    }
}

public sealed class MyGroupsTests(TestApp app)
{
    [Fact]
    public async Task Member_SeesTheirDutyGroupVillagesAndFellows()
    {
        var client = await app.ApiAs("member01");
        var mine = JsonDocument.Parse(await client.GetStringAsync("/api/v1/organization/me")).RootElement;
        Assert.Equal("王建华", mine.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(4, mine.GetProperty("dutyGroupFellows").GetArrayLength()); // five members share each of the 60 groups
        Assert.Equal(9, mine.GetProperty("sectorFellows").GetArrayLength());    // ten members in the 中共 sector
        Assert.True(mine.GetProperty("profile").GetProperty("villages").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Staff_WithoutASeat_HasNoMyGroups()
    {
        var client = await app.ApiAs("staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/organization/me")).StatusCode);
    }

    [Fact]
    public async Task MyGroupsPage_IsLinkedFromTheMembersHome()
    {
        var client = await app.PagesAs("member03");
        var home = await client.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("a[href='/me/groups']"));
        var page = await client.GetPageAsync("/me/groups");
        Assert.Equal(2, page.QuerySelectorAll("ul.fellows").Length);
    }
}

public sealed class MemberExportTests(TestApp app)
{
    static async Task<List<IDictionary<string, object>>> Sheet(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public async Task Export_TheFilteredView_WithChineseHeaders_AndContactsForStaff()
    {
        var staff = await app.ApiAs("staff");
        var rows = await Sheet(await staff.GetAsync("/api/v1/organization/members/export?standing=true"));
        Assert.Equal(43, rows.Count);
        Assert.Equal("HY0001", rows[0]["委员证号"]);
        Assert.Equal("是", rows[0]["常委"]);
        Assert.True(rows[0].ContainsKey("手机"));
    }

    [Fact]
    public async Task Export_ForAMember_LeavesOutContacts()
    {
        var member = await app.ApiAs("member07");
        var rows = await Sheet(await member.GetAsync("/api/v1/organization/members/export"));
        Assert.Equal(250, rows.Count);
        Assert.False(rows[0].ContainsKey("手机"));
    }

    [Fact]
    public async Task Export_OfAnotherCommittee_HasNoneOfTheseMembers()
    {
        var qjp = await app.ApiAs("qjp-staff");
        var response = await qjp.GetAsync("/api/v1/organization/members/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true));
    }

    [Fact]
    public async Task DirectoryPage_ExportLink_KeepsTheFilters()
    {
        var client = await app.PagesAs("staff");
        var page = await client.GetPageAsync("/organization/members?standing=true&q=HY00");
        var href = page.QuerySelectorAll("a.btn").Single(a => a.TextContent == "导出 Excel").GetAttribute("href")!;
        Assert.Equal("/organization/members/export?search=HY00&standing=true", href);
        var rows = await Sheet(await client.GetAsync(href));
        Assert.Equal(17, rows.Count); // HY0001–HY0099 standing: every sixth
    }

    [Fact]
    public async Task DirectoryPage_ExportLink_DropsFilterValuesThePageIgnored()
    {
        var client = await app.PagesAs("staff");
        var page = await client.GetPageAsync("/organization/members?standing=maybe&sector=abc");
        var href = page.QuerySelectorAll("a.btn").Single(a => a.TextContent == "导出 Excel").GetAttribute("href")!;
        Assert.Equal("/organization/members/export", href);
        Assert.Equal(250, (await Sheet(await client.GetAsync(href))).Count);
    }
}
