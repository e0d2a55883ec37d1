using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

public sealed record Fellow(Guid Id, string Name, string Sector, bool IsStanding);

public sealed record MyGroups(MemberProfile Profile, IReadOnlyList<Fellow> DutyGroupFellows, IReadOnlyList<Fellow> SectorFellows);

/// <summary>
/// The signed-in member's own view (我的小组): their seat and groupings, the fellow members of their duty group and of
/// their duty sector. Null when the user has no seat in the current committee.
/// </summary>
public sealed class GetMyGroups(XieshangDb db, RequestContext ctx, GetMemberProfile profiles)
{
    public async Task<MyGroups?> HandleAsync(CancellationToken ct = default)
    {
        var mine = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.Status == MembershipStatus.Active)
            .Join(db.Set<Person>().Where(p => p.UserId == ctx.UserId), m => m.PersonId, p => p.Id, (m, p) => m)
            .FirstOrDefaultAsync(ct);
        if (mine == null) return null;
        var profile = (await profiles.HandleAsync(mine.Id, ct))!;
        var dutySectorId = await db.Set<Sector>().Where(s => s.Id == mine.SectorId).Select(s => s.DutySectorId).SingleAsync(ct);

        var fellows =
            from m in db.Set<Membership>().AsNoTracking()
            where m.Status == MembershipStatus.Active && m.Id != mine.Id
            join p in db.Set<Person>() on m.PersonId equals p.Id
            join s in db.Set<Sector>() on m.SectorId equals s.Id
            orderby m.MemberNo
            select new { m.Id, p.Name, Sector = s.Name, s.DutySectorId, m.DutyGroupId, m.IsStanding };
        var group = mine.DutyGroupId == null ? [] : await fellows.Where(f => f.DutyGroupId == mine.DutyGroupId)
            .Select(f => new Fellow(f.Id, f.Name, f.Sector, f.IsStanding)).ToListAsync(ct);
        var sector = await fellows.Where(f => f.DutySectorId == dutySectorId)
            .Select(f => new Fellow(f.Id, f.Name, f.Sector, f.IsStanding)).Take(100).ToListAsync(ct);
        return new MyGroups(profile, group, sector);
    }
}
