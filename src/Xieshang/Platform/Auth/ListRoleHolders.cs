using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Auth;

public sealed record RoleHolderRow(Guid Id, Guid UserId, string UserName, string DisplayName, Role Role, string RoleLabel, DateTime GrantedAt);

public sealed record RoleHolderPage(IReadOnlyList<RoleHolderRow> Rows, int Total, int Page, int PageSize);

/// <summary>Who holds which role in the current committee.</summary>
public sealed class ListRoleHolders(XieshangDb db)
{
    public async Task<RoleHolderPage> HandleAsync(Role? role, string? q, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var query = db.Set<CommitteeRole>().AsNoTracking()
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r, u });
        if (role != null) query = query.Where(x => x.r.Role == role);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(x => x.u.DisplayName.Contains(text) || x.u.UserName!.Contains(text));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(x => x.r.Role).ThenBy(x => x.u.UserName).ThenBy(x => x.r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(x => new { x.r.Id, UserId = x.u.Id, x.u.UserName, x.u.DisplayName, x.r.Role, x.r.GrantedAt })
            .ToListAsync(ct);
        return new RoleHolderPage(
            rows.Select(x => new RoleHolderRow(x.Id, x.UserId, x.UserName!, x.DisplayName, x.Role, Roles.Label(x.Role), x.GrantedAt)).ToList(),
            total, page, pageSize);
    }
}
