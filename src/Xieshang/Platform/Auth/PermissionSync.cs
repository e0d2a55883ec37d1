using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Auth;

/// <summary>
/// Keeps the permission table in step with what the modules declare: a permission seen for the first time is
/// granted to its default roles in every committee, once. Later edits by a committee admin are never overwritten.
/// </summary>
public static class PermissionSync
{
    public static async Task SyncAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var known = await db.Set<KnownPermission>().Select(p => p.Name).ToListAsync(ct);
        var fresh = Modules.AllPermissions.Where(p => !known.Contains(p.Name)).ToList();
        if (fresh.Count == 0) return;
        var committees = await db.Set<Committee>().Select(c => c.Id).ToListAsync(ct);
        foreach (var p in fresh)
        {
            db.Add(new KnownPermission { Name = p.Name, Label = p.Label, FirstSeenAt = now });
            foreach (var committee in committees)
                foreach (var role in p.DefaultRoles)
                    db.Add(new RolePermission { CommitteeId = committee, Role = role, Permission = p.Name });
        }
        foreach (var committee in committees)
            db.Add(new AuditEntry
            {
                CommitteeId = committee, Action = "platform.permissions.sync", ActionLabel = "新增权限默认授权",
                RecordType = nameof(KnownPermission), RecordId = "*",
                Summary = string.Join("，", fresh.Select(p => p.Label)),
            });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Default grants for a committee that is being created.</summary>
    public static void GrantDefaults(XieshangDb db, Guid committeeId)
    {
        foreach (var p in Modules.AllPermissions)
            foreach (var role in p.DefaultRoles)
                db.Add(new RolePermission { CommitteeId = committeeId, Role = role, Permission = p.Name });
    }
}
