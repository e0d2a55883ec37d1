using System.Net.Http.Json;
using Xieshang.Meetings;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Meetings.MeetingApi;

namespace Xieshang.Tests.Meetings;

/// <summary>
/// The venue screen's rotating code. The test clock is 10:00 in Beijing; the meetings here run 10:00–12:00 with
/// check-in from 09:30, so the window is open unless a test says otherwise.
/// </summary>
public sealed class CheckInTests(TestApp app)
{
    [Fact]
    public async Task AMemberOnTheList_ChecksInWithTheScreensCode_OnceOnly()
    {
        var id = await PublishedAsync(app, "COMMITTEE_MEETING", "签到测试：例会", Today(10), Today(12), ["HY0005"]);
        var staff = await app.ApiAs("staff");
        var member = await app.ApiAs("member05");
        var done = await PostJson(member, $"/api/v1/activities/{id}/check-in", new { code = await CodeAsync(staff, id) });
        Assert.Equal("CHECKED_IN", done.GetProperty("state").GetString());
        Assert.False(done.GetProperty("walkIn").GetBoolean());
        var again = await member.PostAsJsonAsync($"/api/v1/activities/{id}/check-in", new { code = await CodeAsync(staff, id) });
        Assert.Contains("无需重复签到", await Refused(again, 409));
        var row = (await SheetAsync(staff, id))["HY0005"];
        Assert.Equal("扫码", row.GetProperty("checkInMethod").GetString());
        var counts = await GetJson(staff, $"/api/v1/activities/{id}/attendance");
        Assert.Equal(1, counts.GetProperty("byState").GetProperty("CHECKED_IN").GetInt32());
        Assert.Equal(1, counts.GetProperty("present").GetInt32());
    }

    [Fact]
    public async Task ForgedExpiredAndOtherActivitiesCodes_AreRefused_AndAudited()
    {
        var id = await PublishedAsync(app, "COMMITTEE_MEETING", "签到测试：伪造", Today(10), Today(12), ["HY0007"]);
        var other = await PublishedAsync(app, "COMMITTEE_MEETING", "签到测试：另一会议", Today(10), Today(12), ["HY0007"]);
        var staff = await app.ApiAs("staff");
        var member = await app.ApiAs("member07");
        async Task<string> Try(string code, int status = 400) => await Refused(await member.PostAsJsonAsync($"/api/v1/activities/{id}/check-in", new { code }), status);

        var activity = await LoadAsync(app, id);
        var window = CheckInCodes.Window(app.Clock.GetUtcNow());
        // A minute and more old: a photo forwarded to someone elsewhere.
        Assert.Contains("已过期", await Try(CheckInCodes.Code(activity, window - 2), 409));
        Assert.Contains("无效", await Try(await CodeAsync(staff, other)));
        Assert.Contains("无效", await Try($"{window}.AAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Contains("无效", await Try("hello"));
        Assert.Contains("无效", await Try(CheckInCodes.Code(activity, window + 5))); // from the future: made, not shown
        // The code of the window before still works: a scan at the turn of the screen.
        var previous = await PostJson(member, $"/api/v1/activities/{id}/check-in", new { code = CheckInCodes.Code(activity, window - 1) });
        Assert.Equal("CHECKED_IN", previous.GetProperty("state").GetString());

        var audit = await GetJson(await app.ApiAs("admin"), $"/api/v1/platform/audit?recordId={id}");
        Assert.True(audit.GetProperty("rows").EnumerateArray().Count(e => e.GetProperty("actionLabel").GetString() == "签到被拒") >= 5);
    }

    [Fact]
    public async Task OutsideTheWindow_IsRefused()
    {
        var tomorrow = await PublishedAsync(app, "TRAINING", "签到测试：明天的培训", "2026-11-26 09:00", "2026-11-26 11:00", ["HY0008"]);
        var staff = await app.ApiAs("staff");
        var response = await (await app.ApiAs("member08")).PostAsJsonAsync($"/api/v1/activities/{tomorrow}/check-in", new { code = await CodeAsync(staff, tomorrow) });
        Assert.Contains("签到时间为 2026-11-26 08:30 至 2026-11-26 11:00", await Refused(response, 409));
    }

    [Fact]
    public async Task AMemberNotOnTheList_IsAWalkIn_AndStaffCheckInByHand_Audited()
    {
        var id = await PublishedAsync(app, "RESEARCH", "签到测试：调研", Today(10), Today(12), ["HY0009"]);
        var staff = await app.ApiAs("staff");
        var walkIn = await PostJson(await app.ApiAs("member10"), $"/api/v1/activities/{id}/check-in", new { code = await CodeAsync(staff, id) });
        Assert.Equal("WALK_IN", walkIn.GetProperty("state").GetString());
        Assert.True(walkIn.GetProperty("walkIn").GetBoolean());

        var seat = await SeatAsync(app, "HY0009");
        // A member cannot check in someone else: the desk is staff's.
        Assert.Equal(403, (int)(await (await app.ApiAs("member10")).PostAsync($"/api/v1/activities/{id}/participants/{seat}/check-in", null)).StatusCode);
        var desk = await PostJson(staff, $"/api/v1/activities/{id}/participants/{seat}/check-in");
        Assert.Equal("CHECKED_IN", desk.GetProperty("state").GetString());
        var sheet = await SheetAsync(staff, id);
        Assert.Equal("工作人员补签", sheet["HY0009"].GetProperty("checkInMethod").GetString());
        Assert.Equal("WALK_IN", sheet["HY0010"].GetProperty("state").GetString());
        // A walk-in recorded by mistake is taken off the list, not counted absent.
        var undone = await PostJson(staff, $"/api/v1/activities/participations/{sheet["HY0010"].GetProperty("id").GetGuid()}/actions/undo_check_in");
        Assert.Equal("CANCELLED", undone.GetProperty("state").GetString());
        var pid = sheet["HY0009"].GetProperty("id").GetGuid();
        var audit = await GetJson(await app.ApiAs("admin"), $"/api/v1/platform/audit?recordId={pid}");
        Assert.Contains(audit.GetProperty("rows").EnumerateArray(), e => e.GetProperty("actionLabel").GetString() == "补签到");
    }

    [Fact]
    public async Task ACancelledActivity_TakesNoCheckIn()
    {
        var id = await PublishedAsync(app, "HALL_STUDIO", "签到测试：取消的活动", Today(10), Today(12), ["HY0015"]);
        var staff = await app.ApiAs("staff");
        var code = await CodeAsync(staff, id);
        await PostJson(staff, $"/api/v1/activities/{id}/actions/cancel", new { note = "天气原因" });
        var response = await (await app.ApiAs("member15")).PostAsJsonAsync($"/api/v1/activities/{id}/check-in", new { code });
        Assert.Contains("不能签到", await Refused(response, 409));
    }
}
