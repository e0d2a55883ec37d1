using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Proposals;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Proposals.ProposalApi;

namespace Xieshang.Tests.Proposals;

/// <summary>
/// The office's list and a unit's queue are kept between requests (ADR 0006); every saved change to a proposal, its
/// assignments or replies — and to units and their logins — forgets them, after the commit and only after it.
/// </summary>
public sealed class KeptViewTests : OwnAppTests
{
    [Fact]
    public async Task ASavedChange_IsAnnouncedAfterItsCommit_AndARollback_AnnouncesNothing()
    {
        await using var scope = await app.ScopeAs("staff");
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var changes = scope.ServiceProvider.GetRequiredService<CommitteeChanges>();
        var committee = scope.ServiceProvider.GetRequiredService<RequestContext>().CommitteeId!.Value;
        var proposal = await db.Set<Proposal>().FirstAsync(p => p.SerialNo != null, TestContext.Current.CancellationToken);
        var token = changes.Token(ProposalsModule.Changes, committee);

        await using (var tx = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            proposal.KeyNote = "回滚的修改";
            db.Audit("test.key_note", "测试", proposal);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            Assert.False(token.IsCancellationRequested); // not before the commit
            await tx.RollbackAsync(TestContext.Current.CancellationToken);
        }
        Assert.False(token.IsCancellationRequested);

        db.ChangeTracker.Clear();
        proposal = await db.Set<Proposal>().SingleAsync(p => p.Id == proposal.Id, TestContext.Current.CancellationToken);
        await using (var tx = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            proposal.KeyNote = "提交的修改";
            db.Audit("test.key_note", "测试", proposal);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            Assert.False(token.IsCancellationRequested);
            await tx.CommitAsync(TestContext.Current.CancellationToken);
        }
        Assert.True(token.IsCancellationRequested);

        // A plain save announces at once; the topic of another module is left alone.
        var next = changes.Token(ProposalsModule.Changes, committee);
        var meetings = changes.Token(Xieshang.Meetings.MeetingsModule.Changes, committee);
        proposal.KeyNote = "再次修改";
        db.Audit("test.key_note", "测试", proposal);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.True(next.IsCancellationRequested);
        Assert.False(meetings.IsCancellationRequested);
    }

    [Fact]
    public async Task TheOfficesList_AndAUnitsQueue_ShowEveryChangeAtOnce()
    {
        var (member, staff, unit) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("unit01"));
        var year = app.Clock.GetUtcNow().Year;
        async Task<int> Total(string query = "") => Json(await staff.GetStringAsync($"{Api}?year={year}{query}")).GetProperty("total").GetInt32();
        var (all, underReview) = (await Total(), await Total("&state=UNDER_REVIEW"));
        var queue = Json(await unit.GetStringAsync($"{Api}/unit")).GetProperty("total").GetInt32();

        var id = (await Ok(await member.PostAsJsonAsync(Api, new
        {
            title = "关于规范城区共享单车停放的建议", situation = "主城区共享单车乱停乱放，占用盲道和消防通道。",
            analysis = "投放总量缺少控制，停放区域划定不足，企业运维责任落实不到位。", suggestions = "一是核定投放总量；二是施划停放区；三是建立企业考核机制。",
        }, TestContext.Current.CancellationToken))).GetProperty("id").GetGuid();
        Assert.Equal(all, await Total()); // a draft is not the office's yet
        await Ok(await Act(member, id, "submit"));
        Assert.Equal(all + 1, await Total());
        await Ok(await Act(staff, id, "start_review"));
        Assert.Equal(underReview + 1, await Total("&state=UNDER_REVIEW"));
        await Ok(await Act(staff, id, "file"));
        Assert.Equal(underReview, await Total("&state=UNDER_REVIEW"));

        var units = Json(await staff.GetStringAsync("/api/v1/organization/units?handlingUnits=true")).EnumerateArray().ToList();
        var civil = units.Single(u => u.GetProperty("name").GetString() == "区民政局");
        await Ok(await Act(staff, id, "assign", new { mode = "SINGLE", leadId = civil.GetProperty("id").GetGuid() }));
        var rows = Json(await unit.GetStringAsync($"{Api}/unit"));
        Assert.Equal(queue + 1, rows.GetProperty("total").GetInt32());

        // Renaming the unit shows in its queue at once.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/organization/units/{civil.GetProperty("id").GetGuid()}", new
        {
            name = "区民政局（更名）", kind = civil.GetProperty("kind").GetString(), level = civil.GetProperty("level").GetString(),
            parentId = civil.TryGetProperty("parentId", out var parent) && parent.ValueKind != System.Text.Json.JsonValueKind.Null ? parent.GetGuid() : (Guid?)null,
            isHandlingUnit = true, version = civil.GetProperty("version").GetInt32(),
        }, TestContext.Current.CancellationToken)).StatusCode);
        var row = Json(await unit.GetStringAsync($"{Api}/unit")).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("区民政局（更名）", row.GetProperty("unit").GetString());

        // Unlinked from the unit, the clerk's queue is empty at once.
        var clerk = Json(await staff.GetStringAsync($"/api/v1/organization/units/{civil.GetProperty("id").GetGuid()}/users")).EnumerateArray()
            .Single(u => u.GetProperty("userName").GetString() == "unit01").GetProperty("userId").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/organization/units/{civil.GetProperty("id").GetGuid()}/users/{clerk}",
            TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(0, Json(await unit.GetStringAsync($"{Api}/unit")).GetProperty("total").GetInt32());
    }
}
