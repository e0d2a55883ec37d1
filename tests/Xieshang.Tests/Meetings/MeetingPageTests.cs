using System.Net;
using System.Net.Http.Json;
using Xieshang.Meetings;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Meetings.MeetingApi;

namespace Xieshang.Tests.Meetings;

/// <summary>The pages: a member's phone list and scan page, the office's activity page, the venue screen, the calendar.</summary>
public sealed class MeetingPageTests(TestApp app)
{
    [Fact]
    public async Task MyActivities_ListsTheNotice_AndSigningUpIsOneTap()
    {
        var id = await PublishedAsync(app, "RESEARCH", "页面测试：物流产业调研", "2026-12-02 09:00", "2026-12-02 11:30", ["HY0017"]);
        var member = await app.PagesAs("member17");
        var page = await member.GetPageAsync("/me/activities");
        Assert.Contains("页面测试：物流产业调研", page.QuerySelector("#up-title")!.ParentElement!.TextContent);
        var response = await TestApp.PostFormAsync(member, "/me/activities", $"join-{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("SIGNED_UP", (await SheetAsync(await app.ApiAs("staff"), id))["HY0017"].GetProperty("state").GetString());
    }

    [Fact]
    public async Task HomePage_ShowsAMember_TodaysMeeting_WithHowToCheckIn()
    {
        // The demo's committee meeting of today has member01…member20 on its list.
        var page = await (await app.PagesAs("member02")).GetPageAsync("/");
        var today = page.QuerySelector(".today")!.TextContent;
        Assert.Contains("今天：经济委员会季度例会", today);
        Assert.Contains("扫码签到", today);
    }

    [Fact]
    public async Task AskingLeave_OnThePhone_TakesAReason()
    {
        var id = await PublishedAsync(app, "COMMITTEE_MEETING", "页面测试：专委会会议", "2026-12-04 09:00", "2026-12-04 11:30", ["HY0018"]);
        var member = await app.PagesAs("member18");
        var page = await member.GetPageAsync($"/me/activities/{id}");
        Assert.NotNull(page.QuerySelector("textarea#leave-reason"));
        var response = await TestApp.PostFormAsync(member, $"/me/activities/{id}", "ask_leave", new() { ["LeaveReason"] = "参加市里培训" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = (await SheetAsync(await app.ApiAs("staff"), id))["HY0018"];
        Assert.Equal("LEAVE_REQUESTED", row.GetProperty("state").GetString());
        Assert.Equal("参加市里培训", row.GetProperty("leaveReason").GetString());
    }

    [Fact]
    public async Task ScanPage_ConfirmsWithATicket_AndExplainsAStaleCode()
    {
        var id = await PublishedAsync(app, "LECTURE", "页面测试：扫码", Today(10), Today(12), ["HY0019"], attendance: "MANDATORY");
        var staff = await app.ApiAs("staff");
        var member = await app.PagesAs("member19");
        var code = await CodeAsync(staff, id);
        var scan = await member.GetPageAsync($"/checkin/{id}?c={code}");
        Assert.Equal("页面测试：扫码", scan.QuerySelector("h1")!.TextContent);
        var ticket = scan.QuerySelector("input[name=Ticket]")!.GetAttribute("value")!;
        // The ticket is this member's: someone else who is handed it (or its link) cannot check in with it.
        var other = await app.PagesAs("member15"); // not member20: another test turns on its two-factor sign-in
        await other.GetStringAsync($"/checkin/{id}?c={code}");
        var borrowed = await TestApp.PostFormAsync(other, $"/checkin/{id}?c={code}", "checkin", new() { ["Ticket"] = ticket });
        Assert.Contains("签到凭据无效", await borrowed.Content.ReadAsStringAsync());
        var confirm = await TestApp.PostFormAsync(member, $"/checkin/{id}?c={code}", "checkin", new() { ["Ticket"] = ticket });
        Assert.Contains("签到成功", await confirm.Content.ReadAsStringAsync());
        Assert.Equal("CHECKED_IN", (await SheetAsync(staff, id))["HY0019"].GetProperty("state").GetString());

        var activity = await LoadAsync(app, id);
        var stale = CheckInCodes.Code(activity, CheckInCodes.Window(app.Clock.GetUtcNow()) - 4);
        var refused = await member.GetPageAsync($"/checkin/{id}?c={stale}");
        Assert.Contains("已过期", refused.QuerySelector("[role=alert]")!.TextContent);
        // Someone else's ticket does not work for this member.
        var forged = await TestApp.PostFormAsync(member, $"/checkin/{id}?c={code}", "checkin", new() { ["Ticket"] = "1.abc" });
        Assert.Contains("签到凭据无效", await forged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaffPages_CreateInviteAndCheckInByHand()
    {
        var staff = await app.PagesAs("staff");
        var created = await TestApp.PostFormAsync(staff, "/activities/new", "activity", new()
        {
            ["Input.Type"] = "APPRAISAL", ["Input.Title"] = "页面测试：县域普通高中评议", ["Input.StartsAt"] = "2026-11-25T09:30", ["Input.EndsAt"] = "2026-11-25T11:30",
            ["Input.Place"] = "淮阴中学", ["Input.Attendance"] = "", ["Input.OrganizerCommitteeId"] = "", ["Input.CampaignId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = new Uri(new Uri("http://localhost"), created.Headers.Location!).AbsolutePath;
        var invited = await TestApp.PostFormAsync(staff, url, "invite", new() { ["InviteGroup"] = "", ["InviteNumbers"] = "HY0020、hy0021 HY0022" });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var bad = await TestApp.PostFormAsync(staff, url, "invite", new() { ["InviteGroup"] = "", ["InviteNumbers"] = "HY9999" });
        Assert.Contains("HY9999", await bad.Content.ReadAsStringAsync());

        var page = await staff.GetPageAsync(url);
        Assert.Equal(3, page.QuerySelectorAll("table tbody tr").Length);
        await TestApp.PostFormAsync(staff, url, "flow-submit", []);
        await PostJson(await app.ApiAs("leader"), $"/api/v1{url}/actions/approve");
        page = await staff.GetPageAsync(url);
        var desk = page.QuerySelectorAll("form").First(f => f.GetAttribute("name")?.StartsWith("desk_check_in-") == true || f.TextContent.Contains("补签到"));
        var handler = desk.QuerySelector("input[name=_handler]")?.GetAttribute("value") ?? desk.GetAttribute("name")!;
        var done = await TestApp.PostFormAsync(staff, url, handler, []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var counts = await GetJson(await app.ApiAs("staff"), $"/api/v1{url}/attendance");
        Assert.Equal(1, counts.GetProperty("byState").GetProperty("CHECKED_IN").GetInt32());

        var screen = await staff.GetPageAsync($"{url}/screen");
        Assert.NotNull(screen.QuerySelector(".screen-qr svg"));
        Assert.Contains("已签到 1 人", screen.QuerySelector(".screen-count")!.TextContent);
    }

    [Fact]
    public async Task CalendarFeed_ListsTheMembersActivities_AndTheSubscriptionNeedsAValidToken()
    {
        var id = await PublishedAsync(app, "TRAINING", "页面测试：新委员培训班,周恩来干部学院", "2026-12-20 09:00", "2026-12-22 17:00", ["HY0011"]);
        var member = await app.ApiAs("member11");
        var feed = await member.GetStringAsync("/api/v1/activities/calendar.ics");
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", feed);
        Assert.Contains($"UID:{id:N}@xieshang", feed);
        Assert.Contains("DTSTART:20261220T010000Z", feed);
        Assert.Contains("\\,", feed.Replace("\r\n ", "")); // the comma in the title is escaped
        Assert.All(feed.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        var subscription = (await GetJson(member, "/api/v1/activities/calendar/subscription")).GetProperty("url").GetString()!;
        var anonymous = app.Anonymous();
        var path = new Uri(subscription).PathAndQuery;
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"UID:{id:N}@xieshang", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/public/calendar/CfDJ8forged")).StatusCode);
    }
}
