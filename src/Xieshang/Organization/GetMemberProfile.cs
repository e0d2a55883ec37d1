using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

public sealed record MemberProfile(
    Guid Id, string Name, Gender Gender, int? BirthYear, string Party, string? Mobile, string? Employer, string? JobTitle,
    string Term, string MemberNo, MemberRole Role, bool IsStanding, MembershipStatus Status,
    string Sector, string DutySector, string? Hall, IReadOnlyList<string> Studios,
    string? WorkGroup, string? Township, string? DutyGroup, IReadOnlyList<string> Villages,
    IReadOnlyList<string> SpecialCommittees, string? Login, int Version, IReadOnlyList<MemberHistoryRow> History);

/// <summary>One line of a member's grouping history, newest first.</summary>
public sealed record MemberHistoryRow(DateOnly EffectiveOn, Grouping Grouping, string? From, string? To, string? Reason);

/// <summary>
/// One member's file: person, seat and every grouping. The mobile number is shown only to those who may see contact
/// details (<see cref="OrganizationPermissions.Contacts"/>).
/// </summary>
public sealed class GetMemberProfile(XieshangDb db, RequestContext ctx)
{
    public async Task<MemberProfile?> HandleAsync(Guid membershipId, CancellationToken ct = default)
    {
        var m = await db.Set<Membership>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == membershipId, ct);
        if (m == null) return null;
        var p = await db.Set<Person>().AsNoTracking().SingleAsync(x => x.Id == m.PersonId, ct);
        var sector = await db.Set<Sector>().AsNoTracking().SingleAsync(s => s.Id == m.SectorId, ct);
        var dutySector = await db.Set<DutySector>().AsNoTracking().Where(d => d.Id == sector.DutySectorId).Select(d => d.Name).SingleAsync(ct);
        var hall = await db.Set<Hall>().AsNoTracking().SingleOrDefaultAsync(h => h.DutySectorId == sector.DutySectorId, ct);
        var studios = hall == null ? [] : await db.Set<Studio>().AsNoTracking().Where(s => s.HallId == hall.Id).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
        var group = m.DutyGroupId == null ? null : await db.Set<DutyGroup>().AsNoTracking()
            .Where(g => g.Id == m.DutyGroupId)
            .Join(db.Set<WorkGroup>(), g => g.WorkGroupId, w => w.Id, (g, w) => new { g.Id, g.Name, WorkGroup = w.Name, w.TownshipId })
            .Join(db.Set<Township>(), x => x.TownshipId, t => t.Id, (x, t) => new { x.Id, x.Name, x.WorkGroup, Township = t.Name })
            .SingleOrDefaultAsync(ct);
        var villages = group == null ? [] : await db.Set<Village>().AsNoTracking().Where(v => v.DutyGroupId == group.Id).OrderBy(v => v.Name).Select(v => v.Name).ToListAsync(ct);
        var committees = await db.Set<SpecialCommitteeSeat>().AsNoTracking().Where(s => s.MembershipId == m.Id)
            .Join(db.Set<SpecialCommittee>(), s => s.SpecialCommitteeId, c => c.Id, (s, c) => s.IsDirector ? c.Name + "（主任）" : c.Name)
            .ToListAsync(ct);
        var login = p.UserId == null ? null : await db.Users.Where(u => u.Id == p.UserId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
        var history = await db.Set<GroupingChange>().AsNoTracking().Where(c => c.MembershipId == m.Id)
            .OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .Select(c => new MemberHistoryRow(c.EffectiveOn, c.Grouping, c.From, c.To, c.Reason)).ToListAsync(ct);
        var mobile = ctx.Has(OrganizationPermissions.Contacts) || p.UserId == ctx.UserId ? p.Mobile : null;
        return new MemberProfile(m.Id, p.Name, p.Gender, p.BirthYear, p.Party, mobile, p.Employer, p.JobTitle, m.Term, m.MemberNo, m.Role,
            m.IsStanding, m.Status, sector.Name, dutySector, hall?.Name, studios, group?.WorkGroup, group?.Township, group?.Name,
            villages, committees, login, m.Version, history);
    }
}
