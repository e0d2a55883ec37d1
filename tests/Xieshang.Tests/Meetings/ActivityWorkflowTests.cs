using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Meetings.MeetingApi;

namespace Xieshang.Tests.Meetings;

/// <summary>Notices through the activity workflow, invitations and replies. Each test makes its own activity.</summary>
public sealed class ActivityWorkflowTests(TestApp app)
{
    [Fact]
    public async Task Create_WithATypeCode_IsADraftWithItsActions()
    {
        var staff = await app.ApiAs("staff");
        var id = await CreateAsync(staff, "LECTURE", "委员讲堂：数字人民币", "2026-12-03 14:30", "2026-12-03T16:30");
        var view = await GetJson(staff, $"/api/v1/activities/{id}");
        Assert.Equal("LECTURE", view.GetProperty("type").GetString());
        Assert.Equal("委员讲堂", view.GetProperty("typeLabel").GetString());
        Assert.Equal("SIGN_UP", view.GetProperty("attendance").GetString()); // lectures are open by default
        Assert.Equal("DRAFT", view.GetProperty("workflow").GetProperty("state").GetString());
        // Times without an offset are Beijing time: 14:30 is 06:30 UTC; check-in opens half an hour before.
        Assert.Equal(new DateTime(2026, 12, 3, 6, 30, 0), view.GetProperty("startsAt").GetDateTime());
        Assert.Equal(new DateTime(2026, 12, 3, 6, 0, 0), view.GetProperty("checkInFrom").GetDateTime());
        var actions = view.GetProperty("workflow").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(["submit", "cancel"], actions);
    }

