using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Xieshang.Meetings;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Grassroots;

public sealed record GroundRow(Guid Id, string Name, int Rooms, int Issues, int Concluded, int Open, int Rejected, double? MedianDaysToClose,
    int Rated, double? SatisfactionRate, int Sessions, int Villages, int VillagesWithSession);

public sealed record GrassrootsStats(int Year, int Rooms, int Issues, int Resolved, IReadOnlyDictionary<string, int> ByState, double? MedianDaysToClose,
    double? SatisfactionRate, int Sessions, int Villages, int VillagesWithSession, IReadOnlyList<GroundRow> ByTownship, IReadOnlyList<GroundRow> ByDutyGroup,
    IReadOnlyList<GroundRow> ByRoom);

/// <summary>
/// The grassroots dashboard, computed from the records: issues raised in the year by their state; those concluded
/// (answered, transferred, resolved, published or rated); the median days from raising to the citizen's rating; the
/// share satisfied or basically satisfied of those rated; room consultations held; and coverage — villages whose room
/// held at least one session in the year, of all villages. By town and by duty group, and — for one town, or one duty
/// group — by room (a village's room is the village).
/// </summary>
public sealed class GrassrootsStatistics(XieshangDb db)
{
    static readonly IssueState[] Concluded = [IssueState.Answered, IssueState.Transferred, IssueState.Resolved, IssueState.Published, IssueState.Closed];

    public async Task<GrassrootsStats> HandleAsync(int year, Guid? township = null, Guid? dutyGroup = null, CancellationToken ct = default)
    {
        var (from, to) = ListActivities.YearBounds(year);
        var rooms = await db.Set<ConsultationRoom>().AsNoTracking().Select(r => new { r.Id, r.Name, r.TownshipId, r.VillageId, r.DutyGroupId, r.IsOpen }).ToListAsync(ct);
        // The year's issues counted in the database by room, state and rating (a city has ~200,000 a year), and only the
        // closed ones' two dates read, for the medians.
        var roomOf = rooms.ToDictionary(r => r.Id);
        var inYear = db.Set<CitizenIssue>().AsNoTracking().Where(i => i.SubmittedAt >= from && i.SubmittedAt < to);
        var counts = await inYear.GroupBy(i => new { i.RoomId, i.State, i.Rating })
            .Select(g => new { g.Key.RoomId, g.Key.State, g.Key.Rating, Count = g.Count() }).ToListAsync(ct);
        var closed = await inYear.Where(i => i.ClosedAt != null).Select(i => new { i.RoomId, i.SubmittedAt, ClosedAt = i.ClosedAt!.Value }).ToListAsync(ct);
        var held = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.Type == ActivityType.RoomConsultation && a.RoomId != null && a.StartsAt >= from && a.StartsAt < to
                && a.State != ActivityState.Draft && a.State != ActivityState.PendingApproval && a.State != ActivityState.Cancelled)
            .GroupBy(a => a.RoomId!.Value).Select(g => new { RoomId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.RoomId, x => x.Count, ct);
        var villages = await db.Set<Village>().AsNoTracking().Select(v => new { v.Id, v.TownshipId, v.DutyGroupId }).ToListAsync(ct);
        var countsOf = counts.ToLookup(c => c.RoomId);
        var daysOf = closed.ToLookup(c => c.RoomId, c => (c.ClosedAt - c.SubmittedAt).TotalDays);

        GroundRow Row(Guid id, string name, Func<Guid, bool> inRoom, IEnumerable<Guid> villageIds)
        {
            var mine = rooms.Where(r => inRoom(r.Id)).ToList();
            var rows = mine.SelectMany(r => countsOf[r.Id]).ToList();
            int Sum(Func<IssueState, bool> state) => rows.Where(c => state(c.State)).Sum(c => c.Count);
            var rated = rows.Where(c => c.Rating != null).Sum(c => c.Count);
            var satisfied = rows.Where(c => c.Rating is not (null or Rating.NotSatisfied)).Sum(c => c.Count);
            var covered = mine.Where(r => held.ContainsKey(r.Id)).Select(r => r.VillageId).OfType<Guid>().ToHashSet();
            var villageList = villageIds.ToList();
            return new GroundRow(id, name, mine.Count, rows.Sum(c => c.Count), Sum(Concluded.Contains),
                Sum(s => !Concluded.Contains(s) && s != IssueState.Rejected), Sum(s => s == IssueState.Rejected),
                Median(mine.SelectMany(r => daysOf[r.Id]).Order().ToList()), rated, rated == 0 ? null : Math.Round((double)satisfied / rated, 4),
                mine.Sum(r => held.GetValueOrDefault(r.Id)), villageList.Count, villageList.Count(covered.Contains));
        }

        var towns = await db.Set<Township>().AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var groups = await db.Set<DutyGroup>().AsNoTracking().OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var all = Row(Guid.Empty, "全区", _ => true, villages.Select(v => v.Id));
        return new GrassrootsStats(year, rooms.Count(r => r.IsOpen), all.Issues, all.Concluded,
            Enum.GetValues<IssueState>().ToDictionary(Codes.Of, s => counts.Where(c => c.State == s).Sum(c => c.Count)),
            all.MedianDaysToClose, all.SatisfactionRate, all.Sessions, all.Villages, all.VillagesWithSession,
            towns.Select(t => Row(t.Id, t.Name, r => roomOf[r].TownshipId == t.Id, villages.Where(v => v.TownshipId == t.Id).Select(v => v.Id))).ToList(),
            groups.Select(g => Row(g.Id, g.Name, r => roomOf[r].DutyGroupId == g.Id, villages.Where(v => v.DutyGroupId == g.Id).Select(v => v.Id))).ToList(),
            township == null && dutyGroup == null ? [] : rooms
                .Where(r => (township == null || r.TownshipId == township) && (dutyGroup == null || r.DutyGroupId == dutyGroup)).OrderBy(r => r.Name)
                .Select(room => Row(room.Id, room.Name, r => r == room.Id, room.VillageId is { } v ? [v] : [])).ToList());
    }

    static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : Math.Round(sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2, 1);

    public async Task<(byte[] Content, string FileName)> ExportAsync(int year, Guid? township = null, CancellationToken ct = default)
    {
        var stats = await HandleAsync(year, township, null, ct);
        Dictionary<string, object?> Line(string kind, GroundRow r) => new()
        {
            ["范围"] = kind, ["名称"] = r.Name, ["议事室"] = r.Rooms, ["提议"] = r.Issues, ["已办结"] = r.Concluded, ["办理中"] = r.Open, ["不予受理"] = r.Rejected,
            ["办结天数中位数"] = r.MedianDaysToClose, ["已评价"] = r.Rated, ["满意率"] = r.SatisfactionRate is { } s ? $"{s:P1}" : "",
            ["协商场次"] = r.Sessions, ["村（社区）"] = r.Villages, ["开展协商的村（社区）"] = r.VillagesWithSession,
        };
        var sheet = stats.ByTownship.Select(r => Line("镇（街道）", r)).Concat(stats.ByDutyGroup.Select(r => Line("履职小组", r)))
            .Concat(stats.ByRoom.Select(r => Line("议事室", r))).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "基层协商", cancellationToken: ct);
        return (stream.ToArray(), $"基层协商统计-{year}.xlsx");
    }
}
