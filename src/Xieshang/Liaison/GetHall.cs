using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Liaison;

public sealed record HallMember(Guid Id, string Name, string Sector, bool IsStanding, int Contacts, int Records);

/// <summary>A year's work content; <see cref="Version"/> is what an edit sends back (absent when none is written yet).</summary>
public sealed record WorkContentView(string Content, Guid? LeadId, string? Lead, string? LeadMemberNo, int? Version);

public sealed record StudioView(Guid Id, string Name, string? Address, WorkContentView? Work, int Contacts, int Records, IReadOnlyList<string> Members);

/// <summary>
/// A hall's page in the report's four questions: 谁联系 (the duty sector's members and the studios' leads), 联系谁 (its
/// contact objects by class), 联系什么 (the year's work content of the hall and each studio), 如何联系 (the year's
/// liaison records by mode, 请上来 and 走下去, offline and online).
/// </summary>
public sealed record HallView(Guid Id, string Name, string DutySector, string? Address, int Year,
    IReadOnlyList<string> Sectors, IReadOnlyList<HallMember> Members, int MembersWhoContacted,
    int Contacts, IReadOnlyDictionary<string, int> ContactsByClass,
    WorkContentView? Work, IReadOnlyList<StudioView> Studios,
    int Records, IReadOnlyDictionary<string, int> RecordsByMode, IReadOnlyList<LiaisonRow> Recent);

public sealed class GetHall(XieshangDb db, LiaisonRecords records)
{
    public const int RecentCount = 20;

    public async Task<HallView?> HandleAsync(Guid id, int year, CancellationToken ct = default)
    {
        var hall = await (from h in db.Set<Hall>().AsNoTracking()
                          where h.Id == id
                          join d in db.Set<DutySector>() on h.DutySectorId equals d.Id
                          select new { h.Id, h.Name, h.Address, h.DutySectorId, DutySector = d.Name }).SingleOrDefaultAsync(ct);
        if (hall == null) return null;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var sectors = await db.Set<Sector>().AsNoTracking().Where(s => s.DutySectorId == hall.DutySectorId).OrderBy(s => s.SortOrder)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var sectorIds = sectors.Select(s => s.Id).ToList();
        var members = await (from m in db.Set<Membership>().AsNoTracking()
                             where m.Status == MembershipStatus.Active && sectorIds.Contains(m.SectorId)
                             join p in db.Set<Person>() on m.PersonId equals p.Id
                             orderby m.MemberNo
                             select new { m.Id, p.Name, m.SectorId, m.IsStanding }).ToListAsync(ct);
        var contacts = await db.Set<ContactObject>().AsNoTracking().Where(c => c.HallId == id).Select(c => new { c.Id, c.Class, c.StudioId }).ToListAsync(ct);
        var contactIds = contacts.Select(c => c.Id).ToList();
        var links = await db.Set<ContactLink>().AsNoTracking().Where(l => contactIds.Contains(l.ContactObjectId))
            .Select(l => new { l.ContactObjectId, l.MembershipId }).ToListAsync(ct);
        var yearRecords = await db.Set<LiaisonRecord>().AsNoTracking().Where(r => r.HallId == id && r.Date >= from && r.Date <= to)
            .Select(r => new { r.MembershipId, r.StudioId, r.Mode }).ToListAsync(ct);
        var studios = await db.Set<Studio>().AsNoTracking().Where(s => s.HallId == id).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.Address }).ToListAsync(ct);
        var works = await (from w in db.Set<WorkContent>().AsNoTracking()
                           where w.HallId == id && w.Year == year
                           join m in db.Set<Membership>() on w.LeadId equals m.Id into ms
                           from m in ms.DefaultIfEmpty()
                           join p in db.Set<Person>() on m.PersonId equals p.Id into ps
                           from p in ps.DefaultIfEmpty()
                           select new { w.StudioId, View = new WorkContentView(w.Content, w.LeadId, p == null ? null : p.Name, m == null ? null : m.MemberNo, w.Version) })
            .ToListAsync(ct);
        var linked = links.Select(l => l.MembershipId).Distinct().ToList();
        var names = await (from m in db.Set<Membership>().AsNoTracking()
                           where linked.Contains(m.Id)
                           join p in db.Set<Person>() on m.PersonId equals p.Id
                           select new { m.Id, p.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);

        var sectorName = sectors.ToDictionary(s => s.Id, s => s.Name);
        var contactsOf = links.ToLookup(l => l.MembershipId);
        var recordsOf = yearRecords.ToLookup(r => r.MembershipId);
        var studioOf = contacts.ToDictionary(c => c.Id, c => c.StudioId);
        var recent = await records.ListAsync(new LiaisonQuery(Hall: id, Year: year, PageSize: RecentCount), ct);
        return new HallView(hall.Id, hall.Name, hall.DutySector, hall.Address, year,
            sectors.Select(s => s.Name).ToList(),
            members.Select(m => new HallMember(m.Id, m.Name, sectorName[m.SectorId], m.IsStanding, contactsOf[m.Id].Count(), recordsOf[m.Id].Count())).ToList(),
            yearRecords.Select(r => r.MembershipId).Distinct().Count(),
            contacts.Count, Enum.GetValues<ContactClass>().ToDictionary(Codes.Of, c => contacts.Count(x => x.Class == c)),
            works.FirstOrDefault(w => w.StudioId == null)?.View,
            studios.Select(s => new StudioView(s.Id, s.Name, s.Address, works.FirstOrDefault(w => w.StudioId == s.Id)?.View,
                contacts.Count(c => c.StudioId == s.Id), yearRecords.Count(r => r.StudioId == s.Id),
                links.Where(l => studioOf[l.ContactObjectId] == s.Id).Select(l => names.GetValueOrDefault(l.MembershipId, "")).Distinct().Order().ToList())).ToList(),
            yearRecords.Count, Enum.GetValues<LiaisonMode>().ToDictionary(Codes.Of, m => yearRecords.Count(r => r.Mode == m)),
            recent.Rows);
    }
}
