using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Proposals.ProposalApi;

namespace Xieshang.Tests.Proposals;

/// <summary>Filed proposals through assignment, the units' handling, the reply review and the proposers' evaluation.</summary>
public sealed class ProposalHandlingTests : OwnAppTests
{

    async Task<Guid> UnitAsync(HttpClient staff, string name) =>
        Json(await staff.GetStringAsync("/api/v1/organization/units?handlingUnits=true")).EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    async Task<Guid> FiledAsync(HttpClient member, HttpClient staff, string title = "关于加快农村生活污水治理的建议")
    {
        var id = (await Ok(await member.PostAsJsonAsync(Api, new
        {
            title, situation = "全区仍有部分村庄生活污水直排河道，群众反映强烈。", analysis = "设施建设滞后，运维资金不足。",
            suggestions = "一是分片建设污水处理设施；二是建立长效运维机制；三是纳入考核。",
        }))).GetProperty("id").GetGuid();
        await Ok(await Act(member, id, "submit"));
        await Ok(await Act(staff, id, "start_review"));
        await Ok(await Act(staff, id, "file"));
        return id;
    }

    static object ReplyBody(string cls = "B", string text = "我局高度重视，已将农村生活污水治理列入明年重点工作计划，分三年完成全区覆盖。") =>
        new { text, @class = cls, signedBy = "韩立" };

    [Fact]
    public async Task AProposal_IsAssigned_Handled_Replied_Evaluated_Rehandled_Closed_AndFollowedUp()
    {
        var (member, staff, unit) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("unit01"));
        var id = await FiledAsync(member, staff);
        var civil = await UnitAsync(staff, "区民政局");

