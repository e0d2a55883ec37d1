using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Plans;

/// <summary>调研: a group with its drafter studies, hears a briefing, visits (an activity), drafts, and its final draft becomes a research report.</summary>
public sealed class ResearchTests : OwnAppTests
{
    const string Api = "/api/v1/research";
    const string Draft = "围绕物流产业发展，调研组走访了区内物流园区和重点企业，分析了运输成本高、信息化水平低等问题，提出建设区域物流枢纽等建议。";

    [Fact]
    public async Task AResearchGroup_GoesFromItsPlanToItsReport()
    {
        var (staff, member) = (await app.ApiAs("staff"), await app.ApiAs("member01"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(Api, new { year = 2026, title = "物流产业发展调研" })).StatusCode);
        Assert.Contains("HY9999", await Refused(await staff.PostAsJsonAsync(Api, new { year = 2026, title = "物流产业发展调研", memberNos = "HY0003、HY9999" }),
            HttpStatusCode.BadRequest));
        Assert.Contains("调研组成员中确定", await Refused(await staff.PostAsJsonAsync(Api, new { year = 2026, title = "物流产业发展调研", memberNos = "HY0003", drafterNo = "HY0004" }),
            HttpStatusCode.BadRequest));
        var id = (await Ok(await staff.PostAsJsonAsync(Api, new { year = 2026, title = "物流产业发展调研" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Task<HttpResponseMessage> Act(string action) => staff.PostAsJsonAsync($"{Api}/{id}/actions/{action}", new { });
        Assert.Contains("执笔人", await Refused(await Act("start"), HttpStatusCode.BadRequest));
        var version = Json(await staff.GetStringAsync($"{Api}/{id}")).GetProperty("task").GetProperty("workflow").GetProperty("version").GetInt32();
        var set = await Ok(await staff.PutAsJsonAsync($"{Api}/{id}", new { year = 2026, title = "物流产业发展调研", memberNos = "HY0003、HY0004、HY0005", drafterNo = "hy0004", version }));
        Assert.Equal([false, true, false], set.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("isDrafter").GetBoolean()));
        Assert.Contains("调研启动后", await Refused(await staff.PostAsJsonAsync($"{Api}/{id}/steps", new { kind = "STUDY", on = "2026-11-20", summary = "学习政策。" }),
            HttpStatusCode.Conflict));
        await Ok(await Act("start"));

        var activity = Json(await staff.GetStringAsync("/api/v1/activities?year=2026")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        Assert.Contains("通报的政府领导或部门", await Refused(await staff.PostAsJsonAsync($"{Api}/{id}/steps", new { kind = "BRIEFING", on = "2026-11-20", summary = "通报物流业情况。" }),
            HttpStatusCode.BadRequest));
        await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/steps", new { kind = "STUDY", on = "2026-11-18", summary = "集体学习物流业发展政策。" }));
        await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/steps", new { kind = "BRIEFING", on = "2026-11-19", summary = "通报物流业情况。", briefedBy = "区发展和改革委员会" }));
        var visited = await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/steps", new { kind = "LOCAL_VISIT", on = "2026-11-20", summary = "走访物流园区。", activityId = activity }));
        Assert.Equal(["STUDY", "BRIEFING", "LOCAL_VISIT"], visited.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(activity, visited.GetProperty("steps")[2].GetProperty("activityId").GetGuid());

        Assert.Contains("报告起草后", await Refused(await staff.PostAsJsonAsync($"{Api}/{id}/drafts", new { text = Draft }), HttpStatusCode.Conflict));
        await Ok(await Act("draft"));
        Assert.Contains("还没有调研报告稿", await Refused(await Act("complete"), HttpStatusCode.BadRequest));
        await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/drafts", new { text = "（初稿）" + Draft }));
        await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/drafts", new { text = Draft }));
        var done = await Ok(await Act("complete"));
        Assert.Equal("COMPLETED", done.GetProperty("task").GetProperty("workflow").GetProperty("state").GetString());

        // The last draft is the report, among the results, by its drafter, ready to be sent.
        var report = Json(await staff.GetStringAsync($"/api/v1/results/{done.GetProperty("task").GetProperty("resultId").GetGuid()}"));
        Assert.Equal(("物流产业发展调研报告", "RESEARCH_REPORT", Draft), (report.GetProperty("result").GetProperty("title").GetString(),
            report.GetProperty("result").GetProperty("kind").GetString(), report.GetProperty("body").GetString()));
        Assert.Contains("send", report.GetProperty("result").GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        Assert.Contains("已定稿", await Refused(await staff.PutAsJsonAsync($"{Api}/{id}", new { year = 2026, title = "改名" }), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task TheDemosSoeResearch_EndsInTheReportTheCitysPartySecretaryAffirmed()
    {
        var staff = await app.ApiAs("staff");
        var row = Json(await staff.GetStringAsync($"{Api}?year=2023")).EnumerateArray().Single();
        var view = Json(await staff.GetStringAsync($"{Api}/{row.GetProperty("id").GetGuid()}"));
        Assert.Equal(4, view.GetProperty("steps").GetArrayLength());
        Assert.Contains(view.GetProperty("steps").EnumerateArray(), s => s.GetProperty("briefedBy").GetString() == "区国资委");
        var result = Json(await staff.GetStringAsync($"/api/v1/results/{row.GetProperty("resultId").GetGuid()}"));
        Assert.Equal("市委书记", result.GetProperty("instructions")[0].GetProperty("leaderName").GetString());
    }
}
