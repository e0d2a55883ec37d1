using System.Net;
using System.Net.Http.Json;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Opinions.OpinionApi;

namespace Xieshang.Tests.Opinions;

/// <summary>After adoption: leaders' instructions followed to closing, outside publications, and the year's figures counted from the records.</summary>
public sealed class OpinionFollowUpTests : OwnAppTests
{
    [Fact]
    public async Task AnInstruction_IsFollowedToClosing_AndNoFeedbackAfterThat()
    {
        var (member, staff, leader) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("leader"));
        var draft = (await Ok(await member.PostAsJsonAsync(Api, new { title = "关于家庭过期药品回收处理问题应予关注的建议", body = Body }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        object Instruction(Guid id, string date = "2026-11-20") => new
        {
            targetType = "opinion", targetId = id, level = "CITY", leaderName = "市政府主要领导", leaderTitle = "市长", instructedOn = date,
            text = "请市卫健委会同市场监管局研究家庭过期药品回收机制。", department = "市卫健委",
        };
        Assert.Contains("已编发", await Refused(await staff.PostAsJsonAsync("/api/v1/instructions", Instruction(draft)), HttpStatusCode.Conflict));
        var id = await PublishedAsync(member, staff, leader, "关于规范家庭过期药品回收的建议");
        Assert.Contains("不能晚于今天", await Refused(await staff.PostAsJsonAsync("/api/v1/instructions", Instruction(id, "2030-01-01")), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync("/api/v1/instructions", Instruction(id))).StatusCode);
        var created = await Ok(await staff.PostAsJsonAsync("/api/v1/instructions", Instruction(id)), HttpStatusCode.Created);
        var instruction = created.GetProperty("id").GetGuid();

        var ledger = Json(await staff.GetStringAsync("/api/v1/instructions?year=2026"));
        var row = ledger.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == instruction);
        Assert.Equal("2026-12-20", row.GetProperty("feedbackDue").GetString()); // 30 days by default
        Assert.Equal("OPEN", row.GetProperty("workflow").GetProperty("state").GetString());
        Assert.Equal($"/opinions/{id}", row.GetProperty("targetLink").GetString());
        // The item's reporter sees the instruction on the item.
        Assert.Equal("市政府主要领导", (await Ok(await member.GetAsync($"{Api}/{id}"))).GetProperty("instructions")[0].GetProperty("leaderName").GetString());

        Assert.Contains("反馈情况", await Refused(await staff.PostAsJsonAsync($"/api/v1/instructions/{instruction}/actions/feedback", new { }), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/instructions/{instruction}/actions/feedback",
            new { note = "市卫健委已在 12 家药店试点回收点。" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/instructions/{instruction}/actions/close", new { })).StatusCode);
        Assert.Contains("不能执行", await Refused(await staff.PostAsJsonAsync($"/api/v1/instructions/{instruction}/actions/feedback",
            new { note = "补充一点情况。" }), HttpStatusCode.Conflict));
        row = Json(await staff.GetStringAsync("/api/v1/instructions?year=2026")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == instruction);
        Assert.Equal("市卫健委已在 12 家药店试点回收点。", row.GetProperty("feedback").GetString());
        Assert.Equal("CLOSED", row.GetProperty("workflow").GetProperty("state").GetString());
    }

    [Fact]
    public async Task TheYearsFigures_AreCountedFromTheRecords()
    {
        var (member, staff, leader) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("leader"));
        async Task<System.Text.Json.JsonElement> Figures() => Json(await staff.GetStringAsync($"{Api}/statistics?year=2026"));
        var before = await Figures();
        foreach (var key in new[] { "submitted", "sentToCity", "adoptedByCity", "adoptedByProvince", "sentToNational", "adoptedByNational", "instructions", "publications" })
            Assert.True(before.TryGetProperty(key, out _), key);

        var a = await PublishedAsync(member, staff, leader, "关于当前民营企业主要债务问题的建议");
        // 许文静 is on the information officers' team without being a member; member01 is on no team (the demo's roster).
        var b = (await Ok(await member.PostAsJsonAsync(Api, new { title = "关于另一件尚未采用的建议", body = Body, otherReporters = "许文静" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await Ok(await Act(member, b, "submit"));
        await Ok(await staff.PostAsync($"{Api}/{a}/report", null));
        await Ok(await staff.PostAsJsonAsync($"{Api}/{a}/publications", new { name = "《经济要参》", issue = "2026 年第 40 期", publishedOn = "2026-11-20" }));
        Assert.Contains("已经登记过", await Refused(await staff.PostAsJsonAsync($"{Api}/{a}/publications", new { name = "《经济要参》", issue = "2026 年第 40 期", publishedOn = "2026-11-20" }),
            HttpStatusCode.Conflict));
        await Ok(await staff.PostAsJsonAsync("/api/v1/instructions", new
        {
            targetType = "opinion", targetId = a, level = "DISTRICT", leaderName = "区委书记", instructedOn = "2026-11-21", text = "请区发改委研究。",
        }), HttpStatusCode.Created);

        var after = await Figures();
        int Grew(string key) => after.GetProperty(key).GetInt32() - before.GetProperty(key).GetInt32();
        Assert.Equal(2, Grew("submitted"));
        Assert.Equal(1, Grew("published"));
        Assert.Equal(1, Grew("sentToCity"));
        Assert.Equal(0, Grew("adoptedByCity"));
        Assert.Equal(1, Grew("instructions"));
        Assert.Equal(1, Grew("publications"));
        var rankings = after.GetProperty("rankings");
        Assert.Contains(rankings.GetProperty("byMember").EnumerateArray(), r => r.GetProperty("name").GetString() == "王建华" && r.GetProperty("submitted").GetInt32() >= 2);
        Dictionary<string, (int Submitted, int Published)> Rows(System.Text.Json.JsonElement figures, string by) => figures.GetProperty("rankings").GetProperty(by).EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => (r.GetProperty("submitted").GetInt32(), r.GetProperty("published").GetInt32()));
        // Both items are member01's alone among the members: one sector, party and work group each count both, one published.
        foreach (var by in new[] { "bySector", "byParty", "byWorkGroup" })
        {
            var (was, now) = (Rows(before, by), Rows(after, by));
            var grown = now.Where(r => r.Value != was.GetValueOrDefault(r.Key)).ToList();
            Assert.True(grown.Count == 1, by);
            Assert.Equal((2, 1), (grown[0].Value.Submitted - was.GetValueOrDefault(grown[0].Key).Submitted, grown[0].Value.Published - was.GetValueOrDefault(grown[0].Key).Published));
        }
        var (teamWas, teamNow) = (Rows(before, "byTeam").GetValueOrDefault("社情民意信息员队伍"), Rows(after, "byTeam")["社情民意信息员队伍"]);
        Assert.Equal((1, 0), (teamNow.Submitted - teamWas.Submitted, teamNow.Published - teamWas.Published));
        // A year out of range is a Chinese 400, not a date overflow.
        foreach (var url in new[] { $"{Api}/statistics?year=99999", "/api/v1/proposals/statistics?year=0", "/api/v1/instructions?year=99999" })
            Assert.Contains("2000 至 2100", await Refused(await staff.GetAsync(url), HttpStatusCode.BadRequest));
        var page = await (await app.PagesAs("staff")).GetPageAsync("/opinions/statistics?year=2026");
        Assert.Contains($"共收到委员和各参加单位报送的社情民意信息 {after.GetProperty("submitted").GetInt32()} 条", page.QuerySelector("#circular-title + p")!.TextContent);
        Assert.Equal(["按委员", "按信息员队伍", "按界别", "按党派", "按委员工作组"],
            page.QuerySelectorAll("section[aria-label^='按']").Select(s => s.GetAttribute("aria-label")!).ToArray());
    }

    [Fact]
    public async Task AnItem_CountsInTheYearItIsSubmitted_NotTheYearItsDraftWasBegun()
    {
        var member = await app.ApiAs("member01");
        var draft = (await Ok(await member.PostAsJsonAsync(Api, new { title = "关于跨年提交的社情民意的建议", body = Body }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        app.Clock.Advance(TimeSpan.FromDays(40)); // 2027-01-04
        (member, var staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        int Submitted(System.Text.Json.JsonElement figures) => figures.GetProperty("submitted").GetInt32();
        var before = (Json(await staff.GetStringAsync($"{Api}/statistics?year=2026")), Json(await staff.GetStringAsync($"{Api}/statistics?year=2027")));
        await Ok(await Act(member, draft, "submit"));
        var after = (Json(await staff.GetStringAsync($"{Api}/statistics?year=2026")), Json(await staff.GetStringAsync($"{Api}/statistics?year=2027")));
        Assert.Equal((0, 1), (Submitted(after.Item1) - Submitted(before.Item1), Submitted(after.Item2) - Submitted(before.Item2)));
        var item = Json(await staff.GetStringAsync($"{Api}/{draft}"));
        Assert.Equal((2027, 1), (item.GetProperty("year").GetInt32(), item.GetProperty("serialNo").GetInt32())); // the first of 2027
    }
}
