using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Plans;

/// <summary>The plan from draft to issue, and a topic from the plan's decision through its meeting to closing (domain.md §3.4).</summary>
public sealed class PlanWorkflowTests : OwnAppTests
{
    const string Api = "/api/v1/plans";

    static string State(JsonElement view) => view.GetProperty("workflow").GetProperty("state").GetString()!;

    async Task<(Guid Chair, Guid ViceChair, Guid Plain, Guid Committee)> ChoicesAsync(HttpClient staff)
    {
        var choices = Json(await staff.GetStringAsync($"{Api}/choices"));
        var leaders = choices.GetProperty("leaders").EnumerateArray().ToList();
        var plain = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0002")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        return (leaders.Single(l => l.GetProperty("roleLabel").GetString() == "主席").GetProperty("id").GetGuid(),
            leaders.First(l => l.GetProperty("roleLabel").GetString() == "副主席").GetProperty("id").GetGuid(), plain,
            choices.GetProperty("committees")[1].GetProperty("id").GetGuid());
    }

    static object Topic(string title, Guid? leader, Guid committee, string deadline = "2027-06-30") => new
    {
        title, around = "LIVELIHOOD", format = "STANDING_DELIBERATION", leadLeaderId = leader, leadCommitteeId = committee, deadline,
    };

    [Fact]
    public async Task ThePlan_IsDraftedReviewedAndDecidedOnce_AndItsTopicsAreFixedFromThen()
    {
        var (staff, leader, member) = (await app.ApiAs("staff"), await app.ApiAs("leader"), await app.ApiAs("member01"));
        var (chair, _, plain, committee) = await ChoicesAsync(staff);
        Assert.False(Json(await staff.GetStringAsync($"{Api}/2027")).GetProperty("exists").GetBoolean());
        await Ok(await staff.PostAsJsonAsync(Api, new { year = 2027 }), HttpStatusCode.Created);
        Assert.Contains("已经建立", await Refused(await staff.PostAsJsonAsync(Api, new { year = 2027 }), HttpStatusCode.Conflict));
        Assert.Contains("还没有议题", await Refused(await leader.PostAsJsonAsync($"{Api}/2027/actions/review", new { }), HttpStatusCode.BadRequest));

        // A topic without a lead leader, or led by a member who is not a chair or vice-chair, or due in another year: refused, nothing added.
        Assert.Contains("牵头领导", await Refused(await staff.PostAsJsonAsync($"{Api}/2027/topics", Topic("社区居家养老服务", null, committee)), HttpStatusCode.BadRequest));
        Assert.Contains("牵头领导", await Refused(await staff.PostAsJsonAsync($"{Api}/2027/topics", Topic("社区居家养老服务", plain, committee)), HttpStatusCode.BadRequest));
        Assert.Contains("2027年内", await Refused(await staff.PostAsJsonAsync($"{Api}/2027/topics", Topic("社区居家养老服务", chair, committee, "2028-01-15")),
            HttpStatusCode.BadRequest));
        Assert.Empty(Json(await staff.GetStringAsync($"{Api}/2027")).GetProperty("topics").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"{Api}/2027/topics", Topic("社区居家养老服务", chair, committee))).StatusCode);
        var topic = (await Ok(await staff.PostAsJsonAsync($"{Api}/2027/topics", Topic("社区居家养老服务", chair, committee)), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Two editors of one topic: the second is told, and the first's change stands.
        var version = Json(await staff.GetStringAsync($"{Api}/topics/{topic}")).GetProperty("topic").GetProperty("version").GetInt32();
        await Ok(await staff.PutAsJsonAsync($"{Api}/topics/{topic}", new { title = "推进社区居家养老服务", around = "LIVELIHOOD", format = "STANDING_DELIBERATION",
            leadLeaderId = chair, leadCommitteeId = committee, deadline = "2027-06-30", version }));
        Assert.Contains("他人修改", await Refused(await staff.PutAsJsonAsync($"{Api}/topics/{topic}", new { title = "另一个名称的议题", around = "LIVELIHOOD",
            format = "STANDING_DELIBERATION", leadLeaderId = chair, leadCommitteeId = committee, deadline = "2027-06-30", version }), HttpStatusCode.Conflict));

        // A topic that already has a result cannot leave the plan (the result would lose it).
        await Ok(await staff.PostAsJsonAsync("/api/v1/results", new
        {
            year = 2027, kind = "RESEARCH_REPORT", title = "社区居家养老服务调研报告", body = "调研组走访了 12 个社区，梳理了居家养老服务的短板和群众需求，提出了改进建议。", topicId = topic,
        }), HttpStatusCode.Created);
        version = Json(await staff.GetStringAsync($"{Api}/topics/{topic}")).GetProperty("topic").GetProperty("version").GetInt32();
        Assert.Contains("不能移出", await Refused(await staff.DeleteAsync($"{Api}/topics/{topic}?version={version}"), HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"{Api}/2027/actions/review", new { })).StatusCode); // the chairs' council reviews
        Assert.Equal("COUNCIL_REVIEWED", State(await Ok(await leader.PostAsJsonAsync($"{Api}/2027/actions/review", new { }))));
        Assert.Contains("只有计划草案", await Refused(await staff.PostAsJsonAsync($"{Api}/2027/topics", Topic("另一个养老议题", chair, committee)), HttpStatusCode.Conflict));
        Assert.Contains("审定机关", await Refused(await leader.PostAsJsonAsync($"{Api}/2027/actions/approve", new { approvedOn = "2026-11-20" }), HttpStatusCode.BadRequest));
        var approved = await Ok(await leader.PostAsJsonAsync($"{Api}/2027/actions/approve", new { approvedBy = "中共淮安市淮阴区委常委会", approvedOn = "2026-11-24" }));
        Assert.Equal("APPROVED", State(approved));
        Assert.Equal(("推进社区居家养老服务", "区政协主席", "APPROVED"), (approved.GetProperty("topics")[0].GetProperty("title").GetString(),
            approved.GetProperty("topics")[0].GetProperty("leadLeader").GetString(), approved.GetProperty("topics")[0].GetProperty("state").GetString()));

        // Approving twice is refused and changes nothing.
        Assert.Contains("不能执行", await Refused(await leader.PostAsJsonAsync($"{Api}/2027/actions/approve", new { approvedBy = "区委", approvedOn = "2026-11-25" }),
            HttpStatusCode.Conflict));
        Assert.Equal(("中共淮安市淮阴区委常委会", "2026-11-24"), (Json(await staff.GetStringAsync($"{Api}/2027")).GetProperty("approvedBy").GetString(),
            Json(await staff.GetStringAsync($"{Api}/2027")).GetProperty("approvedOn").GetString()));
        Assert.Contains("文号", await Refused(await staff.PostAsJsonAsync($"{Api}/2027/actions/issue", new { }), HttpStatusCode.BadRequest));
        Assert.Equal("ISSUED", State(await Ok(await staff.PostAsJsonAsync($"{Api}/2027/actions/issue", new { documentNo = "淮阴政协发〔2026〕30号" }))));
    }

    [Fact]
    public async Task ATopic_IsConsultedOnTheMeetingRules_AndFollowedThroughItsInstructionToClosing()
    {
        var (staff, leader) = (await app.ApiAs("staff"), await app.ApiAs("leader"));
        var (_, viceChair, _, committee) = await ChoicesAsync(staff);
        await Ok(await staff.PostAsJsonAsync(Api, new { year = 2027 }), HttpStatusCode.Created);
        var id = (await Ok(await staff.PostAsJsonAsync($"{Api}/2027/topics", Topic("推进社区居家养老服务", viceChair, committee)), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await Ok(await leader.PostAsJsonAsync($"{Api}/2027/actions/review", new { }));
        await Ok(await leader.PostAsJsonAsync($"{Api}/2027/actions/approve", new { approvedBy = "中共淮安市淮阴区委常委会", approvedOn = "2026-11-24" }));
        Task<HttpResponseMessage> Act(HttpClient c, string action, object? body = null) => c.PostAsJsonAsync($"{Api}/topics/{id}/actions/{action}", body ?? new { });
        JsonElement Workflow(JsonElement view) => view.GetProperty("workflow");

        await Ok(await Act(staff, "start_research"));
        await Ok(await Act(staff, "report_ready"));
        // Participants are told 15 working days before: from Wednesday 25 November 2026 the earliest day is 16 December.
        Assert.Contains("最早可定于 2026年12月16日", await Refused(await Act(staff, "schedule", new { meetingOn = "2026-12-10" }), HttpStatusCode.BadRequest));
        var scheduled = await Ok(await Act(staff, "schedule", new { meetingOn = "2027-01-20" }));
        Assert.Equal("MEETING_SCHEDULED", Workflow(scheduled).GetProperty("state").GetString());
        // The materials are due 10 working days before the meeting.
        Assert.Equal("2027-01-06", DueDay(scheduled));
        Assert.Contains("尚未召开", await Refused(await Act(staff, "hold"), HttpStatusCode.Conflict));

        app.Clock.Advance(TimeSpan.FromDays(56)); // 2027-01-20
        (staff, leader) = (await app.ApiAs("staff"), await app.ApiAs("leader"));
        var held = await Ok(await Act(staff, "hold"));
        Assert.Equal("2027-01-29", DueDay(held)); // the minutes go up within 7 working days
        Assert.Equal("2027-01-29", DueDay(await Ok(await Act(staff, "form_outputs"))));
        var instruction = new
        {
            targetType = "topic", targetId = id, level = "DISTRICT", leaderName = "区委书记", instructedOn = "2027-01-20",
            text = "请区民政局认真研究吸纳。", department = "区民政局",
        };
        Assert.Contains("报送党委政府后", await Refused(await staff.PostAsJsonAsync("/api/v1/instructions", instruction), HttpStatusCode.Conflict));
        await Ok(await Act(staff, "send"));
        var recorded = (await Ok(await staff.PostAsJsonAsync("/api/v1/instructions", instruction), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var instructed = Json(await staff.GetStringAsync($"{Api}/topics/{id}"));
        Assert.Equal("INSTRUCTED", Workflow(instructed).GetProperty("state").GetString());
        Assert.Equal("区民政局", instructed.GetProperty("instructions")[0].GetProperty("department").GetString());

        Assert.Contains("书面反馈", await Refused(await Act(staff, "feedback"), HttpStatusCode.BadRequest));
        Assert.Equal("IMPLEMENTING", Workflow(await Ok(await Act(staff, "feedback", new { note = "区民政局已制定三年行动方案。" }))).GetProperty("state").GetString());
        async Task<JsonElement> TaskRow() => Json(await staff.GetStringAsync("/api/v1/worklist/2027")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("title").GetString() == "推进社区居家养老服务");
        var task = await TaskRow(); // on the list since the plan's decision
        Assert.Equal(("OPEN", "2027-06-30", viceChair), (Workflow(task).GetProperty("state").GetString(), task.GetProperty("deadline").GetString(),
            task.GetProperty("leadLeaderId").GetGuid()));
        Assert.Equal("CLOSED", Workflow(await Ok(await Act(staff, "close", new { note = "新建社区居家养老服务中心 6 家，议题办结。" }))).GetProperty("state").GetString());
        task = await TaskRow();
        Assert.Equal(("DONE", "新建社区居家养老服务中心 6 家，议题办结。"), (Workflow(task).GetProperty("state").GetString(), task.GetProperty("outcome").GetString()));

        // The instruction is followed in the ledger; feedback on it once closed is refused.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/instructions/{recorded}/actions/feedback", new { note = "已落实。" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/instructions/{recorded}/actions/close", new { })).StatusCode);
        Assert.Contains("不能执行", await Refused(await staff.PostAsJsonAsync($"/api/v1/instructions/{recorded}/actions/feedback", new { note = "补充。" }),
            HttpStatusCode.Conflict));
    }

    static string DueDay(JsonElement view)
    {
        var due = DateTime.Parse(view.GetProperty("workflow").GetProperty("dueAt").GetString()!, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        return DateOnly.FromDateTime(due.AddHours(8)).ToString("yyyy-MM-dd");
    }
}
