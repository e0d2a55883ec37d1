using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Meetings;

public sealed record SpeechRequest(string? Speech, string? Title, int? Version = null);

/// <summary>
/// What staff and approvers do to one row of the list: decide leave, check in at the desk, undo a check-in, remove or
/// restore, record a speech. A change to a closed activity settles it again.
/// </summary>
public sealed class ParticipantActions(XieshangDb db, WorkflowEngine engine, Notifier notifier, SettleAttendance settle, TimeProvider clock, CommitteeChanges changes)
{
    static readonly string[] Actions = ["approve_leave", "deny_leave", "desk_check_in", "undo_check_in", "remove", "restore"];

    public async Task<Result<Participation>> HandleAsync(Guid participationId, string action, ActionRequest? request, CancellationToken ct = default)
    {
        if (!Actions.Contains(action)) return new NotFound($"没有名为“{action}”的操作。");
        var row = await db.Set<Participation>().Include(p => p.Activity).SingleOrDefaultAsync(p => p.Id == participationId, ct);
        if (row == null) return new NotFound("名单上没有这条记录，或不属于本政协。");
        if (request?.Version is { } v && v != row.Version) return new Conflict("这条记录已被他人修改，请刷新后再操作。");
        var activity = row.Activity!;
        if (action is "remove" or "restore" && activity.State is ActivityState.Closed or ActivityState.Cancelled)
            return new Conflict($"活动“{ActivityFlow.Flow.LabelOf(activity.State)}”，名单不能再调整。");
        if (action == "desk_check_in" && !ActivityFlow.IsScheduled(activity.State))
            return new Conflict($"活动“{ActivityFlow.Flow.LabelOf(activity.State)}”，不能签到。");
        row.Approvers = await LeaveApproval.ForAsync(db, activity, ct);
        row.UserId = await db.Set<Organization.Membership>().Where(m => m.Id == row.MembershipId)
            .Join(db.Set<Organization.Person>(), m => m.PersonId, p => p.Id, (m, p) => p.UserId).SingleAsync(ct);
        var applied = await engine.ApplyAsync(ParticipationFlow.Flow, row, action, request?.Note, ct);
        if (!applied.Ok) return applied.Error!;
        switch (action)
        {
            case "desk_check_in":
                row.CheckedInAt = clock.GetUtcNow().UtcDateTime;
                row.CheckInMethod = CheckInMethod.Desk;
                break;
            case "undo_check_in":
                row.CheckedInAt = null;
                row.CheckInMethod = null;
                break;
            case "approve_leave" or "deny_leave" when row.UserId is { } user:
                await notifier.NotifyAsync([user], $"请假{(action == "approve_leave" ? "已同意" : "未同意")}：{activity.Title}",
                    action == "approve_leave" ? "您的请假申请已同意。" : "您的请假申请未获同意，请按时参加。" + (request?.Note is { Length: > 0 } n ? $"说明：{n}" : ""),
                    $"/me/activities/{activity.Id}", ct);
                break;
        }
        if (activity.State == ActivityState.Closed) await settle.SettleAsync(activity, ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(MeetingsModule.Changes, row.CommitteeId);
        return row;
    }

    public async Task<Result<Participation>> SpeechAsync(Guid participationId, SpeechRequest request, CancellationToken ct = default)
    {
        var row = await db.Set<Participation>().Include(p => p.Activity).SingleOrDefaultAsync(p => p.Id == participationId, ct);
        if (row == null) return new NotFound("名单上没有这条记录，或不属于本政协。");
        if (request.Version is { } v && v != row.Version) return new Conflict("这条记录已被他人修改，请刷新后再操作。");
        if (Codes.Parse<SpeechKind>(request.Speech) is not { } kind) return new Invalid("发言：应为 NONE、ORAL（口头）或 WRITTEN（书面）。");
        var title = request.Title?.Trim();
        if (title?.Length > 200) return new Invalid("发言题目：不超过 200 字。");
        if (kind != SpeechKind.None && row.State is not (ParticipationState.CheckedIn or ParticipationState.WalkIn) && kind == SpeechKind.Oral)
            return new Conflict("口头发言须本人到会；未到会的请记为书面发言。");
        row.Speech = kind;
        row.SpeechTitle = kind == SpeechKind.None ? null : title;
        db.Audit("participation.speech", "记录发言", row);
        if (row.Activity!.State == ActivityState.Closed) await settle.SettleAsync(row.Activity, ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(MeetingsModule.Changes, row.CommitteeId);
        return row;
    }
}
