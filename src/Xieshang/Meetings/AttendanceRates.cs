using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Meetings;

public sealed record TypeRate(string Type, string TypeLabel, int Expected, int Present);

public sealed record MemberRate(Guid MembershipId, string MemberNo, string Name, string Sector, int Expected, int Present, int Leave, int Absent,
    double? Rate, IReadOnlyList<TypeRate> ByType);

/// <summary>
/// Attendance rates per member for a year (出勤率), overall and by activity type: present ÷ expected, where expected is
/// every listed activity of the member except those declined, excused by approved leave or removed, and optional
/// invitations left unanswered.
/// </summary>
public sealed class AttendanceRates(XieshangDb db)
{
    public async Task<IReadOnlyList<MemberRate>> HandleAsync(int year, CancellationToken ct = default)
    {
        var (yearStart, yearEnd) = ListActivities.YearBounds(year);
        var rows = await (
            from p in db.Set<Participation>().AsNoTracking()
            join a in db.Set<Activity>() on p.ActivityId equals a.Id
            where a.StartsAt >= yearStart && a.StartsAt < yearEnd && (a.State == ActivityState.Ended || a.State == ActivityState.Closed || a.State == ActivityState.InProgress)
            group p by new { p.MembershipId, a.Type, a.Attendance, p.State } into g
            select new { g.Key.MembershipId, g.Key.Type, g.Key.Attendance, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        var seats = rows.Select(r => r.MembershipId).Distinct().ToList();
        var members = await (
            from m in db.Set<Membership>().AsNoTracking()
            where seats.Contains(m.Id)
            join person in db.Set<Person>() on m.PersonId equals person.Id
            join s in db.Set<Sector>() on m.SectorId equals s.Id
            select new { m.Id, m.MemberNo, person.Name, Sector = s.Name }).ToListAsync(ct);
        static bool Present(ParticipationState s) => s is ParticipationState.CheckedIn or ParticipationState.WalkIn;
        static bool Expected(ParticipationState s, AttendanceMode mode) =>
            s is not (ParticipationState.Cancelled or ParticipationState.Declined or ParticipationState.LeaveApproved)
            && !(s == ParticipationState.Invited && mode != AttendanceMode.Mandatory);
        return members.OrderBy(m => m.MemberNo).Select(m =>
        {
            var mine = rows.Where(r => r.MembershipId == m.Id).ToList();
            var expected = mine.Where(r => Expected(r.State, r.Attendance)).Sum(r => r.Count);
            var present = mine.Where(r => Present(r.State)).Sum(r => r.Count);
            var byType = mine.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => new TypeRate(Codes.Of(g.Key), Web.Labels.Of(g.Key),
                g.Where(r => Expected(r.State, r.Attendance)).Sum(r => r.Count), g.Where(r => Present(r.State)).Sum(r => r.Count))).ToList();
            return new MemberRate(m.Id, m.MemberNo, m.Name, m.Sector, expected, present,
                mine.Where(r => r.State == ParticipationState.LeaveApproved).Sum(r => r.Count),
                mine.Where(r => r.State == ParticipationState.Absent).Sum(r => r.Count),
                expected > 0 ? Math.Round(Math.Min(1.0, (double)present / expected), 4) : null, byType);
        }).ToList();
    }

    public async Task<(byte[] Content, string FileName)> ExportAsync(int year, CancellationToken ct = default)
    {
        var rates = await HandleAsync(year, ct);
        var types = rates.SelectMany(r => r.ByType).Select(t => t.TypeLabel).Distinct().ToList();
        var sheet = rates.Select(r =>
        {
            var row = new Dictionary<string, object?>
            {
                ["委员证号"] = r.MemberNo, ["姓名"] = r.Name, ["界别"] = r.Sector, ["应到"] = r.Expected, ["实到"] = r.Present,
                ["请假"] = r.Leave, ["缺席"] = r.Absent, ["出勤率"] = r.Rate is { } rate ? $"{rate:P1}" : "",
            };
            foreach (var type in types)
                row[type] = r.ByType.FirstOrDefault(t => t.TypeLabel == type) is { } t ? $"{t.Present}/{t.Expected}" : "";
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "出勤率", cancellationToken: ct);
        return (stream.ToArray(), $"委员出勤率-{year}.xlsx");
    }
}
