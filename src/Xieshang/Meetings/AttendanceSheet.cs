using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Meetings;

public sealed record SheetRow(Guid Id, Guid MembershipId, string MemberNo, string Name, string Sector, bool IsStanding,
    string Role, string RoleLabel, string State, string StateLabel, int LeaveRequests, string? LeaveReason,
    DateTime? CheckedInAt, string? CheckInMethod, string Speech, string? SpeechTitle, decimal? Points, string? PointsBasis, int Version);

/// <summary>签到表: everyone on an activity's list in member-number order, and the same as an .xlsx file.</summary>
public sealed class AttendanceSheet(XieshangDb db)
{
    public async Task<IReadOnlyList<SheetRow>?> HandleAsync(Guid activityId, CancellationToken ct = default)
    {
        if (!await db.Set<Activity>().AnyAsync(a => a.Id == activityId, ct)) return null;
        var rows = await (
            from p in db.Set<Participation>().AsNoTracking()
            where p.ActivityId == activityId
            join m in db.Set<Membership>() on p.MembershipId equals m.Id
            join person in db.Set<Person>() on m.PersonId equals person.Id
            join s in db.Set<Sector>() on m.SectorId equals s.Id
            orderby m.MemberNo
            select new { p, m.MemberNo, person.Name, Sector = s.Name, m.IsStanding }).ToListAsync(ct);
        return rows.Select(r => new SheetRow(r.p.Id, r.p.MembershipId, r.MemberNo, r.Name, r.Sector, r.IsStanding,
            Codes.Of(r.p.Role), Web.Labels.Of(r.p.Role), Codes.Of(r.p.State), ParticipationFlow.Flow.LabelOf(r.p.State),
            r.p.LeaveRequests, r.p.LeaveReason, r.p.CheckedInAt, r.p.CheckInMethod is { } method ? Web.Labels.Of(method) : null,
            Codes.Of(r.p.Speech), r.p.SpeechTitle, r.p.Points, r.p.PointsBasis, r.p.Version)).ToList();
    }

    public async Task<(byte[] Content, string FileName)?> ExportAsync(Guid activityId, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity == null) return null;
        var rows = (await HandleAsync(activityId, ct))!;
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["委员证号"] = r.MemberNo, ["姓名"] = r.Name, ["界别"] = r.Sector, ["常委"] = r.IsStanding ? "是" : "", ["身份"] = r.RoleLabel,
            ["状态"] = r.StateLabel, ["请假事由"] = r.LeaveReason, ["签到时间"] = r.CheckedInAt is { } at ? Web.Shanghai.Format(at) : null,
            ["签到方式"] = r.CheckInMethod, ["发言"] = r.Speech == "NONE" ? null : Web.Labels.Of(Codes.Parse<SpeechKind>(r.Speech)!.Value),
            ["发言题目"] = r.SpeechTitle, ["履职分"] = r.Points, ["计分依据"] = r.PointsBasis,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "签到表", cancellationToken: ct);
        return (stream.ToArray(), $"签到表-{Web.Shanghai.Format(activity.StartsAt, withTime: false)}-{Safe(activity.Title)}.xlsx");
    }

    static string Safe(string title) => new(title.Where(c => !Path.GetInvalidFileNameChars().Contains(c) && c is not ('"' or '\\' or '/')).Take(40).ToArray());
}
