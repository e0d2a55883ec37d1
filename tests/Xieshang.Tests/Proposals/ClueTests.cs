using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Proposals;

/// <summary>Proposal clues: screening, the catalogue, adoption into a proposal, referral to the city; and the year's figures.</summary>
public sealed class ClueTests : OwnAppTests
{
    const string Api = "/api/v1/proposal-clues";

    static Task<HttpResponseMessage> Act(HttpClient client, string path, string action, object? body = null) =>
        client.PostAsJsonAsync($"{path}/actions/{action}", body ?? new { });

    static string State(JsonElement view) => view.GetProperty("workflow").GetProperty("state").GetString()!;

    async Task<Guid> SubmittedClueAsync(HttpClient member, string title)
    {
        var id = (await Ok(await member.PostAsJsonAsync(Api, new { title, body = "村里老人看病要跑很远，建议在中心村设立卫生服务站点。" }))).GetProperty("id").GetGuid();
        Assert.Equal("SUBMITTED", State(await Ok(await Act(member, $"{Api}/{id}", "submit"))));
        return id;
    }

    [Fact]
    public async Task AClue_IsScreened_Catalogued_AndAdoptedIntoAProposal_ThatConvertsIt()
    {
        var (member, staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        var id = await SubmittedClueAsync(member, "农村老人就医难");
        Assert.Contains(Json(await staff.GetStringAsync(Api)).GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(member, $"{Api}/{id}", "accept")).StatusCode);
        Assert.Contains("理由", await Refused(await Act(staff, $"{Api}/{id}", "reject"), HttpStatusCode.BadRequest));
        await Ok(await Act(staff, $"{Api}/{id}", "accept"));
        await Ok(await Act(staff, $"{Api}/{id}", "publish", new { note = "列入 2026 年提案选题目录" }));

        // Another member finds it in the catalogue and writes the proposal.
        var other = await app.ApiAs("member06");
        Assert.Contains(Json(await other.GetStringAsync($"{Api}?catalogue=true")).GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var adopted = await Ok(await Act(other, $"{Api}/{id}", "adopt"));
        Assert.Equal("IN_DRAFTING", State(adopted));
        var draft = adopted.GetProperty("proposalId").GetGuid();
        var proposal = await Ok(await other.GetAsync($"/api/v1/proposals/{draft}"));
        Assert.Equal("农村老人就医难", proposal.GetProperty("title").GetString());
        await Ok(await other.PutAsJsonAsync($"/api/v1/proposals/{draft}", new
        {
            title = "关于解决农村老人就医难的建议", situation = "村里老人看病要跑很远，部分村卫生室无人值守。", analysis = "乡村医生不足。", suggestions = "在中心村设立卫生服务站点，推行巡回诊疗。",
        }));
        await Ok(await Act(other, $"/api/v1/proposals/{draft}", "submit"));
        Assert.Equal("CONVERTED", State(await Ok(await staff.GetAsync($"{Api}/{id}"))));
    }

    [Fact]
    public async Task AClue_ReferredUp_LandsInTheCitysQueue_AndItsDecisionIsSeenBelow()
    {
        var (member, staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        var id = await SubmittedClueAsync(member, "市域公交一体化");
        await Ok(await Act(staff, $"{Api}/{id}", "accept"));
        var referred = await Ok(await Act(staff, $"{Api}/{id}", "refer_up"));
        Assert.Equal("REFERRED_UP", State(referred));
        Assert.Equal("淮安市政协", referred.GetProperty("referredTo").GetString());

        var city = await app.ApiAs("admin");
        city.DefaultRequestHeaders.Add("X-Committee", (await app.CommitteeId("淮安市政协")).ToString());
        var copy = Json(await city.GetStringAsync(Api)).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("title").GetString() == "市域公交一体化");
        Assert.Equal("LOWER_COMMITTEE", copy.GetProperty("source").GetString());
        Assert.Equal("淮阴区政协", copy.GetProperty("submitter").GetString());
        var copyId = copy.GetProperty("id").GetGuid();
        // The district's staff cannot open the city's record; the city decides, and the district sees the decision on its own clue.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{Api}/{copyId}")).StatusCode);
        await Ok(await Act(city, $"{Api}/{copyId}", "reject", new { note = "已列入市政协年度协商计划，不再作为提案线索。" }));
        Assert.Equal("未采纳", (await Ok(await staff.GetAsync($"{Api}/{id}"))).GetProperty("referredStateLabel").GetString());

        var stats = Json(await staff.GetStringAsync("/api/v1/proposals/statistics?year=2026"));
        Assert.Equal(1, stats.GetProperty("clues").GetInt32());
        Assert.Equal(1, stats.GetProperty("cluesReferredUp").GetInt32());
    }

    [Fact]
    public async Task Statistics_CountTheYearsProposals_FromTheRecords()
    {
        var (member, staff, admin) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("admin"));
        async Task<Guid> Submit(HttpClient who, string title, object? extra = null)
        {
            var body = new Dictionary<string, object?>
            {
                ["title"] = title, ["situation"] = "情况说明情况说明情况说明。", ["analysis"] = "原因分析。", ["suggestions"] = "具体建议具体建议具体建议。", ["consentToConvert"] = true,
            };
            if (extra != null) foreach (var p in JsonSerializer.SerializeToElement(extra).EnumerateObject()) body[p.Name] = p.Value;
            var id = (await Ok(await who.PostAsJsonAsync("/api/v1/proposals", body))).GetProperty("id").GetGuid();
            await Ok(await Act(who, $"/api/v1/proposals/{id}", "submit"));
            // Nobody reviews their own: the office's collective proposal goes to another reviewer.
            await Ok(await Act(who == staff ? admin : staff, $"/api/v1/proposals/{id}", "start_review"));
            return id;
        }
        var filed = await Submit(member, "关于加快农村公路提档升级的建议");
        await Ok(await Act(staff, $"/api/v1/proposals/{filed}", "file"));
        await Ok(await Act(staff, $"/api/v1/proposals/{await Submit(member, "关于改进社区文化活动的建议")}", "not_file", new { reason = "VAGUE" }));
        await Ok(await Act(staff, $"/api/v1/proposals/{await Submit(member, "关于推进农村公路提档升级的建议")}", "merge", new { hostId = filed }));
        await Ok(await Act(staff, $"/api/v1/proposals/{await Submit(member, "关于规范校外培训收费的建议")}", "convert", new { convertTo = "OPINION" }));
        var collective = await Submit(staff, "关于支持民营企业纾困发展的建议", new { proposerType = "COLLECTIVE", collectiveOrg = "民建淮阴区基层委员会", collectiveContact = "主委" });

        var stats = Json(await staff.GetStringAsync("/api/v1/proposals/statistics?year=2026"));
        Assert.Equal(5, stats.GetProperty("received").GetInt32());
        Assert.Equal(1, stats.GetProperty("filed").GetInt32());
        Assert.Equal(1, stats.GetProperty("notFiled").GetInt32());
        Assert.Equal(1, stats.GetProperty("merged").GetInt32());
        Assert.Equal(1, stats.GetProperty("converted").GetInt32());
        Assert.Equal(1, stats.GetProperty("collective").GetInt32());
        Assert.Equal(4, stats.GetProperty("byType").GetProperty("INDIVIDUAL").GetInt32());
        Assert.Equal(5, stats.GetProperty("byCategory").EnumerateObject().Sum(c => c.Value.GetInt32()));
        Assert.Equal(4, stats.GetProperty("bySector").GetProperty("中共").GetInt32());
        Assert.Equal(0, Json(await staff.GetStringAsync("/api/v1/proposals/statistics?year=2025")).GetProperty("received").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs("member06")).GetAsync("/api/v1/proposals/statistics?year=2026")).StatusCode);
        Assert.NotEqual(Guid.Empty, collective);
    }
}
