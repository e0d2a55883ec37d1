using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Organization;

public sealed record MemberQuery(
    string? Q = null, Guid? Sector = null, Guid? DutySector = null, Guid? SpecialCommittee = null, Guid? WorkGroup = null,
    Guid? DutyGroup = null, string? Party = null, bool? Standing = null, int Page = 1, int PageSize = 20);

public sealed record MemberRow(Guid Id, string MemberNo, string Name, Gender Gender, string Party, string Sector, string DutySector,
    string? WorkGroup, string? DutyGroup, bool IsStanding, MemberRole Role, string? Employer, bool HasLogin,
    [property: System.Text.Json.Serialization.JsonIgnore] string? Mobile);

public sealed record MemberPage(IReadOnlyList<MemberRow> Rows, int Total, int Page, int PageSize);

/// <summary>The member directory (委员名录) of the current committee: active seats, filtered, in member-number order.</summary>
public sealed class SearchMembers(XieshangDb db, IMemoryCache cache)
{
    public async Task<MemberPage> HandleAsync(MemberQuery q, CancellationToken ct = default)
    {
        var page = Math.Max(1, q.Page);
        var size = Math.Clamp(q.PageSize, 1, 200);
        var seats = Filtered(q);
        // A view's rows are kept like its count: forgotten on any change to the roster or the structure, on every node.
        var list = await SharedCache.GetAsync(cache, ("member-rows", db.CurrentCommitteeId, q with { Page = page, PageSize = size }), CountTtl,
            () => NamedAsync(seats.Skip((page - 1) * size).Take(size), CancellationToken.None), RosterToken(cache, db.CurrentCommitteeId));
        // Counting a sector of thousands of seats costs more than its page: the count of a view is kept too.
        var total = await SharedCache.GetAsync(cache, ("member-count", db.CurrentCommitteeId, q with { Page = 1, PageSize = 0 }), CountTtl,
            () => seats.CountAsync(CancellationToken.None), RosterToken(cache, db.CurrentCommitteeId));
        return new MemberPage(list, total, page, size);
    }

    /// <summary>Every row of a directory view, for the Excel export.</summary>
    public async Task<List<MemberRow>> AllAsync(MemberQuery q, CancellationToken ct = default) => await NamedAsync(Filtered(q), ct);

