using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

/// <summary>A login that works for a handling unit (承办单位经办人): it sees and answers what is assigned to that unit.</summary>
[ChangeTopic(OrganizationChanges.Topic)] // a unit's queue is kept per login
public sealed class GovOrgUser : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid GovOrgId { get; set; }
    public Guid UserId { get; set; }
}

sealed class GovOrgUserConfiguration : IEntityTypeConfiguration<GovOrgUser>
{
    public void Configure(EntityTypeBuilder<GovOrgUser> e)
    {
        e.ToTable("organization_gov_org_user");
        e.HasIndex(x => new { x.CommitteeId, x.UserId, x.GovOrgId }).IsUnique();
        e.HasOne<GovOrg>().WithMany().HasForeignKey(x => x.GovOrgId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Platform.Auth.User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed record UnitAccountRow(Guid UserId, string UserName, string DisplayName);

/// <summary>Which logins act for which unit: staff link a unit's clerk by user name.</summary>
public sealed class UnitAccounts(XieshangDb db)
{
    /// <summary>The units the user acts for in the current committee.</summary>
    public static Task<List<Guid>> UnitsOfAsync(XieshangDb db, RequestContext ctx, CancellationToken ct) =>
        ctx.UserId is not { } user ? Task.FromResult(new List<Guid>())
            : db.Set<GovOrgUser>().Where(x => x.UserId == user).Select(x => x.GovOrgId).ToListAsync(ct);

    public async Task<IReadOnlyList<UnitAccountRow>> ListAsync(Guid govOrgId, CancellationToken ct = default) =>
        await (from x in db.Set<GovOrgUser>().AsNoTracking()
               where x.GovOrgId == govOrgId
               join u in db.Users on x.UserId equals u.Id
               orderby u.UserName
               select new UnitAccountRow(u.Id, u.UserName!, u.DisplayName)).ToListAsync(ct);

    public async Task<Result<Guid>> LinkAsync(Guid govOrgId, string? userName, CancellationToken ct = default)
    {
        var unit = await db.Set<GovOrg>().SingleOrDefaultAsync(o => o.Id == govOrgId, ct);
        if (unit == null) return new NotFound("该单位不存在，或不属于本政协。");
        if (!unit.IsHandlingUnit) return new Invalid("只有承办单位才设经办账号。");
        var user = await db.Users.Where(u => u.UserName == (userName ?? "").Trim()).Select(u => new { u.Id }).SingleOrDefaultAsync(ct);
        if (user == null) return new Invalid("账号：没有这个用户名。");
        if (await db.Set<GovOrgUser>().AnyAsync(x => x.GovOrgId == govOrgId && x.UserId == user.Id, ct)) return new Conflict("该账号已是本单位的经办账号。");
        var link = new GovOrgUser { GovOrgId = govOrgId, UserId = user.Id };
        db.Add(link);
        db.Audit("organization.unit.user.add", "设定承办单位经办账号", unit, unit.Name);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return link.Id;
    }

    public async Task<Result<Guid>> UnlinkAsync(Guid govOrgId, Guid userId, CancellationToken ct = default)
    {
        var link = await db.Set<GovOrgUser>().SingleOrDefaultAsync(x => x.GovOrgId == govOrgId && x.UserId == userId, ct);
        if (link == null) return new NotFound("该账号不是本单位的经办账号。");
        var unit = await db.Set<GovOrg>().SingleAsync(o => o.Id == govOrgId, ct);
        db.Remove(link);
        db.Audit("organization.unit.user.remove", "取消承办单位经办账号", unit, unit.Name);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return link.Id;
    }
}
