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
/// attendance record of the year. One query finds the member's rows through their login (the seat lookup joined in);
/// both it and the committee's open notices are kept, and forgotten on every node at any change to the committee's
/// activities or lists (<see cref="CommitteeChanges"/>).
/// </summary>
public sealed class MyActivities(XieshangDb db, RequestContext ctx, TimeProvider clock, Microsoft.Extensions.Caching.Memory.IMemoryCache cache, CommitteeChanges changes)
{
    static readonly TimeSpan OpenTtl = TimeSpan.FromSeconds(30), MineTtl = TimeSpan.FromMinutes(1);

    sealed record Row(Guid Id, ActivityType Type, string Title, DateTime StartsAt, DateTime EndsAt, string Place, AttendanceMode Attendance,
        ParticipationState? State, decimal? Points);

    public async Task<MyActivityList?> HandleAsync(int? year = null, CancellationToken ct = default)
    {
        if (ctx.UserId is not { } user) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var (yearStart, yearEnd) = ListActivities.YearBounds(year ?? Web.Shanghai.Today(clock).Year);
        var committee = ctx.CommitteeId!.Value;
        var token = changes.Token(MeetingsModule.Changes, committee);
        // Kept per member for a minute, and forgotten on every node at any change to the committee's activities.
        var mine = await SharedCache.GetAsync(cache, ("meetings.mine", committee, user, yearStart), MineTtl, () => (
            from person in db.Set<Person>().AsNoTracking()
            where person.UserId == user
            join m in db.Set<Membership>() on person.Id equals m.PersonId
            where m.Status == MembershipStatus.Active
            join p in db.Set<Participation>() on m.Id equals p.MembershipId
            join a in db.Set<Activity>() on p.ActivityId equals a.Id
            where a.State != ActivityState.Draft && a.State != ActivityState.PendingApproval && a.State != ActivityState.Cancelled
                && (a.EndsAt >= now || a.StartsAt >= yearStart && a.StartsAt < yearEnd)
            orderby a.StartsAt
            select new Row(a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.Place, a.Attendance, p.State, p.Points)).ToListAsync(CancellationToken.None), token);
        // No rows: either nothing yet, or no seat at all — only then is the seat looked up on its own.
        if (mine.Count == 0 && await CurrentSeat.FindAsync(db, ctx, ct) is null) return null;
        var open = await SharedCache.GetAsync(cache, ("meetings.open", committee), OpenTtl, () =>
            db.Set<Activity>().AsNoTracking()
                .Where(a => a.Attendance == AttendanceMode.SignUp && a.State == ActivityState.Published && a.StartsAt >= now)
                .OrderBy(a => a.StartsAt).Take(50)
                .Select(a => new Row(a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.Place, a.Attendance, null, null)).ToListAsync(CancellationToken.None), token);
        var listed = mine.Select(m => m.Id).ToHashSet();
        return new MyActivityList(
            mine.Where(m => m.EndsAt >= now && m.State != ParticipationState.Cancelled).Select(View).ToList(),
            open.Where(o => o.StartsAt >= now && !listed.Contains(o.Id)).Take(20).Select(View).ToList(),
            mine.Where(m => m.EndsAt < now && m.StartsAt >= yearStart && m.StartsAt < yearEnd).OrderByDescending(m => m.StartsAt).Select(View).ToList());
    }

    static MyActivityRow View(Row r) =>
        new(r.Id, Codes.Of(r.Type), Web.Labels.Of(r.Type), r.Title, r.StartsAt, r.EndsAt, r.Place, Codes.Of(r.Attendance),
            r.State is { } s ? Codes.Of(s) : "NOT_LISTED", r.State is { } s2 ? ParticipationFlow.Flow.LabelOf(s2) : "未报名", r.Points);
}