        Assert.Contains("单办", await Refused(await Act(staff, id, "assign", new { mode = "SINGLE" }), HttpStatusCode.BadRequest));
        var assigned = await Ok(await Act(staff, id, "assign", new { mode = "SINGLE", leadId = civil }));
        Assert.Equal("ASSIGNING", State(assigned));
        var queue = Json(await unit.GetStringAsync($"{Api}/unit")).GetProperty("rows");
        var row = queue.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(DateTime.Parse("2027-02-25T02:00:00Z").ToUniversalTime(), row.GetProperty("replyDueAt").GetDateTime().ToUniversalTime());
        // Another unit neither sees nor answers it.
        var other = await app.ApiAs("unit02");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Act(other, id, "reply", ReplyBody())).StatusCode);

        var signed = await Ok(await Act(unit, id, "sign"));
        Assert.Equal("HANDLING", State(signed));
        Assert.Equal(row.GetProperty("replyDueAt").GetDateTime(), signed.GetProperty("workflow").GetProperty("dueAt").GetDateTime());
        await Ok(await Act(unit, id, "contact", new { contactMode = "面谈" }));
        Assert.Contains("未启用 D 类", await Refused(await Act(unit, id, "reply", ReplyBody("D")), HttpStatusCode.BadRequest));
        Assert.Contains("20 至 10,000 字", await Refused(await Act(unit, id, "reply", ReplyBody(text: "已阅。")), HttpStatusCode.BadRequest));
        var pending = await Ok(await Act(unit, id, "reply", ReplyBody()));
        Assert.Equal("REPLY_REVIEW", State(pending));
        // Answered, it leaves the unit's to-do list (and stays in the whole list).
        async Task<bool> Queued(bool all = false) => Json(await unit.GetStringAsync($"{Api}/unit{(all ? "?all=true" : "")}")).GetProperty("rows").EnumerateArray()
            .Any(r => r.GetProperty("id").GetGuid() == id);
        Assert.False(await Queued());
        Assert.True(await Queued(all: true));
        Assert.Empty((await Ok(await member.GetAsync($"{Api}/{id}"))).GetProperty("replies").EnumerateArray());
        // The signed letter goes with the reply: the replying unit attaches it, another unit cannot.
        var replyId = pending.GetProperty("replies")[0].GetProperty("id").GetGuid();
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
        MultipartFormDataContent Letter() => new()
        {
            { new StringContent("proposal-reply"), "ownerType" }, { new StringContent(replyId.ToString()), "ownerId" }, { new ByteArrayContent(pdf), "file", "答复函.pdf" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync("/api/v1/files", Letter())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await unit.PostAsync("/api/v1/files", Letter())).StatusCode);
        Assert.Equal(["答复函.pdf"], (await Ok(await staff.GetAsync($"{Api}/{id}"))).GetProperty("replies")[0].GetProperty("files").EnumerateArray()
            .Select(f => f.GetProperty("fileName").GetString()));

        // The committee sends the first reply back; the second passes and the proposer sees it.
        Assert.Contains("理由", await Refused(await Act(staff, id, "reject_reply"), HttpStatusCode.BadRequest));
        Assert.Equal("HANDLING", State(await Ok(await Act(staff, id, "reject_reply", new { note = "请写明具体的实施计划和时间表。" }))));
        Assert.True(await Queued());
        await Ok(await Act(unit, id, "reply", ReplyBody()));
        Assert.Equal("REPLIED", State(await Ok(await Act(staff, id, "pass_reply"))));
        var replied = await Ok(await member.GetAsync($"{Api}/{id}"));
        Assert.Equal(["PASSED"], replied.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("review").GetString()));
        Assert.Contains("evaluate", replied.GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));

        Assert.Contains("理由", await Refused(await Act(member, id, "evaluate", new { contactMode = "面谈", attitude = "SATISFIED", result = "NOT_SATISFIED", pertinent = true }), HttpStatusCode.BadRequest));
        Assert.Equal("EVALUATED", State(await Ok(await Act(member, id, "evaluate",
            new { contactMode = "面谈", attitude = "SATISFIED", result = "NOT_SATISFIED", pertinent = true, comment = "没有明确资金来源。" }))));
        Assert.Contains("已评价", await Refused(await Act(member, id, "evaluate", new { contactMode = "面谈", attitude = "SATISFIED", result = "SATISFIED", pertinent = true }), HttpStatusCode.Conflict));
        Assert.False(await Queued());
        Assert.Equal("REHANDLING", State(await Ok(await Act(staff, id, "rehandle"))));
        Assert.True(await Queued());
        await Ok(await Act(unit, id, "reply", ReplyBody("B", "经再次研究，已落实专项资金 800 万元，明年一季度启动第一批 30 个村的建设。")));
        await Ok(await Act(staff, id, "pass_reply"));
        await Ok(await Act(member, id, "evaluate", new { contactMode = "座谈", attitude = "SATISFIED", result = "SATISFIED", pertinent = true }));
        Assert.Equal("CLOSED", State(await Ok(await Act(staff, id, "close"))));
        // Class B is followed up until the second result is written.
        Assert.Equal("TRACKING", State(await Ok(await Act(staff, id, "track"))));
        Assert.Contains("跟踪办理的结果", await Refused(await Act(staff, id, "close"), HttpStatusCode.BadRequest));
        var closed = await Ok(await Act(staff, id, "close", new { note = "第一批 30 个村已建成投用。" }));
        Assert.Equal("第一批 30 个村已建成投用。", closed.GetProperty("trackingResult").GetString());
        Assert.DoesNotContain("track", closed.GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
        // A reply after closing is refused and changes nothing.
        Assert.Contains("不能答复", await Refused(await Act(unit, id, "reply", ReplyBody()), HttpStatusCode.Conflict));
        Assert.Equal(2, (await Ok(await staff.GetAsync($"{Api}/{id}"))).GetProperty("evaluations").GetArrayLength());
    }

    [Fact]
    public async Task AUnit_AsksToReturnItWithinTenDays_AndSeparateUnitsEachReply()
    {
        var (member, staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        var id = await FiledAsync(member, staff);
        var (sasac, business, education, farming) = (await UnitAsync(staff, "区国资委"), await UnitAsync(staff, "区营商办"),
            await UnitAsync(staff, "区教育局"), await UnitAsync(staff, "区农业农村局"));
        await Ok(await Act(staff, id, "assign", new { mode = "LEAD_CO", leadId = sasac, unitIds = new[] { business } }));
        var (lead, co) = (await app.ApiAs("unit02"), await app.ApiAs("unit03"));
        await Ok(await Act(lead, id, "sign"));
        await Ok(await Act(co, id, "sign"));
        await Ok(await Act(co, id, "co_opinion", new { text = "建议结合营商环境优化，同步推进企业排水许可办理。" }));
        Assert.Contains("协办单位不直接答复", await Refused(await Act(co, id, "reply", ReplyBody()), HttpStatusCode.Forbidden));
        Assert.Contains("建议结合营商环境优化", (await Ok(await lead.GetAsync($"{Api}/{id}"))).GetProperty("assignments").GetRawText());

        Assert.Contains("理由", await Refused(await Act(lead, id, "request_return"), HttpStatusCode.BadRequest));
        Assert.Equal("RETURN_REQUESTED", State(await Ok(await Act(lead, id, "request_return", new { reason = "不属于本单位职责，建议交区教育局和区农业农村局。" }))));
        var reassigned = await Ok(await Act(staff, id, "reassign", new { mode = "SEPARATE", unitIds = new[] { education, farming } }));
        Assert.Equal("ASSIGNING", State(reassigned));
        var rows = reassigned.GetProperty("assignments").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(2, rows.Count(r => r.GetProperty("status").GetString() == "RETURNED"));
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{Api}/{id}")).StatusCode);

        var (edu, farm) = (await app.ApiAs("unit04"), await app.ApiAs("unit05"));
        await Ok(await Act(edu, id, "sign"));
        await Ok(await Act(farm, id, "sign"));
        Assert.Equal("HANDLING", State(await Ok(await Act(edu, id, "reply", ReplyBody("A")))));
        Assert.Equal("REPLY_REVIEW", State(await Ok(await Act(farm, id, "reply", ReplyBody("C")))));

        // Ten days after assignment a unit can no longer hand it back.
        var late = await FiledAsync(member, staff, "关于规范农村集贸市场管理的建议");
        await Ok(await Act(staff, late, "assign", new { mode = "SINGLE", leadId = farming }));
        app.Clock.Advance(TimeSpan.FromDays(11));
        farm = await app.ApiAs("unit05"); // the sign-in of eleven days ago has expired
        Assert.Contains("超过 10 日", await Refused(await Act(farm, late, "request_return", new { reason = "不属于本单位职责范围。" }), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task ClassD_IsRefusedUntilTheCommitteeEnablesIt_AndMergedProposersEvaluateTheHost()
    {
        var (member, staff, unit) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("unit01"));
        var host = await FiledAsync(member, staff);
        var other = await app.ApiAs("member04");
        var twin = (await Ok(await other.PostAsJsonAsync(Api, new
        {
            title = "关于推进农村生活污水治理设施建设的建议", situation = "一些村庄污水处理设施建成后无人运维。", analysis = "运维责任不清。", suggestions = "明确运维主体，保障运维经费。",
        }))).GetProperty("id").GetGuid();
        await Ok(await Act(other, twin, "submit"));
        await Ok(await Act(staff, twin, "start_review"));
        await Ok(await Act(staff, twin, "merge", new { hostId = host }));

        await Ok(await Act(staff, host, "assign", new { mode = "SINGLE", leadId = await UnitAsync(staff, "区民政局") }));
        await Ok(await Act(unit, host, "sign"));
        Assert.Contains("未启用 D 类", await Refused(await Act(unit, host, "reply", ReplyBody("D")), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"{Api}/settings", new { replyClassD = true })).StatusCode);
        await Ok(await Act(unit, host, "reply", ReplyBody("D")));
        await Ok(await Act(staff, host, "pass_reply"));

        // The merged proposer reads the host's reply and evaluates it; the host's state waits for its own proposer.
        var seen = await Ok(await other.GetAsync($"{Api}/{host}"));
        Assert.Single(seen.GetProperty("replies").EnumerateArray());
        Assert.True(seen.GetProperty("canEvaluate").GetBoolean());
        Assert.Equal("REPLIED", State(await Ok(await Act(other, host, "evaluate", new { contactMode = "电话", attitude = "BASIC", result = "BASIC", pertinent = true }))));
        Assert.Equal("EVALUATED", State(await Ok(await Act(member, host, "evaluate", new { contactMode = "面谈", attitude = "SATISFIED", result = "SATISFIED", pertinent = true }))));
        Assert.Contains("无需再办理", await Refused(await Act(staff, host, "rehandle"), HttpStatusCode.Conflict));
        // Someone who is not a proposer cannot even open it.
        Assert.Equal(HttpStatusCode.NotFound, (await Act(await app.ApiAs("member06"), host, "evaluate",
            new { contactMode = "电话", attitude = "BASIC", result = "BASIC", pertinent = true })).StatusCode);
    }

    [Fact]
    public async Task KeyAndExcellentProposals_AreTheCommitteesToChoose()
    {
        var (member, staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        var id = await FiledAsync(member, staff, "关于推进国有平台公司实体化转型的建议");
        var chair = Json(await staff.GetStringAsync("/api/v1/organization/members?search=区政协主席")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var plain = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0002")).GetProperty("rows")[0].GetProperty("id").GetGuid();

        Assert.Contains("主席或副主席", await Refused(await Act(staff, id, "mark_key", new { leadId = plain }), HttpStatusCode.BadRequest));
        Assert.Contains("提案委员会确定", await Refused(await Act(member, id, "mark_key", new { leadId = chair }), HttpStatusCode.Forbidden));
        var key = await Ok(await Act(staff, id, "mark_key", new { leadId = chair, note = "主席会议确定" }));
        Assert.True(key.GetProperty("isKey").GetBoolean());
        Assert.Equal("区政协主席", key.GetProperty("keySupervisor").GetString());
        Assert.Equal("FILED", State(key));
        Assert.Contains("重点提案督办", (await (await app.ApiAs("leader")).GetStringAsync("/api/v1/inbox")).ToString());
        Assert.Contains(Json(await staff.GetStringAsync($"{Api}?year=2026&key=true")).GetProperty("rows").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(1, Json(await staff.GetStringAsync($"{Api}/statistics?year=2026")).GetProperty("key").GetInt32());
        Assert.Contains("已办结", await Refused(await Act(staff, id, "mark_excellent"), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task AFiledProposal_CarriesLeadersInstructions_InTheOneLedger()
    {
        var (member, staff) = (await app.ApiAs("member01"), await app.ApiAs("staff"));
        object Instruction(Guid id) => new
        {
            targetType = "proposal", targetId = id, level = "DISTRICT", leaderName = "区长", instructedOn = "2026-11-25", text = "请区住建局抓紧研究落实。", department = "区住建局",
        };
        var draft = (await Ok(await member.PostAsJsonAsync(Api, new { title = "关于加快农村生活污水治理的建议", situation = "全区仍有部分村庄生活污水直排河道。" })))
            .GetProperty("id").GetGuid();
        Assert.Contains("立案后", await Refused(await staff.PostAsJsonAsync("/api/v1/instructions", Instruction(draft)), HttpStatusCode.Conflict));
        var filed = await FiledAsync(member, staff);
        await Ok(await staff.PostAsJsonAsync("/api/v1/instructions", Instruction(filed)), HttpStatusCode.Created);
        var row = Json(await staff.GetStringAsync($"/api/v1/instructions?targetType=proposal&targetId={filed}")).EnumerateArray().Single();
        Assert.Equal(("提案", $"/proposals/{filed}", "区住建局"), (row.GetProperty("targetLabel").GetString(), row.GetProperty("targetLink").GetString(),
            row.GetProperty("department").GetString()));

        // The proposer reads it on the proposal; the office records the next one on the proposal's page and follows each up from there.
        var mine = Json(await member.GetStringAsync($"{Api}/{filed}"));
        Assert.Equal("请区住建局抓紧研究落实。", mine.GetProperty("instructions").EnumerateArray().Single().GetProperty("text").GetString());
        Assert.False(mine.GetProperty("canRecordInstruction").GetBoolean());
        var pages = await app.PagesAs("staff");
        var posted = await TestApp.PostFormAsync(pages, $"/proposals/{filed}", "instruction", new()
        {
            ["level"] = "CITY", ["leaderName"] = "市长", ["instructedOn"] = "2026-11-24", ["text"] = "请市住建局指导。",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await pages.GetPageAsync($"/proposals/{filed}");
        var listed = page.QuerySelector("section[aria-labelledby='instructions-title']")!;
        Assert.Contains("请区住建局抓紧研究落实。", listed.TextContent);
        Assert.Contains("请市住建局指导。", listed.TextContent);
        Assert.Equal(2, listed.QuerySelectorAll("a[href^='/instructions/']").Length);
        Assert.Empty((await (await app.PagesAs("member01")).GetPageAsync($"/proposals/{filed}"))
            .QuerySelectorAll("form[aria-labelledby='instruct-title'], a[href^='/instructions/']"));
    }
}
