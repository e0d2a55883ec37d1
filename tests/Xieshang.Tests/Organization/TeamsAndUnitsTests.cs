using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

/// <summary>Teams (with non-members), Party and government units with their leaders, the institutions library. Own app: changes data.</summary>
public sealed class TeamsAndUnitsTests : OwnAppTests
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    static async Task<string> Problem(HttpResponseMessage r) => Json(await r.Content.ReadAsStringAsync()).GetProperty("title").GetString()!;

    [Fact]
    public async Task Teams_TakeMembersAndOutsiders_OnceEach()
    {
        var staff = await app.ApiAs("staff");
        var teams = Json(await staff.GetStringAsync("/api/v1/organization/teams"));
        Assert.Equal(["InfoOfficers", "CulturalHistory", "ExpertCommittee"], teams.EnumerateArray().Select(t => t.GetProperty("kind").GetString()));
        var info = teams[0];
        Assert.Contains(info.GetProperty("people").EnumerateArray(), p => !p.GetProperty("isMember").GetBoolean());
        var teamId = info.GetProperty("id").GetGuid();
        var member = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0200")).GetProperty("rows")[0].GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/organization/teams/{teamId}/members", new { membershipId = member })).StatusCode);
        var again = await staff.PostAsJsonAsync($"/api/v1/organization/teams/{teamId}/members", new { membershipId = member });
        Assert.EndsWith("已在社情民意信息员队伍中。", await Problem(again));
        var outsider = await staff.PostAsJsonAsync($"/api/v1/organization/teams/{teamId}/members", new { name = "赵信息", employer = "某街道", role = "副组长" });
        Assert.Equal(HttpStatusCode.Created, outsider.StatusCode);
        var nobody = await staff.PostAsJsonAsync($"/api/v1/organization/teams/{teamId}/members", new { name = "" });
        Assert.StartsWith("姓名：", await Problem(nobody));

        var people = Json(await staff.GetStringAsync("/api/v1/organization/teams"))[0].GetProperty("people").EnumerateArray().ToList();
        var zhao = people.Single(p => p.GetProperty("name").GetString() == "赵信息");
        Assert.Equal("副组长", zhao.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/organization/teams/{teamId}/members/{zhao.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.DoesNotContain("赵信息", await staff.GetStringAsync("/api/v1/organization/teams"));
    }

    [Fact]
    public async Task Units_ListHandlingUnitsWithLeaders_AndCheckWhatIsAdded()
    {
        var staff = await app.ApiAs("staff");
        var handling = Json(await staff.GetStringAsync("/api/v1/organization/units?handlingUnits=true")).EnumerateArray().ToList();
        Assert.All(handling, u => Assert.True(u.GetProperty("isHandlingUnit").GetBoolean()));
        var civil = handling.Single(u => u.GetProperty("name").GetString() == "区民政局");
        Assert.Equal("淮阴区人民政府", civil.GetProperty("parent").GetString());
        Assert.Single(civil.GetProperty("leaders").EnumerateArray());

        var duplicate = await staff.PostAsJsonAsync("/api/v1/organization/units", new { name = "区民政局", kind = "Department", level = "District", isHandlingUnit = true });
        Assert.Equal("名称：已有“区民政局”。", await Problem(duplicate));
        var orphan = await staff.PostAsJsonAsync("/api/v1/organization/units", new { name = "区新设局", kind = "Department", level = "District", parentId = Guid.NewGuid(), isHandlingUnit = true });
        Assert.Equal("上级：所选单位不存在，或不属于本政协。", await Problem(orphan));
        var created = await staff.PostAsJsonAsync("/api/v1/organization/units", new { name = "区数据局", kind = "Department", level = "District", parentId = civil.GetProperty("parentId").GetGuid(), isHandlingUnit = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/organization/units/{id}/leaders", new { name = "马数据", title = "局长" })).StatusCode);
        Assert.StartsWith("职务：", await Problem(await staff.PostAsJsonAsync($"/api/v1/organization/units/{id}/leaders", new { name = "马数据", title = "" })));

        var qjp = await app.ApiAs("qjp-staff");
        Assert.Empty(Json(await qjp.GetStringAsync("/api/v1/organization/units")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await qjp.PostAsJsonAsync($"/api/v1/organization/units/{id}/leaders", new { name = "外区", title = "局长" })).StatusCode);
    }

    [Fact]
    public async Task Institutions_AreAddedWithTheWorkflowsTheyGovern()
    {
        var staff = await app.ApiAs("staff");
        var bad = await staff.PostAsJsonAsync("/api/v1/organization/institutions", new { title = "某制度", adoptedBy = "主席会议" });
        Assert.StartsWith("通过日期：", await Problem(bad));
        var created = await staff.PostAsJsonAsync("/api/v1/organization/institutions",
            new { title = "《提案办理协商办法》", adoptedOn = "2024-01-15", adoptedBy = "主席会议", governs = "proposal、opinion" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = Json(await staff.GetStringAsync("/api/v1/organization/institutions")).EnumerateArray().Last();
        Assert.Equal("proposal,opinion", rule.GetProperty("governs").GetString());
        Assert.Equal(25, Json(await staff.GetStringAsync("/api/v1/organization/summary")).GetProperty("institutions").GetInt32());
    }

    [Fact]
    public async Task Institutions_CarryTheirSignedFile_ForReadersOfThisCommitteeOnly()
    {
        var staff = await app.ApiAs("staff");
        var rule = Json(await staff.GetStringAsync("/api/v1/organization/institutions"))[0].GetProperty("id").GetGuid();
        var pdf = "%PDF-1.4\n%制度文本\n"u8.ToArray();
        MultipartFormDataContent Upload(Guid owner) => new()
        {
            { new StringContent("institution"), "ownerType" }, { new StringContent(owner.ToString()), "ownerId" },
            { new ByteArrayContent(pdf), "file", "制度.pdf" },
        };
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsync("/api/v1/files", Upload(rule))).StatusCode);
        var member = await app.ApiAs("member06");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync("/api/v1/files", Upload(rule))).StatusCode);
        var listed = Json(await member.GetStringAsync($"/api/v1/files?ownerType=institution&ownerId={rule}"));
        var fileId = listed[0].GetProperty("id").GetGuid();
        Assert.Equal(pdf, await member.GetByteArrayAsync($"/api/v1/files/{fileId}"));

        var qjp = await app.ApiAs("qjp-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await qjp.GetAsync($"/api/v1/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await qjp.PostAsync("/api/v1/files", Upload(rule))).StatusCode);

        var page = await (await app.PagesAs("member06")).GetPageAsync($"/organization/institutions/{rule}");
        Assert.NotNull(page.QuerySelector($"a[href='/files/{fileId}']"));
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task TeamsPage_AddsAnOutsider_AndMembersSeeNoForms()
    {
        var staff = await app.ApiAs("staff");
        var teamId = Json(await staff.GetStringAsync("/api/v1/organization/teams"))[1].GetProperty("id").GetGuid();
        var pages = await app.PagesAs("staff");
        var response = await TestApp.PostFormAsync(pages, "/organization/teams", $"add-{teamId}",
            new() { ["AddMember"] = "", ["AddName"] = "钱文史", ["AddEmployer"] = "区地方志办公室", ["AddRole"] = "成员" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("钱文史", (await pages.GetPageAsync("/organization/teams")).Body!.TextContent);

        var member = await app.PagesAs("member06");
        var page = await member.GetPageAsync("/organization/teams");
        Assert.Contains("区民政局", page.Body!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main form"));
    }
}
