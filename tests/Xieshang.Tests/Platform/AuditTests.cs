using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class AuditTests(TestApp app)
{
    [Fact]
    public async Task SaveChanges_ChangingACommitteeRecordWithoutAudit_IsRefused()
    {
        await using var scope = await app.ScopeAs("admin");
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var user = await db.Users.SingleAsync(u => u.UserName == "member02");
        db.Add(new CommitteeRole { UserId = user.Id, Role = Role.InfoOfficer });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("audit", error.Message);
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedOrDeleted()
    {
        await using var scope = await app.ScopeAs("admin");
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var entry = await db.Set<AuditEntry>().FirstAsync();
        entry.Summary = "篡改";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Remove(await db.Set<AuditEntry>().FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task GrantRole_WritesAnAuditEntryWithActorAndSummary_InTheSameSave()
    {
        await using var scope = await app.ScopeAs("admin");
        var result = await scope.ServiceProvider.GetRequiredService<GrantRole>().HandleAsync(new GrantRoleRequest("member03", Role.InfoOfficer));
        Assert.True(result.Ok, result.Error?.Message);
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var entry = await db.Set<AuditEntry>().SingleAsync(a => a.RecordId == result.Value!.Id.ToString());
        Assert.Equal("platform.role.grant", entry.Action);
        Assert.Equal("系统管理员", entry.ActorName);
        Assert.Contains("信息员", entry.Summary);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, entry.At);
    }

    [Fact]
    public async Task GrantRole_Twice_IsRefusedWithAChineseMessageAndChangesNothing()
    {
        await using var scope = await app.ScopeAs("admin");
        var grant = scope.ServiceProvider.GetRequiredService<GrantRole>();
        Assert.True((await grant.HandleAsync(new GrantRoleRequest("member04", Role.InfoOfficer))).Ok);
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var before = await db.Set<AuditEntry>().CountAsync();
        var again = await grant.HandleAsync(new GrantRoleRequest("member04", Role.InfoOfficer));
        Assert.Contains("已经是信息员", again.Error!.Message);
        Assert.Equal(before, await db.Set<AuditEntry>().CountAsync());
    }

    [Fact]
    public async Task GrantSystemAdmin_ByACommitteeAdminWhoIsNotOne_IsForbidden()
    {
        await using (var setup = await app.ScopeAs("admin"))
            Assert.True((await setup.ServiceProvider.GetRequiredService<GrantRole>().HandleAsync(new GrantRoleRequest("member05", Role.CommitteeAdmin))).Ok);
        await using var scope = await app.ScopeAs("member05");
        var result = await scope.ServiceProvider.GetRequiredService<GrantRole>().HandleAsync(new GrantRoleRequest("member06", Role.SystemAdmin));
        Assert.IsType<Xieshang.Platform.Results.Forbidden>(result.Error);
    }
}
