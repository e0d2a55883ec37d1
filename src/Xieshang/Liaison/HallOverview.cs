using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Xieshang.Organization;
using Xieshang.Platform.Data;

namespace Xieshang.Liaison;

/// <summary>
/// One hall or studio in the year's 一厅一室 report: its members (a hall's: the duty sector's serving members; a
/// studio's: those who contact its people), the members who recorded a contact, its contact objects by class, and its
/// liaison records by mode.
/// </summary>
public sealed record HallRow(Guid Id, Guid HallId, bool IsStudio, string Name, int Members, int MembersWhoContacted,
    int SectorMembers, int PublicReps, int Professionals, int Records, int Visits, int InvitesIn, int Online, bool HasWorkContent);

public sealed record HallReport(int Year, int Halls, int Studios, int Contacts, int Records, int MembersWhoContacted, IReadOnlyList<HallRow> Rows);

/// <summary>The 一厅一室 report (domain.md §8, report 10), computed from the records; a hall's row includes its studios'.</summary>
public sealed class HallOverview(XieshangDb db)
{
    public async Task<HallReport> HandleAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var halls = await (from h in db.Set<Hall>().AsNoTracking()
                           join d in db.Set<DutySector>() on h.DutySectorId equals d.Id
                           orderby d.SortOrder, h.Name
                           select new { h.Id, h.Name, h.DutySectorId }).ToListAsync(ct);
        var studios = (await db.Set<Studio>().AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.HallId }).ToListAsync(ct)).ToLookup(s => s.HallId);
        var membersByDuty = await (from m in db.Set<Membership>().AsNoTracking()
                                   where m.Status == MembershipStatus.Active
                                   join s in db.Set<Sector>() on m.SectorId equals s.Id
                                   group m by s.DutySectorId into g
                                   select new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var contacts = await db.Set<ContactObject>().AsNoTracking().GroupBy(c => new { c.HallId, c.StudioId, c.Class })
            .Select(g => new { g.Key.HallId, g.Key.StudioId, g.Key.Class, Count = g.Count() }).ToListAsync(ct);
        var studioLinks = await (from l in db.Set<ContactLink>().AsNoTracking()
                                 join c in db.Set<ContactObject>() on l.ContactObjectId equals c.Id
                                 where c.StudioId != null
                                 select new { StudioId = c.StudioId!.Value, l.MembershipId }).Distinct().ToListAsync(ct);
        var records = await db.Set<LiaisonRecord>().AsNoTracking().Where(r => r.Date >= from && r.Date <= to)
            .GroupBy(r => new { r.HallId, r.StudioId, r.Mode }).Select(g => new { g.Key.HallId, g.Key.StudioId, g.Key.Mode, Count = g.Count() }).ToListAsync(ct);
        var recorders = await db.Set<LiaisonRecord>().AsNoTracking().Where(r => r.Date >= from && r.Date <= to)
            .Select(r => new { r.HallId, r.StudioId, r.MembershipId }).Distinct().ToListAsync(ct);
        var works = await db.Set<WorkContent>().AsNoTracking().Where(w => w.Year == year).Select(w => new { w.HallId, w.StudioId }).ToListAsync(ct);

        HallRow Row(Guid id, Guid hallId, bool isStudio, string name, int members, Func<Guid, Guid?, bool> mine)
        {
            int Contacts(ContactClass c) => contacts.Where(x => mine(x.HallId, x.StudioId) && x.Class == c).Sum(x => x.Count);
            int Records(LiaisonMode m) => records.Where(x => mine(x.HallId, x.StudioId) && x.Mode == m).Sum(x => x.Count);
            return new HallRow(id, hallId, isStudio, name, members, recorders.Where(x => mine(x.HallId, x.StudioId)).Select(x => x.MembershipId).Distinct().Count(),
                Contacts(ContactClass.SectorMember), Contacts(ContactClass.PublicRep), Contacts(ContactClass.Professional),
                records.Where(x => mine(x.HallId, x.StudioId)).Sum(x => x.Count), Records(LiaisonMode.OfflineVisit), Records(LiaisonMode.InviteIn),
                Records(LiaisonMode.Online), works.Any(w => w.HallId == hallId && w.StudioId == (isStudio ? id : null)));
        }

        var rows = new List<HallRow>();
        foreach (var h in halls)
        {
            rows.Add(Row(h.Id, h.Id, false, h.Name, membersByDuty.GetValueOrDefault(h.DutySectorId), (hall, _) => hall == h.Id));
            foreach (var s in studios[h.Id])
                rows.Add(Row(s.Id, h.Id, true, s.Name, studioLinks.Count(l => l.StudioId == s.Id), (_, studio) => studio == s.Id));
        }
        return new HallReport(year, halls.Count, studios.Sum(g => g.Count()), contacts.Sum(c => c.Count), records.Sum(r => r.Count),
            recorders.Select(r => r.MembershipId).Distinct().Count(), rows);
    }

    public async Task<(byte[] Content, string FileName)> ExportAsync(int year, CancellationToken ct = default)
    {
        var report = await HandleAsync(year, ct);
        var sheet = report.Rows.Select(r => new Dictionary<string, object?>
        {
            ["类型"] = r.IsStudio ? "工作室" : "议事厅", ["名称"] = r.Name, ["委员"] = r.Members, ["有联系记录的委员"] = r.MembersWhoContacted,
            ["界别成员"] = r.SectorMembers, ["群众代表"] = r.PublicReps, ["专业人士"] = r.Professionals, ["联系记录"] = r.Records,
            ["走下去"] = r.Visits, ["请上来"] = r.InvitesIn, ["线上"] = r.Online, ["年度工作内容"] = r.HasWorkContent ? "已制定" : "未制定",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "一厅一室", cancellationToken: ct);
        return (stream.ToArray(), $"一厅一室-{year}.xlsx");
    }
}
