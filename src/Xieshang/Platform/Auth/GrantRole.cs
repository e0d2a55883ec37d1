using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Auth;

public sealed record GrantRoleRequest(
    [property: Required(ErrorMessage = "请输入用户名或手机号。"), MaxLength(100)] string UserName,
    [property: Required(ErrorMessage = "请选择角色。")] Role Role);

/// <summary>Gives a user a role in the current committee. Only a system administrator may make another.</summary>
public sealed class GrantRole(XieshangDb db, RequestContext ctx, TimeProvider clock)
{
    public async Task<Result<RoleHolderRow>> HandleAsync(GrantRoleRequest request, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(request.Role)) return new Invalid("角色不存在。");
        if (request.Role == Role.SystemAdmin && !ctx.Roles.Contains(Role.SystemAdmin))
            return new Forbidden("只有系统管理员才能授予系统管理员角色。");
        var name = request.UserName.Trim();
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == name || u.PhoneNumber == name, ct);
        if (user == null) return new Invalid($"找不到用户“{name}”。");
        if (await db.Set<CommitteeRole>().AnyAsync(r => r.UserId == user.Id && r.Role == request.Role, ct))
            return new Invalid($"{user.DisplayName} 已经是{Roles.Label(request.Role)}。");
        var grant = new CommitteeRole { UserId = user.Id, Role = request.Role, GrantedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(grant);
        db.Audit("platform.role.grant", "授予角色", grant, $"{user.DisplayName}（{user.UserName}）：{Roles.Label(request.Role)}");
        await db.SaveChangesAsync(ct);
        return new RoleHolderRow(grant.Id, user.Id, user.UserName!, user.DisplayName, grant.Role, Roles.Label(grant.Role), grant.GrantedAt);
    }
}