    [Theory]
    [InlineData("SPEECH_CONTEST", "讲座", "2026-12-03 09:00", "2026-12-03 10:00", "类型")]
    [InlineData("LECTURE", "", "2026-12-03 09:00", "2026-12-03 10:00", "名称")]
    [InlineData("LECTURE", "讲座", "2026-12-03 09:00", "2026-12-03 08:00", "结束时间须晚于开始时间")]
    [InlineData("LECTURE", "讲座", "下周一", "2026-12-03 08:00", "开始时间")]
    public async Task Create_WithBadInput_IsRefusedInChinese_AndCreatesNothing(string type, string title, string starts, string ends, string message)
    {
        var staff = await app.ApiAs("staff");
        var before = (await GetJson(staff, "/api/v1/activities?search=讲座")).GetProperty("total").GetInt32();
        var response = await staff.PostAsJsonAsync("/api/v1/activities", new { type, title, startsAt = starts, endsAt = ends, place = "会议室" });
        Assert.Contains(message, await Refused(response, 400));
        Assert.Equal(before, (await GetJson(staff, "/api/v1/activities?search=讲座")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Approve_NeedsALeader_AndSendsTheNoticeToTheList()
    {
        var staff = await app.ApiAs("staff");
        var id = await CreateAsync(staff, "COMMITTEE_MEETING", "经济委员会季度例会", "2026-12-08 09:00", "2026-12-08 11:00");
        await PostJson(staff, $"/api/v1/activities/{id}/invitations", new { audience = "MEMBERS", membershipIds = new[] { await SeatAsync(app, "HY0011") } });
        await PostJson(staff, $"/api/v1/activities/{id}/actions/submit");
        Assert.Contains("没有权限", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/actions/approve", new { }), 403));
        var member = await app.ApiAs("member11");
        var unread = (await GetJson(member, "/api/v1/inbox")).GetProperty("unread").GetInt32();
        var view = await PostJson(await app.ApiAs("leader"), $"/api/v1/activities/{id}/actions/approve");
        Assert.Equal("PUBLISHED", view.GetProperty("workflow").GetProperty("state").GetString());
        var inbox = await GetJson(member, "/api/v1/inbox");
        Assert.Equal(unread + 1, inbox.GetProperty("unread").GetInt32());
        Assert.Contains(inbox.GetProperty("rows").EnumerateArray(), n => n.GetProperty("title").GetString() == "专委会会议通知：经济委员会季度例会");
        // A state that does not allow the action: a clear conflict.
        Assert.Contains("不能执行", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/actions/close", new { }), 409));
    }

    [Fact]
    public async Task Leave_OnAPlenary_IsDecidedByTheChair_AtMostTwice_AndNotAfterTheStart()
    {
        var id = await PublishedAsync(app, "PLENARY", "十届政协第三次会议", "2026-12-10 09:00", "2026-12-11 17:00", ["HY0012"]);
        var member = await app.ApiAs("member12");
        var staff = await app.ApiAs("staff");
        var leader = await app.ApiAs("leader");
        Assert.Equal("主席", (await GetJson(member, $"/api/v1/activities/{id}")).GetProperty("leaveApprover").GetString());
        // Leave needs a reason; declining is not possible for a mandatory meeting.
        Assert.Contains("请假事由", await Refused(await member.PostAsJsonAsync($"/api/v1/activities/{id}/me/actions/ask_leave", new { }), 400));
        Assert.Contains("非应到会议", await Refused(await member.PostAsJsonAsync($"/api/v1/activities/{id}/me/actions/decline", new { }), 403));

        var first = await PostJson(member, $"/api/v1/activities/{id}/me/actions/ask_leave", new { note = "出差在外" });
        Assert.Equal("LEAVE_REQUESTED", first.GetProperty("state").GetString());
        var pid = first.GetProperty("id").GetGuid();
        // Office staff are not the approver of a plenary's leave; the chair is.
        Assert.Equal(403, (int)(await staff.PostAsJsonAsync($"/api/v1/activities/participations/{pid}/actions/deny_leave", new { })).StatusCode);
        var denied = await PostJson(leader, $"/api/v1/activities/participations/{pid}/actions/deny_leave", new { note = "全体会议原则上不准假" });
        Assert.Equal("LEAVE_DENIED", denied.GetProperty("state").GetString());

        var second = await PostJson(member, $"/api/v1/activities/{id}/me/actions/ask_leave", new { note = "家中有急事" });
        Assert.Equal(2, second.GetProperty("leaveRequests").GetInt32());
        await PostJson(leader, $"/api/v1/activities/participations/{pid}/actions/deny_leave");
        var third = await member.PostAsJsonAsync($"/api/v1/activities/{id}/me/actions/ask_leave", new { note = "再请一次" });
        Assert.Contains("最多请假 2 次", await Refused(third, 409));
        Assert.Equal("LEAVE_DENIED", (await SheetAsync(staff, id))["HY0012"].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Leave_OnACommitteesActivity_IsDecidedByItsDirector_NotByTheOffice()
    {
        // member04 (HY0004) directs a special committee in the demo roster.
        Guid committee;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Xieshang.Platform.Data.XieshangDb>();
            var seat = await SeatAsync(app, "HY0004");
            committee = await db.Set<Xieshang.Organization.SpecialCommitteeSeat>().IgnoreQueryFilters()
                .Where(s => s.MembershipId == seat && s.IsDirector).Select(s => s.SpecialCommitteeId).SingleAsync();
        }
        var staff = await app.ApiAs("staff");
        var created = await PostJson(staff, "/api/v1/activities", new
        {
            type = "COMMITTEE_MEETING", title = "专委会请假测试", startsAt = "2026-12-09 09:00", endsAt = "2026-12-09 11:00", place = "会议室",
            organizerCommitteeId = committee,
        });
        var id = created.GetProperty("id").GetGuid();
        await PostJson(staff, $"/api/v1/activities/{id}/invitations", new { audience = "MEMBERS", membershipIds = new[] { await SeatAsync(app, "HY0013") } });
        await PostJson(staff, $"/api/v1/activities/{id}/actions/submit");
        await PostJson(await app.ApiAs("leader"), $"/api/v1/activities/{id}/actions/approve");
        Assert.Equal("专委会主任", (await GetJson(staff, $"/api/v1/activities/{id}")).GetProperty("leaveApprover").GetString());

        var asked = await PostJson(await app.ApiAs("member13"), $"/api/v1/activities/{id}/me/actions/ask_leave", new { note = "外出学习" });
        var pid = asked.GetProperty("id").GetGuid();
        Assert.Equal(403, (int)(await staff.PostAsJsonAsync($"/api/v1/activities/participations/{pid}/actions/approve_leave", new { })).StatusCode);
        Assert.Equal(403, (int)(await (await app.ApiAs("member11")).PostAsJsonAsync($"/api/v1/activities/participations/{pid}/actions/approve_leave", new { })).StatusCode);
        var approved = await PostJson(await app.ApiAs("member04"), $"/api/v1/activities/participations/{pid}/actions/approve_leave");
        Assert.Equal("LEAVE_APPROVED", approved.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ChangingAPublishedNoticesPlace_TellsTheList_AndAStaleVersionIsAConflict()
    {
        var id = await PublishedAsync(app, "RESEARCH", "变更测试：盐化产业调研", "2026-12-17 09:00", "2026-12-17 11:00", ["HY0014"]);
        var staff = await app.ApiAs("staff");
        var version = (await GetJson(staff, $"/api/v1/activities/{id}")).GetProperty("workflow").GetProperty("version").GetInt32();
        var body = new { type = "RESEARCH", title = "变更测试：盐化产业调研", startsAt = "2026-12-17 14:00", endsAt = "2026-12-17 16:00", place = "淮阴盐化园区", version };
        Assert.Equal(204, (int)(await staff.PutAsJsonAsync($"/api/v1/activities/{id}", body)).StatusCode);
        Assert.Contains("已被他人修改", await Refused(await staff.PutAsJsonAsync($"/api/v1/activities/{id}", body), 409));
        var inbox = await GetJson(await app.ApiAs("member14"), "/api/v1/inbox");
        Assert.Contains(inbox.GetProperty("rows").EnumerateArray(), n => n.GetProperty("title").GetString() == "活动变更：变更测试：盐化产业调研"
            && n.GetProperty("body").GetString()!.Contains("淮阴盐化园区"));
    }

    [Fact]
    public async Task Leave_AfterTheStart_IsRefused()
    {
        // The test clock is 10:00 in Beijing: this meeting began at 09:00.
        var id = await PublishedAsync(app, "STANDING_COMMITTEE", "常委会议", Today(9), Today(12), ["HY0013"]);
        var response = await (await app.ApiAs("member13")).PostAsJsonAsync($"/api/v1/activities/{id}/me/actions/ask_leave", new { note = "临时有事" });
        Assert.Contains("活动已开始，不能再请假", await Refused(response, 409));
    }

    [Fact]
    public async Task OpenSignUp_LetsAMemberNotOnTheListJoin_AndDeclineLater()
    {
        var id = await PublishedAsync(app, "LECTURE", "委员讲堂：芯片产业", "2026-12-15 14:30", "2026-12-15 16:30", []);
        var member = await app.ApiAs("member14");
        var mine = await GetJson(member, "/api/v1/activities/mine");
        Assert.Contains(mine.GetProperty("open").EnumerateArray(), r => r.GetProperty("activityId").GetGuid() == id);
        var signed = await PostJson(member, $"/api/v1/activities/{id}/me/actions/sign_up");
        Assert.Equal("SIGNED_UP", signed.GetProperty("state").GetString());
        mine = await GetJson(member, "/api/v1/activities/mine");
        Assert.Contains(mine.GetProperty("upcoming").EnumerateArray(), r => r.GetProperty("activityId").GetGuid() == id && r.GetProperty("state").GetString() == "SIGNED_UP");
        // Leave is for mandatory meetings only; here one simply declines.
        Assert.Equal(403, (int)(await member.PostAsJsonAsync($"/api/v1/activities/{id}/me/actions/ask_leave", new { note = "有事" })).StatusCode);
        var declined = await PostJson(member, $"/api/v1/activities/{id}/me/actions/decline");
        Assert.Equal("DECLINED", declined.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AMember_SeesOnlyTheActivitiesTheyAreOn_AndCannotManage()
    {
        var id = await PublishedAsync(app, "INSPECTION", "主席会议视察教育综合改革", "2026-12-16 09:00", "2026-12-16 11:30", ["HY0011"]);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAs("member11")).GetAsync($"/api/v1/activities/{id}")).StatusCode);
        var other = await app.ApiAs("member13");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/activities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/activities/{id}/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/v1/activities", new { type = "LECTURE" })).StatusCode);
        // Another committee's staff do not see it at all.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAs("qjp-staff")).GetAsync($"/api/v1/activities/{id}")).StatusCode);
    }
}
