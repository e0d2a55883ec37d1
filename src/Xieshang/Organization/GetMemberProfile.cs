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
public sealed class GetMemberProfile(XieshangDb db, RequestContext ctx, Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
{
    sealed record SeatRow(Guid SpecialCommitteeId, bool IsDirector);
    sealed record HistoryRow(DateTime RecordedAt, Guid Id, DateOnly EffectiveOn, Grouping Grouping, string? From, string? To, string? Reason);
    sealed record Card(Membership m, Person p, string? Login, List<SeatRow> Seats, List<HistoryRow> History);

    // One round trip (card, login, special committee seats and history as joined collections), compiled once: the most
    // opened page of the directory. The tenant filter applies as to any query.
    static readonly Func<XieshangDb, Guid, Task<Card?>> Query = EF.CompileAsyncQuery((XieshangDb db, Guid membershipId) =>
        (from m in db.Set<Membership>().AsNoTracking()
         where m.Id == membershipId
         join p in db.Set<Person>() on m.PersonId equals p.Id
         join u in db.Users on p.UserId equals u.Id into us
         from u in us.DefaultIfEmpty()
         select new Card(m, p, u.UserName,
             db.Set<SpecialCommitteeSeat>().Where(s => s.MembershipId == m.Id).Select(s => new SeatRow(s.SpecialCommitteeId, s.IsDirector)).ToList(),
             db.Set<GroupingChange>().Where(c => c.MembershipId == m.Id)
                 .Select(c => new HistoryRow(c.RecordedAt, c.Id, c.EffectiveOn, c.Grouping, c.From, c.To, c.Reason)).ToList()))
        .SingleOrDefault());

    public async Task<MemberProfile?> HandleAsync(Guid membershipId, CancellationToken ct = default)
    {
        // The card is kept like the directory's rows (forgotten on any roster change, on every node); the contact is
        // filtered per reader below. The groupings are named from the cached map.
        var committeeId = db.CurrentCommitteeId;
        var row = await Platform.SharedCache.GetAsync(cache, ("member-card", committeeId, membershipId), SearchMembers.CountTtl,
            () => Query(db, membershipId), SearchMembers.RosterToken(cache, committeeId));
        if (row == null) return null;
        var map = await OrganizationMap.GetAsync(db, cache, ct);
        var seats = row.Seats;
        var history = row.History.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            .Select(c => new MemberHistoryRow(c.EffectiveOn, c.Grouping, c.From, c.To, c.Reason)).ToList();

        var (seat, person) = (row.m, row.p);
        var sector = map.Sectors.GetValueOrDefault(seat.SectorId);
        var hall = map.HallByDutySector.GetValueOrDefault(sector.DutySectorId);
        var workGroup = map.WorkGroupOf(seat.DutyGroupId);
        var committees = seats.Select(s => map.SpecialCommittees.GetValueOrDefault(s.SpecialCommitteeId, "") + (s.IsDirector ? "（主任）" : ""))
            .Order(StringComparer.Ordinal).ToList();
        var mobile = ctx.Has(OrganizationPermissions.Contacts) || person.UserId == ctx.UserId ? person.Mobile : null;
        return new MemberProfile(seat.Id, person.Name, person.Gender, person.BirthYear, person.Party, mobile, person.Employer, person.JobTitle,
            seat.Term, seat.MemberNo, seat.Role, seat.IsStanding, seat.Status, sector.Name ?? "", map.DutySectors.GetValueOrDefault(sector.DutySectorId, ""),
            hall?.Name, hall == null ? [] : map.StudiosByHall[hall.Id].ToList(), workGroup?.Name,
            workGroup is { } w ? map.Townships.GetValueOrDefault(w.TownshipId) : null, map.DutyGroupName(seat.DutyGroupId),
            seat.DutyGroupId is { } g ? map.VillagesByDutyGroup[g].ToList() : [], committees, row.Login, seat.Version, history);
    }
}
