using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Meetings;

public sealed record MyActivityRow(Guid ActivityId, string Type, string TypeLabel, string Title, DateTime StartsAt, DateTime EndsAt, string Place,
    string Attendance, string State, string StateLabel, decimal? Points);

public sealed record MyActivityList(IReadOnlyList<MyActivityRow> Upcoming, IReadOnlyList<MyActivityRow> Open, IReadOnlyList<MyActivityRow> Past);

/// <summary>
/// A member's own activities (我的活动): what is coming with their reply, open activities they may join, and their
/// attendance record of the year. Two indexed queries: the member's rows and the open notices.
/// </summary>
public sealed class MyActivities(XieshangDb db, RequestContext ctx, TimeProvider clock)
{
    public async Task<MyActivityList?> HandleAsync(int? year = null, CancellationToken ct = default)
    {
        if (await CurrentSeat.FindAsync(db, ctx, ct) is not { } seat) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var (yearStart, yearEnd) = ListActivities.YearBounds(year ?? Web.Shanghai.Today(clock).Year);
        var mine = await (
            from p in db.Set<Participation>().AsNoTracking()
            where p.MembershipId == seat
            join a in db.Set<Activity>() on p.ActivityId equals a.Id
            where a.State != ActivityState.Draft && a.State != ActivityState.PendingApproval && a.State != ActivityState.Cancelled
                && (a.EndsAt >= now || a.StartsAt >= yearStart && a.StartsAt < yearEnd)
            orderby a.StartsAt
            select new { a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.Place, a.Attendance, p.State, p.Points }).ToListAsync(ct);
        var listed = mine.Select(m => m.Id).ToHashSet();
        var open = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.Attendance == AttendanceMode.SignUp && a.State == ActivityState.Published && a.StartsAt >= now)
            .OrderBy(a => a.StartsAt).Take(20)
            .Select(a => new { a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.Place, a.Attendance }).ToListAsync(ct);
        MyActivityRow Row(Guid id, ActivityType type, string title, DateTime starts, DateTime ends, string place, AttendanceMode mode, ParticipationState? state, decimal? points) =>
            new(id, Codes.Of(type), Web.Labels.Of(type), title, starts, ends, place, Codes.Of(mode),
                state is { } s ? Codes.Of(s) : "NOT_LISTED", state is { } s2 ? ParticipationFlow.Flow.LabelOf(s2) : "未报名", points);
        return new MyActivityList(
            mine.Where(m => m.EndsAt >= now && m.State != ParticipationState.Cancelled)
                .Select(m => Row(m.Id, m.Type, m.Title, m.StartsAt, m.EndsAt, m.Place, m.Attendance, m.State, m.Points)).ToList(),
            open.Where(o => !listed.Contains(o.Id)).Select(o => Row(o.Id, o.Type, o.Title, o.StartsAt, o.EndsAt, o.Place, o.Attendance, null, null)).ToList(),
            mine.Where(m => m.EndsAt < now && m.StartsAt >= yearStart && m.StartsAt < yearEnd).OrderByDescending(m => m.StartsAt)
                .Select(m => Row(m.Id, m.Type, m.Title, m.StartsAt, m.EndsAt, m.Place, m.Attendance, m.State, m.Points)).ToList());
    }
}
