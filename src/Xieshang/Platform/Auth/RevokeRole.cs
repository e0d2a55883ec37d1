using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Auth;

/// <summary>Takes a role away in the current committee; the last administrator cannot remove themselves.</summary>
public sealed class RevokeRole(XieshangDb db, RequestContext ctx)
{
    public async Task<Result<Guid>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var grant = await db.Set<CommitteeRole>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (grant == null) return new NotFound();
        if (grant.Role == Role.SystemAdmin && !ctx.Roles.Contains(Role.SystemAdmin))
            return new Forbidden("只有系统管理员才能撤销系统管理员角色。");
        if (grant.Role is Role.CommitteeAdmin or Role.SystemAdmin
            && await db.Set<CommitteeRole>().CountAsync(r => r.Role == Role.CommitteeAdmin || r.Role == Role.SystemAdmin, ct) <= 1)
            return new Invalid("这是本政协最后一个管理员角色，不能撤销。");
        var user = await db.Users.Where(u => u.Id == grant.UserId).Select(u => new { u.DisplayName, u.UserName }).SingleAsync(ct);
        db.Remove(grant);
        db.Audit("platform.role.revoke", "撤销角色", grant, $"{user.DisplayName}（{user.UserName}）：{Roles.Label(grant.Role)}");
        await db.SaveChangesAsync(ct);
        return grant.Id;
    }
}
