using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Meetings.MeetingApi;

namespace Xieshang.Tests.Meetings;

/// <summary>Invitations by group, and the notice on approval. An app of its own: these notify many members.</summary>
public sealed class InvitationTests : OwnAppTests
{
    async Task<T> Query<T>(Func<XieshangDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<XieshangDb>());
    }

    [Fact]
    public async Task Groups_PutTheirActiveMembersOnTheList_Once_AndApprovalNotifiesThoseWithALogin()
    {
        var staff = await app.ApiAs("staff");
        var id = await CreateAsync(staff, "PLENARY", "邀请测试：全体会议", "2026-12-28 09:00", "2026-12-28 17:00");
        var all = await PostJson(staff, $"/api/v1/activities/{id}/invitations", new { audience = "ALL_MEMBERS" });
        Assert.Equal(250, all.GetProperty("added").GetInt32());
        var again = await PostJson(staff, $"/api/v1/activities/{id}/invitations", new { audience = "STANDING_MEMBERS" });
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.True(again.GetProperty("alreadyListed").GetInt32() > 30);

        await PostJson(staff, $"/api/v1/activities/{id}/actions/submit");
        await PostJson(await app.ApiAs("leader"), $"/api/v1/activities/{id}/actions/approve");
        // The twenty demo members, the chair and a vice-chair (vice01) have logins: each has the notice in the inbox.
        var notified = await Query(db => db.Set<Notification>().IgnoreQueryFilters().CountAsync(n => n.Title == "全体会议通知：邀请测试：全体会议"));
        Assert.Equal(22, notified);
    }

    [Fact]
    public async Task ASector_ADutyGroup_AndAPartyBranch_AreTheirMembers()
    {
        var staff = await app.ApiAs("staff");
        var sector = await Query(db => db.Set<Sector>().IgnoreQueryFilters().OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        var inSector = await Query(db => db.Set<Membership>().IgnoreQueryFilters().CountAsync(m => m.SectorId == sector && m.Status == MembershipStatus.Active));
        var id = await CreateAsync(staff, "HALL_STUDIO", "邀请测试：界别活动", "2026-12-28 09:00", "2026-12-28 11:00");
        Assert.Equal(inSector, (await PostJson(staff, $"/api/v1/activities/{id}/invitations", new { audience = "SECTOR", targetId = sector })).GetProperty("added").GetInt32());

        var branch = await Query(db => db.Set<PartyBranch>().IgnoreQueryFilters().Where(b => b.HostKind == BranchHost.WorkGroup).FirstAsync());
        var expected = await Query(db => (
            from m in db.Set<Membership>().IgnoreQueryFilters()
            join g in db.Set<DutyGroup>().IgnoreQueryFilters() on m.DutyGroupId equals g.Id
            join p in db.Set<Person>().IgnoreQueryFilters() on m.PersonId equals p.Id
            where g.WorkGroupId == branch.HostId && p.Party == "中共党员" && m.Status == MembershipStatus.Active
            select m.Id).CountAsync());
        Assert.True(expected > 0);
        var party = await CreateAsync(staff, "PARTY_BRANCH", "邀请测试：主题党日", "2026-12-29 09:00", "2026-12-29 11:00");
        Assert.Equal(expected, (await PostJson(staff, $"/api/v1/activities/{party}/invitations", new { audience = "PARTY_BRANCH", targetId = branch.Id })).GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task BadAudiences_AreRefusedInChinese_AndListNobody()
    {
        var staff = await app.ApiAs("staff");
        var id = await CreateAsync(staff, "RESEARCH", "邀请测试：错误范围", "2026-12-28 09:00", "2026-12-28 11:00");
        Assert.Contains("邀请范围", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/invitations", new { audience = "EVERYONE" }), 400));
        Assert.Contains("请选择界别", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/invitations", new { audience = "SECTOR" }), 400));
        Assert.Contains("不存在", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/invitations", new { audience = "DUTY_GROUP", targetId = Guid.NewGuid() }), 400));
        // A seat that is not this committee's (another committee's look the same from here: not found).
        var seat = await SeatAsync(app, "HY0001");
        Assert.Contains("不在本政协", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/invitations",
            new { audience = "MEMBERS", membershipIds = new[] { seat, Guid.NewGuid() } }), 400));
        Assert.Equal(0, (await GetJson(staff, $"/api/v1/activities/{id}/attendance")).GetProperty("listed").GetInt32());
    }
}