    IQueryable<Membership> Filtered(MemberQuery q)
    {
        // Filters work on the seat table alone (its indexes: committee + sector / duty group, ordered by member number),
        // so that counting a sector of thousands of seats reads no other table; names are joined for the page's rows only.
        var seats = db.Set<Membership>().AsNoTracking().Where(m => m.Status == MembershipStatus.Active);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            seats = seats.Where(m => m.MemberNo.Contains(text) ||
                db.Set<Person>().Any(p => p.Id == m.PersonId && (p.Name.Contains(text) || (p.Employer != null && p.Employer.Contains(text)))));
        }
        if (q.Sector is { } sector) seats = seats.Where(m => m.SectorId == sector);
        if (q.DutySector is { } dutySector) seats = seats.Where(m => db.Set<Sector>().Any(s => s.Id == m.SectorId && s.DutySectorId == dutySector));
        if (q.DutyGroup is { } dutyGroup) seats = seats.Where(m => m.DutyGroupId == dutyGroup);
        if (q.WorkGroup is { } workGroup) seats = seats.Where(m => db.Set<DutyGroup>().Any(g => g.Id == m.DutyGroupId && g.WorkGroupId == workGroup));
        if (q.SpecialCommittee is { } sc)
            seats = seats.Where(m => db.Set<SpecialCommitteeSeat>().Any(seat => seat.MembershipId == m.Id && seat.SpecialCommitteeId == sc));
        if (!string.IsNullOrWhiteSpace(q.Party)) seats = seats.Where(m => db.Set<Person>().Any(p => p.Id == m.PersonId && p.Party == q.Party));
        if (q.Standing is { } standing) seats = seats.Where(m => m.IsStanding == standing);
        return seats.OrderBy(m => m.MemberNo); // unique in the committee
    }

    /// <summary>
    /// The rows of one page (or all, for the export) with their names: one query for seat and person, the groupings
    /// named from the cached <see cref="OrganizationMap"/>.
    /// </summary>
    async Task<List<MemberRow>> NamedAsync(IQueryable<Membership> seats, CancellationToken ct)
    {
        var map = await OrganizationMap.GetAsync(db, cache, ct);
        var rows = await (
                from m in seats
                join p in db.Set<Person>() on m.PersonId equals p.Id
                orderby m.MemberNo
                select new
                {
                    m.Id, m.MemberNo, m.SectorId, m.DutyGroupId, m.IsStanding, m.Role, p.Name, p.Gender, p.Party, p.Employer, HasLogin = p.UserId != null,
                    p.Mobile,
                })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r =>
        {
            var sector = map.Sectors.GetValueOrDefault(r.SectorId);
            return new MemberRow(r.Id, r.MemberNo, r.Name, r.Gender, r.Party, sector.Name ?? "", map.DutySectors.GetValueOrDefault(sector.DutySectorId, ""),
                map.WorkGroupOf(r.DutyGroupId)?.Name, map.DutyGroupName(r.DutyGroupId), r.IsStanding, r.Role, r.Employer, r.HasLogin, r.Mobile);
        }).ToList();
    }

    public async Task<IReadOnlyList<ChoiceGroup>> DutyGroupChoicesAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<DutyGroup>().AsNoTracking()
            .Join(db.Set<WorkGroup>(), g => g.WorkGroupId, w => w.Id, (g, w) => new { WorkGroup = w.Name, g.Id, g.Name })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.WorkGroup).OrderBy(g => g.Key)
            .Select(g => new ChoiceGroup(g.Key, g.OrderBy(r => r.Name).Select(r => new Choice(r.Id, r.Name)).ToList())).ToList();
    }

    /// <summary>How long the directory's filter choices are kept: a new sector or party appears in the filters within this.</summary>
    public static readonly TimeSpan ChoicesTtl = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The choices of the directory's filters, kept for <see cref="ChoicesTtl"/> (the distinct parties of thousands of
    /// cards cost more than the rest of the page). Forms that must offer what was just added ask for <paramref name="fresh"/> ones.
    /// </summary>
    public Task<MemberFilters> FiltersAsync(bool fresh = false, CancellationToken ct = default) => fresh
        ? LoadFiltersAsync(ct)
        : SharedCache.GetAsync(cache, ChoicesKey(db.CurrentCommitteeId), ChoicesTtl, () => LoadFiltersAsync(CancellationToken.None));

    /// <summary>The term of the most recently added seat: what a new member's form proposes (ids are time-ordered).</summary>
    public Task<string?> CurrentTermAsync(CancellationToken ct = default) =>
        db.Set<Membership>().AsNoTracking().OrderByDescending(m => m.Id).Select(m => m.Term).FirstOrDefaultAsync(ct);

    static (string, Guid) ChoicesKey(Guid committeeId) => ("member-filters", committeeId);

    /// <summary>After a change to the structure or the roster (through <see cref="OrganizationChanges"/>, which tells the other nodes).</summary>
    public static void ForgetChoices(IMemoryCache cache, Guid committeeId)
    {
        cache.Remove(ChoicesKey(committeeId));
        OrganizationMap.Forget(cache, committeeId);
        ForgetCounts(cache, committeeId);
    }

    public static readonly TimeSpan CountTtl = TimeSpan.FromSeconds(30);

    /// <summary>One token per committee that every kept count hangs on: cancelling it forgets them all.</summary>
    public static CancellationToken RosterToken(IMemoryCache cache, Guid committeeId) =>
        cache.GetOrCreate(("roster-token", committeeId), e => { e.Priority = CacheItemPriority.NeverRemove; return new CancellationTokenSource(); })!.Token;

    /// <summary>After a seat is added, moved, ended or reinstated.</summary>
    public static void ForgetCounts(IMemoryCache cache, Guid committeeId)
    {
        if (cache.TryGetValue(("roster-token", committeeId), out CancellationTokenSource? cts))
        {
            cache.Remove(("roster-token", committeeId));
            cts!.Cancel();
            cts.Dispose();
        }
    }

    async Task<MemberFilters> LoadFiltersAsync(CancellationToken ct) => new(
        await db.Set<Sector>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
        await db.Set<DutySector>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
        await db.Set<SpecialCommittee>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
        await db.Set<WorkGroup>().AsNoTracking().OrderBy(w => w.Name).Select(w => new Choice(w.Id, w.Name)).ToListAsync(ct),
        await db.Set<Person>().AsNoTracking().Select(p => p.Party).Distinct().OrderBy(p => p).ToListAsync(ct));
}

public sealed record Choice(Guid Id, string Name);

/// <summary>Duty groups under their work group, for pickers.</summary>
public sealed record ChoiceGroup(string Name, IReadOnlyList<Choice> Choices);

public sealed record MemberFilters(IReadOnlyList<Choice> Sectors, IReadOnlyList<Choice> DutySectors, IReadOnlyList<Choice> SpecialCommittees,
    IReadOnlyList<Choice> WorkGroups, IReadOnlyList<string> Parties);
