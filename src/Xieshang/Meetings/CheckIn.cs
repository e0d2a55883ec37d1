using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;
using Xieshang.Web;

namespace Xieshang.Meetings;

public sealed record CheckInRequest(string? Code);

public sealed record CheckInResult(Guid ParticipationId, string State, string StateLabel, DateTime CheckedInAt, bool WalkIn);

/// <summary>
/// A member checks themself in with the code on the venue screen, or staff check a member in at the desk. A member not
/// on the list is recorded as a walk-in. Failed scans (forged, expired, outside the window) are audited, since they
/// are how someone tries to sign in from afar.
/// </summary>
public sealed class CheckIn(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock, SettleAttendance settle, CommitteeChanges changes)
{
    public async Task<Result<CheckInResult>> ByCodeAsync(Guid activityId, string? code, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity == null) return new NotFound("活动不存在，或不属于本政协。");
        var now = clock.GetUtcNow();
        return CheckInCodes.Verify(activity, code, now) switch
        {
            CodeCheck.Valid => await SelfAsync(activity, ct),
            CodeCheck.Expired => await RefuseAsync(activity, new Conflict("签到码已过期，请扫描现场大屏上的最新二维码。"), ct),
            _ => await RefuseAsync(activity, new Invalid("签到码无效：不是本活动现场大屏上的二维码。"), ct),
        };
    }

    public sealed record Scan(Guid ActivityId, string Title, string Place, string Ticket);

    /// <summary>
    /// The scan page: the code is checked as the member arrives, and a valid scan gives a two-minute ticket for the
    /// confirm button — so the code may rotate while they read the page, but a stale photo still fails here.
    /// </summary>
    public async Task<Result<Scan>> ScanAsync(Guid activityId, string? code, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity == null) return new NotFound("活动不存在，或不属于本政协。");
        if (ctx.UserId is not { } user) return new Forbidden("请先登录。");
        var check = CheckInCodes.Verify(activity, code, clock.GetUtcNow());
        if (check != CodeCheck.Valid)
        {
            var refused = await RefuseAsync(activity, check == CodeCheck.Expired
                ? new Conflict("签到码已过期，请扫描现场大屏上的最新二维码。")
                : new Invalid("签到码无效：不是本活动现场大屏上的二维码。"), ct);
            return refused.Error!;
        }
        if (await CurrentSeat.FindAsync(db, ctx, ct) is null) return new Forbidden("只有本政协在任委员可以扫码签到。");
        return new Scan(activity.Id, activity.Title, activity.Place, CheckInCodes.Ticket(activity, user, clock.GetUtcNow()));
    }

    /// <summary>The confirm button of the scan page: the ticket it carries proves a valid scan by this user moments ago.</summary>
    public async Task<Result<CheckInResult>> ByTicketAsync(Guid activityId, string? ticket, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity == null) return new NotFound("活动不存在，或不属于本政协。");
        if (ctx.UserId is not { } user) return new Forbidden("请先登录。");
        return CheckInCodes.VerifyTicket(activity, user, ticket, clock.GetUtcNow()) switch
        {
            CodeCheck.Valid => await SelfAsync(activity, ct),
            CodeCheck.Expired => new Conflict("确认超时，请重新扫描现场大屏上的二维码。"),
            _ => await RefuseAsync(activity, new Invalid("签到凭据无效，请重新扫描现场大屏上的二维码。"), ct),
        };
    }

    async Task<Result<CheckInResult>> SelfAsync(Activity activity, CancellationToken ct)
    {
        if (await CurrentSeat.FindAsync(db, ctx, ct) is not { } seat) return new Forbidden("只有本政协在任委员可以扫码签到。");
        if (activity.State is not (ActivityState.Published or ActivityState.InProgress))
            return new Conflict($"活动“{ActivityFlow.Flow.LabelOf(activity.State)}”，不能签到。");
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < activity.CheckInFrom || now > activity.CheckInUntil)
            return await RefuseAsync(activity, new Conflict($"签到时间为 {Shanghai.Format(activity.CheckInFrom)} 至 {Shanghai.Format(activity.CheckInUntil)}，现在不能签到。"), ct);
        return await MarkAsync(activity, seat, "check_in", Meetings.CheckInMethod.Qr, ct, self: true);
    }

    /// <summary>Staff at the desk, during the activity or as a correction afterwards (which settles again).</summary>
    public async Task<Result<CheckInResult>> AtDeskAsync(Guid activityId, Guid membershipId, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity == null) return new NotFound("活动不存在，或不属于本政协。");
        if (!ActivityFlow.IsScheduled(activity.State))
            return new Conflict($"活动“{ActivityFlow.Flow.LabelOf(activity.State)}”，不能签到。");
        if (!await db.Set<Membership>().AnyAsync(m => m.Id == membershipId && m.Status == MembershipStatus.Active, ct))
            return new Invalid("该委员不在本政协在任委员之列。");
        return await MarkAsync(activity, membershipId, "desk_check_in", Meetings.CheckInMethod.Desk, ct);
    }

    async Task<Result<CheckInResult>> MarkAsync(Activity activity, Guid seat, string action, CheckInMethod method, CancellationToken ct, bool self = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Set<Participation>().SingleOrDefaultAsync(p => p.ActivityId == activity.Id && p.MembershipId == seat, ct);
        if (row is { State: ParticipationState.CheckedIn or ParticipationState.WalkIn })
            return new Conflict($"已于 {Shanghai.Format(row.CheckedInAt ?? now)} 签到，无需重复签到。");
        if (row is { State: ParticipationState.Cancelled })
            return new Conflict("已被移出该活动名单；如需参加，请联系工作人员恢复。");
        if (row == null)
        {
            db.Add(row = new Participation
            {
                ActivityId = activity.Id, MembershipId = seat, State = ParticipationState.WalkIn,
                CheckedInAt = now, CheckInMethod = method,
            });
            db.Audit("participation.walk_in", "签到（未报名）", row, $"{Labels.Of(method)}签到，不在名单上");
        }
        else
        {
            row.Activity = activity;
            // The seat was found through this login: a login granted after the invitation is the member's all the same.
            if (self) row.UserId = ctx.UserId;
            var applied = await engine.ApplyAsync(ParticipationFlow.Flow, row, action, null, ct);
            if (!applied.Ok) return applied.Error!;
            row.CheckedInAt = now;
            row.CheckInMethod = method;
        }
        if (activity.State == ActivityState.Closed) await settle.SettleAsync(activity, ct);
        // Two taps of the same phone at once: the unique row or its version lets one through; the other learns it is done.
        if (await db.SaveOrConflictAsync(ct) is not null) return new Conflict("已签到，无需重复签到。");
        await changes.ChangedAsync(MeetingsModule.Changes, activity.CommitteeId);
        return new CheckInResult(row.Id, Platform.Codes.Of(row.State), ParticipationFlow.Flow.LabelOf(row.State), now, row.State == ParticipationState.WalkIn);
    }

    async Task<Result<CheckInResult>> RefuseAsync(Activity activity, Error error, CancellationToken ct)
    {
        db.Audit("activity.check_in_refused", "签到被拒", activity, error.Message);
        await db.SaveChangesAsync(ct);
        return error;
    }
}
