using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Meetings;

public sealed record ActivityView(
    Guid Id, string Type, string TypeLabel, string Title, string Description, string Place,
    DateTime StartsAt, DateTime EndsAt, DateTime CheckInFrom, DateTime CheckInUntil, string Attendance, string AttendanceLabel,
    DateTime? SignUpUntil, string Organizer, Guid? OrganizerCommitteeId, Guid? CampaignId, string? Campaign, string Tags,
    string LeaveApprover, DateTime? SettledAt, WorkflowView Workflow, MyParticipation? Mine);

public sealed record MyParticipation(Guid Id, string State, string StateLabel, int LeaveRequests, string? LeaveReason,
    DateTime? CheckedInAt, decimal? Points, IReadOnlyList<AvailableAction> Actions);

public sealed record AttendanceCounts(Guid ActivityId, int Listed, IReadOnlyDictionary<string, int> ByState, int Present, int Expected, double? Rate);

/// <summary>One activity as staff and its members see it: the notice, its state and next steps, and the caller's own row.</summary>
public sealed class GetActivity(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock)
{
    public async Task<ActivityView?> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var a = await db.Set<Activity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a == null) return null;
        var seat = await CurrentSeat.FindAsync(db, ctx, ct);
        var row = seat == null ? null : await db.Set<Participation>().AsNoTracking().SingleOrDefaultAsync(p => p.ActivityId == id && p.MembershipId == seat, ct);
        // Staff see every activity; a member sees the published ones they are on, and the open ones.
        if (!ctx.Has(MeetingsPermissions.Read) && !(ActivityFlow.IsScheduled(a.State) && (row != null || a.Attendance == AttendanceMode.SignUp)))
            return null;
        var campaign = a.CampaignId == null ? null : await db.Set<Campaign>().Where(c => c.Id == a.CampaignId).Select(c => $"{c.Year}年第{c.Quarter}季度 · {c.Theme}").SingleOrDefaultAsync(ct);
        var approvers = await LeaveApproval.ForAsync(db, a, ct);
        MyParticipation? mine = null;
        if (row != null)
        {
            row.Activity = a;
            row.UserId = ctx.UserId;
            mine = new MyParticipation(row.Id, Codes.Of(row.State), ParticipationFlow.Flow.LabelOf(row.State), row.LeaveRequests, row.LeaveReason,
                row.CheckedInAt, row.Points, MemberActions(a, row));
        }
        else if (seat != null && a.Attendance == AttendanceMode.SignUp && a.State is ActivityState.Published or ActivityState.InProgress
                 && clock.GetUtcNow().UtcDateTime < a.StartsAt)
            mine = new MyParticipation(Guid.Empty, "NOT_LISTED", "未报名", 0, null, null, null, [new AvailableAction("sign_up", "报名参加")]);
        return new ActivityView(a.Id, Codes.Of(a.Type), Web.Labels.Of(a.Type), a.Title, a.Description, a.Place, a.StartsAt, a.EndsAt,
            a.CheckInFrom, a.CheckInUntil, Codes.Of(a.Attendance), Web.Labels.Of(a.Attendance), a.SignUpUntil, a.Organizer,
            a.OrganizerCommitteeId, a.CampaignId, campaign, a.Tags, approvers.Description, a.SettledAt,
            engine.View(ActivityFlow.Flow, a), mine);
    }

    /// <summary>
    /// The replies a member can give now: before the start, and never check-in (that is by scanning). The same rules
    /// as <see cref="MyReply"/>, so that no button leads to a refusal.
    /// </summary>
    IReadOnlyList<AvailableAction> MemberActions(Activity a, Participation row) =>
        a.State is ActivityState.Published or ActivityState.InProgress && clock.GetUtcNow().UtcDateTime < a.StartsAt
            ? engine.Available(ParticipationFlow.Flow, row)
                .Where(x => x.Action != "check_in" && (x.Action != "ask_leave" || row.LeaveRequests < MyReply.MaxLeaveRequests)).ToList()
            : [];

    public async Task<AttendanceCounts?> CountsAsync(Guid id, CancellationToken ct = default)
    {
        var a = await db.Set<Activity>().AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Attendance }).SingleOrDefaultAsync(ct);
        if (a == null) return null;
        var counts = await db.Set<Participation>().Where(p => p.ActivityId == id).GroupBy(p => p.State)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byState = Enum.GetValues<ParticipationState>().ToDictionary(Codes.Of, s => counts.FirstOrDefault(c => c.State == s)?.Count ?? 0);
        int Of(ParticipationState s) => byState[Codes.Of(s)];
        var present = Of(ParticipationState.CheckedIn) + Of(ParticipationState.WalkIn);
        // Expected: everyone listed and not excused — the base of the attendance rate.
        var expected = counts.Sum(c => c.Count) - Of(ParticipationState.Cancelled) - Of(ParticipationState.Declined) - Of(ParticipationState.LeaveApproved)
            - (a.Attendance == AttendanceMode.Mandatory ? 0 : Of(ParticipationState.Invited));
        return new AttendanceCounts(id, counts.Sum(c => c.Count) - Of(ParticipationState.Cancelled), byState, present, expected,
            expected > 0 ? Math.Round((double)present / expected, 4) : null);
    }
}
