using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Meetings;

/// <summary>
/// Moves an activity through its table and does what each step brings: approval sends the notice to the list,
/// cancelling tells them, closing needs the minutes or brief and settles attendance.
/// </summary>
public sealed class ActivityActions(XieshangDb db, WorkflowEngine engine, Notifier notifier, SettleAttendance settle, CommitteeChanges changes)
{
    public async Task<Result<Activity>> HandleAsync(Guid id, string action, ActionRequest? request, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity == null) return new NotFound("活动不存在，或不属于本政协。");
        if (request?.Version is { } v && v != activity.Version) return new Conflict("该活动已被他人修改，请刷新后再操作。");
        var wasPublished = activity.State is ActivityState.Published;
        if (action == "close" && activity.State == ActivityState.Ended
            && !await db.Set<ActivityDocument>().AnyAsync(d => d.ActivityId == id, ct))
            return new Conflict("请先上传会议纪要或活动简报，再履职关闭。");
        var applied = await engine.ApplyAsync(ActivityFlow.Flow, activity, action, request?.Note, ct);
        if (!applied.Ok) return applied.Error!;

        var link = $"/me/activities/{activity.Id}";
        if (action == "approve")
            await notifier.NotifyAsync(await ListedUsersAsync(id, ct), ActivityNotices.Title(activity), ActivityNotices.Body(activity), link, ct);
        else if (action == "cancel" && wasPublished)
            await notifier.NotifyAsync(await ListedUsersAsync(id, ct), $"活动取消：{activity.Title}",
                $"原定 {Web.Shanghai.Format(activity.StartsAt)} 的活动已取消。" + (request?.Note is { Length: > 0 } n ? $"说明：{n}" : ""), link, ct);
        else if (action == "close")
            await settle.SettleAsync(activity, ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(MeetingsModule.Changes, activity.CommitteeId);
        return activity;
    }

    async Task<List<Guid>> ListedUsersAsync(Guid activityId, CancellationToken ct) => await ListedUsers(db, activityId).ToListAsync(ct);

    /// <summary>The logins of those on the list (not removed), for notices.</summary>
    public static IQueryable<Guid> ListedUsers(XieshangDb db, Guid activityId) =>
        from p in db.Set<Participation>()
        where p.ActivityId == activityId && p.State != ParticipationState.Cancelled
        join m in db.Set<Organization.Membership>() on p.MembershipId equals m.Id
        join person in db.Set<Organization.Person>() on m.PersonId equals person.Id
        where person.UserId != null
        select person.UserId!.Value;
}
