using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Web;

namespace Xieshang.Meetings;

public enum AudienceKind
{
    [Display(Name = "全体委员")] AllMembers,
    [Display(Name = "常委")] StandingMembers,
    [Display(Name = "专委会")] SpecialCommittee,
    [Display(Name = "界别")] Sector,
    [Display(Name = "委员工作组")] WorkGroup,
    [Display(Name = "履职小组")] DutyGroup,
    [Display(Name = "党支部")] PartyBranch,
    [Display(Name = "指定委员")] Members,
}

/// <summary>Whom to put on the list: a kind (ALL_MEMBERS, SECTOR …), the group's id when the kind needs one, or hand-picked seats.</summary>
public sealed record InviteRequest(string? Audience, Guid? TargetId = null, IReadOnlyList<Guid>? MembershipIds = null, string? Role = null);

public sealed record InviteResult(int Added, int AlreadyListed);

/// <summary>
/// Puts members on an activity's list by group. A party branch's members are the Communist members of its host (a work
/// group's duty groups, or a special committee): the roster has no separate branch list to fall out of step.
/// Once the activity is published, those added hear of it at once.
/// </summary>
public sealed class InviteMembers(XieshangDb db, Notifier notifier, CommitteeChanges changes)
{
    public const string CommunistParty = "中共党员";

    public async Task<Result<InviteResult>> HandleAsync(Guid activityId, InviteRequest request, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity == null) return new NotFound("活动不存在，或不属于本政协。");
        if (activity.State is ActivityState.Closed or ActivityState.Cancelled or ActivityState.Ended)
            return new Conflict($"活动“{ActivityFlow.Flow.LabelOf(activity.State)}”，不能再邀请。");
        if (Codes.Parse<AudienceKind>(request.Audience) is not { } kind)
            return new Invalid("邀请范围：应为 ALL_MEMBERS、STANDING_MEMBERS、SPECIAL_COMMITTEE、SECTOR、WORK_GROUP、DUTY_GROUP、PARTY_BRANCH 或 MEMBERS。");
        var role = request.Role is { Length: > 0 } r ? Codes.Parse<ParticipantRole>(r) : ParticipantRole.Attendee;
        if (role == null) return new Invalid("身份：应为 ATTENDEE、OBSERVER、SPEAKER、CONVENER 或 DRAFTER。");
        var seats = await SeatsAsync(kind, request, ct);
        if (!seats.Ok) return seats.Error!;

        var listed = await db.Set<Participation>().Where(p => p.ActivityId == activityId).Select(p => p.MembershipId).ToListAsync(ct);
        var fresh = seats.Value!.Where(s => !listed.Contains(s.MembershipId)).ToList();
        foreach (var (membershipId, userId) in fresh)
            db.Add(new Participation { ActivityId = activityId, MembershipId = membershipId, Role = role.Value });
        if (fresh.Count > 0)
        {
            db.Audit("activity.invite", "邀请参加", activity, $"{Labels.Of(kind)}：新增 {fresh.Count} 人（已在名单 {seats.Value!.Count - fresh.Count} 人）");
            if (activity.State is ActivityState.Published or ActivityState.InProgress)
                await notifier.NotifyAsync(fresh.Where(f => f.UserId != null).Select(f => f.UserId!.Value).ToList(),
                    ActivityNotices.Title(activity), ActivityNotices.Body(activity), $"/me/activities/{activity.Id}", ct);
            if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
            await changes.ChangedAsync(MeetingsModule.Changes, activity.CommitteeId);
        }
        return new InviteResult(fresh.Count, seats.Value!.Count - fresh.Count);
    }

    async Task<Result<List<(Guid MembershipId, Guid? UserId)>>> SeatsAsync(AudienceKind kind, InviteRequest request, CancellationToken ct)
    {
        var active = db.Set<Membership>().Where(m => m.Status == MembershipStatus.Active);
        Guid target = default;
        if (kind is not (AudienceKind.AllMembers or AudienceKind.StandingMembers or AudienceKind.Members))
        {
            if (request.TargetId is not { } t) return new Invalid($"请选择{Labels.Of(kind)}。");
            target = t;
        }
        IQueryable<Membership>? chosen = kind switch
        {
            AudienceKind.AllMembers => active,
            AudienceKind.StandingMembers => active.Where(m => m.IsStanding),
            AudienceKind.Sector => active.Where(m => m.SectorId == target),
            AudienceKind.DutyGroup => active.Where(m => m.DutyGroupId == target),
            AudienceKind.WorkGroup => active.Where(m => db.Set<DutyGroup>().Any(g => g.Id == m.DutyGroupId && g.WorkGroupId == target)),
            AudienceKind.SpecialCommittee => active.Where(m => db.Set<SpecialCommitteeSeat>().Any(s => s.MembershipId == m.Id && s.SpecialCommitteeId == target)),
            AudienceKind.Members => request.MembershipIds is { Count: > 0 and <= 1000 } ids ? active.Where(m => ids.Contains(m.Id)) : null,
            _ => null,
        };
        if (kind == AudienceKind.PartyBranch)
        {
            var branch = await db.Set<Organization.PartyBranch>().SingleOrDefaultAsync(b => b.Id == target, ct);
            if (branch == null) return new Invalid("党支部不存在，或不属于本政协。");
            var host = branch.HostId;
            var hosted = branch.HostKind == BranchHost.WorkGroup
                ? active.Where(m => db.Set<DutyGroup>().Any(g => g.Id == m.DutyGroupId && g.WorkGroupId == host))
                : active.Where(m => db.Set<SpecialCommitteeSeat>().Any(s => s.MembershipId == m.Id && s.SpecialCommitteeId == host));
            chosen = hosted.Where(m => db.Set<Person>().Any(p => p.Id == m.PersonId && p.Party == CommunistParty));
        }
        if (chosen == null) return new Invalid("指定委员：请选择 1 至 1,000 名委员。");
        if (kind is AudienceKind.Sector && !await db.Set<Sector>().AnyAsync(s => s.Id == target, ct)
            || kind is AudienceKind.DutyGroup && !await db.Set<DutyGroup>().AnyAsync(g => g.Id == target, ct)
            || kind is AudienceKind.WorkGroup && !await db.Set<WorkGroup>().AnyAsync(g => g.Id == target, ct)
            || kind is AudienceKind.SpecialCommittee && !await db.Set<Organization.SpecialCommittee>().AnyAsync(c => c.Id == target, ct))
            return new Invalid($"所选{Labels.Of(kind)}不存在，或不属于本政协。");
        var rows = await chosen.Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => new { m.Id, p.UserId }).ToListAsync(ct);
        if (kind == AudienceKind.Members && rows.Count != request.MembershipIds!.Distinct().Count())
            return new Invalid("指定委员中有人不在本政协在任委员之列。");
        return rows.Select(r => (r.Id, r.UserId)).ToList();
    }
}

/// <summary>The wording of the notice members receive.</summary>
public static class ActivityNotices
{
    public static string Title(Activity a) => $"{Labels.Of(a.Type)}通知：{a.Title}";

    public static string Body(Activity a) =>
        $"{Shanghai.Format(a.StartsAt)} 至 {Shanghai.Format(a.EndsAt)}，地点：{a.Place}。" + a.Attendance switch
        {
            AttendanceMode.Mandatory => "请准时参加；不能参加的请在开始前请假。",
            AttendanceMode.Invited => "请回复是否参加。",
            _ => "欢迎报名参加。",
        };
}
