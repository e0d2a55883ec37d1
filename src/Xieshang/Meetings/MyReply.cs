using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Meetings;

/// <summary>
/// A member answers for themself: 参加, 不参加, 请假 (with a reason, at most twice, before the start) or 撤回请假.
/// On an open activity a member who is not on the list signs up by taking part.
/// </summary>
public sealed class MyReply(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock, Notifier notifier, CommitteeChanges changes)
{
    public const int MaxLeaveRequests = 2;
    static readonly string[] Actions = ["sign_up", "decline", "ask_leave", "withdraw_leave"];

    public async Task<Result<Participation>> HandleAsync(Guid activityId, string action, ActionRequest? request, CancellationToken ct = default)
    {
        if (!Actions.Contains(action)) return new NotFound($"没有名为“{action}”的操作。");
        if (await CurrentSeat.FindAsync(db, ctx, ct) is not { } seat) return new Forbidden("您在本政协没有委员席位。");
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        var row = await db.Set<Participation>().SingleOrDefaultAsync(p => p.ActivityId == activityId && p.MembershipId == seat, ct);
        if (activity == null || (row == null && !(activity.Attendance == AttendanceMode.SignUp && ActivityFlow.IsScheduled(activity.State))))
            return new NotFound("活动不存在，或您不在该活动的名单上。");
        if (activity.State is not (ActivityState.Published or ActivityState.InProgress))
            return new Conflict($"活动“{ActivityFlow.Flow.LabelOf(activity.State)}”，不能再回复。");
        if (request?.Version is { } v && row != null && v != row.Version) return new Conflict("您的回复已在别处更改，请刷新后再操作。");
        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= activity.StartsAt && action is "sign_up" or "decline" or "ask_leave")
            return new Conflict(action == "ask_leave" ? "活动已开始，不能再请假；如有特殊情况请联系工作人员。" : "活动已开始，不能再回复。");
        if (action == "sign_up" && activity.SignUpUntil is { } until && now > until)
            return new Conflict($"报名已于 {Web.Shanghai.Format(until)} 截止。");

        if (row == null)
        {
            if (action != "sign_up") return new NotFound("您不在该活动的名单上；开放报名的活动请先报名。");
            db.Add(row = new Participation
            {
                ActivityId = activityId, MembershipId = seat, UserId = ctx.UserId, Activity = activity, State = ParticipationState.SignedUp,
            });
            db.Audit("participation.sign_up", "报名参加", row, "开放报名");
        }
        else
        {
            row.Activity = activity;
            row.UserId = ctx.UserId; // the seat was found through this login
            string? reason = null;
            if (action == "ask_leave")
            {
                reason = request?.Note?.Trim();
                if (string.IsNullOrEmpty(reason) || reason.Length > 200) return new Invalid("请假事由：请填写（不超过 200 字）。");
                if (row.State == ParticipationState.LeaveRequested) return new Conflict("请假申请正在审批中。");
                if (row.LeaveRequests >= MaxLeaveRequests) return new Conflict($"每项活动最多请假 {MaxLeaveRequests} 次，您已请过 {row.LeaveRequests} 次。");
            }
            var applied = await engine.ApplyAsync(ParticipationFlow.Flow, row, action, reason, ct);
            if (!applied.Ok) return applied.Error!;
            if (action == "ask_leave")
            {
                row.LeaveRequests++;
                row.LeaveReason = reason;
                var approvers = await LeaveApproval.ForAsync(db, activity, ct);
                var to = approvers.Office ? activity.CreatedBy is { } c ? [c] : new List<Guid>() : approvers.Users.ToList();
                var name = await db.Set<Membership>().Where(m => m.Id == seat).Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => p.Name).SingleAsync(ct);
                await notifier.NotifyAsync(to, $"请假申请：{activity.Title}", $"{name}委员请假，事由：{reason}", $"/activities/{activity.Id}", ct);
            }
        }
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(MeetingsModule.Changes, row.CommitteeId);
        return row;
    }
}
