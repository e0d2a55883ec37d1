using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>A user of one committee reads nothing of another, whatever route they take.</summary>
public sealed class TenancyTests(TestApp app)
{
    [Fact]
    public async Task RoleList_InQingjiangpu_ShowsNoHuaiyinAccounts()
    {
        var admin = await app.ApiAs("admin");
        admin.DefaultRequestHeaders.Add(RequestContextMiddleware.CommitteeHeader, (await app.CommitteeId("清江浦区政协")).ToString());
        var json = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/platform/roles")).RootElement;
        var names = json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("userName").GetString()).ToList();
        Assert.Contains("qjp-staff", names);
        Assert.DoesNotContain("member01", names);
        Assert.DoesNotContain("staff", names);
    }

    [Fact]
    public async Task ForgedCommitteeHeader_ForACommitteeTheUserIsNotIn_IsIgnored()
    {
        var client = await app.ApiAs("qjp-staff");
        client.DefaultRequestHeaders.Add(RequestContextMiddleware.CommitteeHeader, (await app.CommitteeId("淮阴区政协")).ToString());
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me")).RootElement;
        Assert.Equal("清江浦区政协", me.GetProperty("committeeName").GetString());
    }

    [Fact]
    public async Task AuditLog_OfOneCommittee_IsInvisibleFromTheOther()
    {
        await using (var huaiyin = await app.ScopeAs("admin", "淮阴区政协"))
        {
            var entries = await huaiyin.ServiceProvider.GetRequiredService<SearchAudit>().HandleAsync(new AuditQuery(Q: "载入演示数据"));
            Assert.NotEmpty(entries.Rows);
            var huaiyinId = await app.CommitteeId("淮阴区政协");
            var db = huaiyin.ServiceProvider.GetRequiredService<XieshangDb>();
            Assert.All(await db.Set<AuditEntry>().Select(a => a.CommitteeId).Distinct().ToListAsync(), id => Assert.Equal(huaiyinId, id));
        }
        var qjpId = await app.CommitteeId("清江浦区政协");
        await using var qjp = await app.ScopeAs("qjp-staff");
        var qdb = qjp.ServiceProvider.GetRequiredService<XieshangDb>();
        Assert.All(await qdb.Set<AuditEntry>().Select(a => a.CommitteeId).Distinct().ToListAsync(), id => Assert.Equal(qjpId, id));
    }

    [Fact]
    public async Task PooledContexts_ReboundPerRequest_SeeOnlyTheirOwnCommittee()
    {
        var huaiyinId = await app.CommitteeId("淮阴区政协");
        var qjpId = await app.CommitteeId("清江浦区政协");
        // Alternate many short scopes so that pooled instances are reused across committees.
        for (var i = 0; i < 20; i++)
        {
            var (user, expected) = i % 2 == 0 ? ("staff", huaiyinId) : ("qjp-staff", qjpId);
            await using var scope = await app.ScopeAs(user);
            var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
            var owners = await db.Set<CommitteeRole>().Select(r => r.CommitteeId).Distinct().ToListAsync();
            Assert.Equal([expected], owners);
        }
        await using var anonymous = app.Services.CreateAsyncScope();
        Assert.Equal(0, await anonymous.ServiceProvider.GetRequiredService<XieshangDb>().Set<CommitteeRole>().CountAsync());
    }

    [Fact]
    public async Task Writing_ARecordIntoAnotherCommittee_IsRefused()
    {
        var huaiyinId = await app.CommitteeId("淮阴区政协");
        await using var scope = await app.ScopeAs("qjp-staff");
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var grant = new CommitteeRole { CommitteeId = huaiyinId, UserId = scope.ServiceProvider.GetRequiredService<RequestContext>().UserId!.Value, Role = Role.Leader };
        db.Add(grant);
        db.Audit("test", "测试", grant);
        await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task RecordHistoryPage_OfAnotherCommitteesRecord_ShowsNothing()
    {
        string recordId;
        await using (var huaiyin = await app.ScopeAs("admin", "淮阴区政协"))
        {
            var db = huaiyin.ServiceProvider.GetRequiredService<XieshangDb>();
            recordId = await db.Set<AuditEntry>().Where(a => a.Action == "demo.seed").Select(a => a.RecordId).FirstAsync();
        }
        var admin = await app.PagesAs("admin");
        admin.DefaultRequestHeaders.Add(RequestContextMiddleware.CommitteeHeader, (await app.CommitteeId("清江浦区政协")).ToString());
        var page = await admin.GetPageAsync($"/admin/audit/Committee/{recordId}");
        Assert.Contains("暂无记录", page.QuerySelector(".timeline")!.TextContent);
    }
}

/// <summary>Compiled queries run on pooled contexts: each execution must filter by the committee of its own request.</summary>
public sealed class CompiledQueryTenancyTests(TestApp app)
{
    [Fact]
    public async Task CompiledQueries_AlternatingCommittees_SeeOnlyTheirOwn()
    {
        var caches = app.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>();
        for (var i = 0; i < 6; i++)
        {
            var (user, members) = i % 2 == 0 ? ("qjp-staff", 3) : ("staff", 20);
            await using var scope = await app.ScopeAs(user);
            var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
            caches.Remove(("overview", db.CurrentCommitteeId)); // measure the query, not the cache
            var counts = await scope.ServiceProvider.GetRequiredService<Xieshang.Platform.CommitteeOverview>().HandleAsync();
            Assert.Equal(members, counts.Members);
        }
    }

    [Fact]
    public async Task CeilingPage_AlternatingCommittees_ShowsEachItsOwnCalendar()
    {
        await using (var scope = await app.ScopeAs("qjp-staff"))
        {
            var uc = scope.ServiceProvider.GetRequiredService<Xieshang.Platform.Calendar.HolidayUseCases>();
            Assert.True((await uc.SaveAsync(new(new DateOnly(2025, 12, 31), Xieshang.Platform.Calendar.HolidayKind.DayOff, "清江浦测试日"))).Ok);
        }
        var qjp = await app.PagesAs("qjp-staff");
        var huaiyin = await app.PagesAs("staff");
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("清江浦测试日", await qjp.GetStringAsync("/bench/ceiling"));
            Assert.DoesNotContain("清江浦测试日", await huaiyin.GetStringAsync("/bench/ceiling"));
        }
    }
}
