using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Organization;

public sealed record OrganizationSummary(
    int Sectors, int DutySectors, int Halls, int Studios, int WorkGroups, int DutyGroups, int Townships, int Villages,
    int NewRuralCommunities, int PartyBranches, int Institutions, int SpecialCommittees, int Members, int StandingMembers);

/// <summary>
/// The structure figures of the report (25 → 16 sectors, 16 halls, 24 studios, 13 work groups, 60 duty groups, 13 towns,
/// 259 villages, 13 branches, 24 institutions) for the current committee, counted from the records in one round trip.
/// Townships and villages count only those a work group or duty group covers, as the report does.
/// </summary>
public sealed class GetOrganizationSummary(XieshangDb db, Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
{
    /// <summary>
    /// Kept like the directory's counts (with 50,000 seats the query takes tens of milliseconds): forgotten on this node
    /// when the roster or the structure changes, on others within <see cref="SearchMembers.CountTtl"/>.
    /// </summary>
    public Task<OrganizationSummary> HandleAsync(CancellationToken ct = default)
    {
        var committeeId = db.Request?.CommitteeId ?? Guid.Empty;
        return Platform.SharedCache.GetAsync(cache, ("organization-summary", committeeId), SearchMembers.CountTtl,
            () => CountAsync(committeeId), SearchMembers.RosterToken(cache, committeeId));
    }

    Task<OrganizationSummary> CountAsync(Guid committeeId)
    {
        var ct = CancellationToken.None;
        return db.Set<Platform.Tenancy.Committee>().Where(c => c.Id == committeeId).Select(c => new OrganizationSummary(
            db.Set<Sector>().Count(),
            db.Set<DutySector>().Count(),
            db.Set<Hall>().Count(),
            db.Set<Studio>().Count(),
            db.Set<WorkGroup>().Count(),
            db.Set<DutyGroup>().Count(),
            db.Set<Township>().Count(t => db.Set<WorkGroup>().Any(w => w.TownshipId == t.Id)),
            db.Set<Village>().Count(),
            db.Set<Village>().Count(v => v.Kind == VillageKind.NewRuralCommunity),
            db.Set<PartyBranch>().Count(),
            db.Set<Institution>().Count(),
            db.Set<SpecialCommittee>().Count(),
            db.Set<Membership>().Count(m => m.Status == MembershipStatus.Active),
            db.Set<Membership>().Count(m => m.Status == MembershipStatus.Active && m.IsStanding))).SingleAsync(ct);
    }
}
