using System.Text.Json;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Plans;

/// <summary>The demo's 2023 plan is the report's, and its instructions are in the ledger with the others.</summary>
public sealed class PlanDemoTests(TestApp app)
{
    [Fact]
    public async Task ThePlanFor2023_IsTheReportsPlan_ApprovedAndCarriedOut()
    {
        var plan = Json(await (await app.ApiAs("member01")).GetStringAsync("/api/v1/plans/2023"));
        Assert.Equal(("ISSUED", "中共淮安市淮阴区委常委会"), (plan.GetProperty("workflow").GetProperty("state").GetString(), plan.GetProperty("approvedBy").GetString()));
        var topics = plan.GetProperty("topics").EnumerateArray().ToList();
        string Format(string title) => topics.Single(t => t.GetProperty("title").GetString() == title).GetProperty("format").GetString()!;
        Assert.Equal(11, topics.Count);
        Assert.Equal("STANDING_DELIBERATION", Format("推进国有企业转型发展"));
        Assert.Equal("STANDING_DELIBERATION", Format("养老产业体系建设"));
        foreach (var t in new[] { "物流产业发展", "破解盐化产业发展困局", "壮大新型农业经营主体", "保护与发展“淮阴黑猪”产业" }) Assert.Equal("COMMITTEE_RESEARCH", Format(t));
        Assert.Equal("CHAIR_CONSULTATION", Format("加快省级全域旅游示范区建设"));
        Assert.Equal("DEMOCRATIC_SUPERVISION", Format("规范农村固废处理 推动“无废城市”建设"));
        Assert.Equal("INSPECTION", Format("打击治理电信网络诈骗犯罪"));
        Assert.Equal("INSPECTION", Format("教育综合改革"));
        Assert.Equal("APPRAISAL", Format("县中高质量发展"));
        Assert.All(topics, t =>
        {
            Assert.False(string.IsNullOrEmpty(t.GetProperty("leadLeader").GetString()));
            Assert.Equal("CLOSED", t.GetProperty("state").GetString());
        });
        Assert.Equal("区政协主席", topics.Single(t => t.GetProperty("title").GetString() == "养老产业体系建设").GetProperty("leadLeader").GetString());

        // Its results: the 建议案 and the research report carry the leaders' instructions; the speech was given at the city's plenary.
        var staff = await app.ApiAs("staff");
        var results = Json(await staff.GetStringAsync("/api/v1/results?year=2023")).EnumerateArray().ToList();
        Assert.Equal(["RECOMMENDATION", "RESEARCH_REPORT", "SPEECH"], results.Select(r => r.GetProperty("kind").GetString()).Order());
        var speech = results.Single(r => r.GetProperty("kind").GetString() == "SPEECH");
        Assert.Equal(("CITY", "养老产业体系建设"), (speech.GetProperty("venueLevel").GetString(), speech.GetProperty("topic").GetString()));
        var ledger = Json(await staff.GetStringAsync("/api/v1/instructions?year=2023")).EnumerateArray()
            .Where(i => i.GetProperty("targetType").GetString() == "result").Select(i => (i.GetProperty("targetTitle").GetString(), i.GetProperty("level").GetString(),
                i.GetProperty("leaderName").GetString(), i.GetProperty("department").GetString())).ToList();
        Assert.Contains(("关于养老产业体系建设的建议案", "DISTRICT", "区委书记", "区民政局"), ledger);
        Assert.Contains(("关于推进国有平台公司实体化转型的调研报告", "CITY", "市委书记", "区国资委"), ledger);
    }

    [Fact]
    public async Task ThePlanPage_ListsTheTopics_AndTheResultPageShowsItsInstruction()
    {
        var pages = await app.PagesAs("leader");
        var page = await pages.GetPageAsync("/plans?year=2023");
        Assert.Equal(11, page.QuerySelectorAll("table tbody tr").Length);
        var link = page.QuerySelectorAll("table tbody a").Single(a => a.TextContent == "养老产业体系建设").GetAttribute("href")!;
        var topic = await pages.GetPageAsync(link);
        Assert.Equal("已办结", topic.QuerySelector(".badge")!.TextContent);
        var results = await pages.GetPageAsync("/plans/results?year=2023");
        var result = await pages.GetPageAsync(results.QuerySelectorAll("table tbody a").Single(a => a.TextContent == "关于养老产业体系建设的建议案").GetAttribute("href")!);
        Assert.Contains("区委书记", result.QuerySelector("section[aria-labelledby='instructions-title']")!.TextContent);

        // The ledger is a table of the year; each instruction's own page carries its steps.
        var ledger = await pages.GetPageAsync("/instructions?year=2023");
        var row = ledger.QuerySelectorAll("table tbody tr").Single(r => r.TextContent.Contains("关于养老产业体系建设的建议案"));
        var instruction = await pages.GetPageAsync(row.QuerySelector("th a")!.GetAttribute("href")!);
        Assert.Contains("区民政局", instruction.QuerySelector("dl.facts")!.TextContent);
    }
}
