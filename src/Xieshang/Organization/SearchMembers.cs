using Microsoft.EntityFrameworkCore;
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
public sealed class SearchMembers(XieshangDb db)
{
    public async Task<MemberPage> HandleAsync(MemberQuery q, CancellationToken ct = default)
    {
        var page = Math.Max(1, q.Page);
        var size = Math.Clamp(q.PageSize, 1, 200);
        var rows = Filtered(q);
        var total = await rows.CountAsync(ct);
        var list = await rows.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new MemberPage(list, total, page, size);
    }

    /// <summary>Every row of a directory view, for the Excel export.</summary>
    public Task<List<MemberRow>> AllAsync(MemberQuery q, CancellationToken ct = default) => Filtered(q).ToListAsync(ct);

    IQueryable<MemberRow> Filtered(MemberQuery q)
    {
        var rows =
            from m in db.Set<Membership>().AsNoTracking()
            where m.Status == MembershipStatus.Active
            join p in db.Set<Person>() on m.PersonId equals p.Id
            join s in db.Set<Sector>() on m.SectorId equals s.Id
            join d in db.Set<DutySector>() on s.DutySectorId equals d.Id
            join g in db.Set<DutyGroup>() on m.DutyGroupId equals g.Id into gs
            from g in gs.DefaultIfEmpty()
            join w in db.Set<WorkGroup>() on g.WorkGroupId equals w.Id into ws
            from w in ws.DefaultIfEmpty()
            select new { m, p, Sector = s.Name, s.DutySectorId, DutySector = d.Name, DutyGroup = g.Name, WorkGroupId = (Guid?)w.Id, WorkGroup = w.Name };

        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            rows = rows.Where(x => x.p.Name.Contains(text) || x.m.MemberNo.Contains(text) || (x.p.Employer != null && x.p.Employer.Contains(text)));
        }
        if (q.Sector is { } sector) rows = rows.Where(x => x.m.SectorId == sector);
        if (q.DutySector is { } dutySector) rows = rows.Where(x => x.DutySectorId == dutySector);
        if (q.DutyGroup is { } dutyGroup) rows = rows.Where(x => x.m.DutyGroupId == dutyGroup);
        if (q.WorkGroup is { } workGroup) rows = rows.Where(x => x.WorkGroupId == workGroup);
        if (q.SpecialCommittee is { } sc)
            rows = rows.Where(x => db.Set<SpecialCommitteeSeat>().Any(seat => seat.MembershipId == x.m.Id && seat.SpecialCommitteeId == sc));
        if (!string.IsNullOrWhiteSpace(q.Party)) rows = rows.Where(x => x.p.Party == q.Party);
        if (q.Standing is { } standing) rows = rows.Where(x => x.m.IsStanding == standing);

        return rows.OrderBy(x => x.m.MemberNo).ThenBy(x => x.m.Id)
            .Select(x => new MemberRow(x.m.Id, x.m.MemberNo, x.p.Name, x.p.Gender, x.p.Party, x.Sector, x.DutySector,
                x.WorkGroup, x.DutyGroup, x.m.IsStanding, x.m.Role, x.p.Employer, x.p.UserId != null, x.p.Mobile));
    }

    public async Task<IReadOnlyList<ChoiceGroup>> DutyGroupChoicesAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<DutyGroup>().AsNoTracking()
            .Join(db.Set<WorkGroup>(), g => g.WorkGroupId, w => w.Id, (g, w) => new { WorkGroup = w.Name, g.Id, g.Name })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.WorkGroup).OrderBy(g => g.Key)
            .Select(g => new ChoiceGroup(g.Key, g.OrderBy(r => r.Name).Select(r => new Choice(r.Id, r.Name)).ToList())).ToList();
    }

    /// <summary>The choices of the directory's filters.</summary>
    public async Task<MemberFilters> FiltersAsync(CancellationToken ct = default) => new(
        await db.Set<Sector>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
        await db.Set<DutySector>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
        await db.Set<SpecialCommittee>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct),
        await db.Set<WorkGroup>().AsNoTracking().OrderBy(w => w.Name).Select(w => new Choice(w.Id, w.Name)).ToListAsync(ct),
        await db.Set<Person>().AsNoTracking().Select(p => p.Party).Distinct().OrderBy(p => p).ToListAsync(ct),
        await db.Set<Membership>().AsNoTracking().Select(m => m.Term).Distinct().OrderByDescending(t => t).ToListAsync(ct));
}

public sealed record Choice(Guid Id, string Name);

/// <summary>Duty groups under their work group, for pickers.</summary>
public sealed record ChoiceGroup(string Name, IReadOnlyList<Choice> Choices);

public sealed record MemberFilters(IReadOnlyList<Choice> Sectors, IReadOnlyList<Choice> DutySectors, IReadOnlyList<Choice> SpecialCommittees,
    IReadOnlyList<Choice> WorkGroups, IReadOnlyList<string> Parties, IReadOnlyList<string> Terms);
