using Xieshang.Platform.Workflow;
using static Xieshang.Meetings.ParticipationState;

namespace Xieshang.Meetings;

/// <summary>Who decides a member's leave: the chair (plenary, standing committee), a committee's director, or the office.</summary>
public sealed record LeaveApprovers(bool Office, IReadOnlySet<Guid> Users, string Description);

/// <summary>A member's participation in one activity (domain.md §3.6), as one table.</summary>
public static class ParticipationFlow
{
    static readonly Condition<Participation> Own = new("仅本人", (p, ctx) => p.UserId != null && p.UserId == ctx.UserId);

    static readonly Condition<Participation> OwnOptional = new("仅本人，且非应到会议",
        (p, ctx) => Own.Allows(p, ctx) && p.Activity?.Attendance != AttendanceMode.Mandatory);

    static readonly Condition<Participation> OwnMandatory = new("仅本人，且为应到会议",
        (p, ctx) => Own.Allows(p, ctx) && p.Activity?.Attendance == AttendanceMode.Mandatory);

    static readonly Condition<Participation> Approver = new("全体会议、常委会议由主席审批；专委会活动由该专委会主任审批；其他由政协办公室审批",
        (p, ctx) => p.Approvers is { } a && (a.Office ? ctx.Has(MeetingsPermissions.Manage) : ctx.UserId is { } u && a.Users.Contains(u)));

    static IEnumerable<Transition<Participation, ParticipationState>> From(ParticipationState[] states, string action, string label,
        ParticipationState to, Platform.Auth.Permission permission, Condition<Participation>? condition = null) =>
        states.Select(s => new Transition<Participation, ParticipationState>(s, action, label, to, permission, null, condition));

    static readonly ParticipationState[] NotCheckedIn = [Invited, SignedUp, Declined, LeaveRequested, LeaveApproved, LeaveDenied, Absent];

    public static readonly Workflow<Participation, ParticipationState> Flow = new("participation", "参会", Invited,
        new Dictionary<ParticipationState, string>
        {
            [Invited] = "待确认", [SignedUp] = "参加", [Declined] = "不参加", [LeaveRequested] = "请假申请", [LeaveApproved] = "同意请假",
            [LeaveDenied] = "不同意请假", [CheckedIn] = "已签到", [WalkIn] = "已签到（未报名）", [Absent] = "缺席", [Cancelled] = "取消",
        },
        [
            .. From([Invited, Declined], "sign_up", "参加", SignedUp, MeetingsPermissions.Attend, Own),
            .. From([Invited, SignedUp], "decline", "不参加", Declined, MeetingsPermissions.Attend, OwnOptional),
            .. From([Invited, SignedUp, LeaveDenied], "ask_leave", "请假", LeaveRequested, MeetingsPermissions.Attend, OwnMandatory),
            new(LeaveRequested, "withdraw_leave", "撤回请假", SignedUp, MeetingsPermissions.Attend, null, Own),
            new(LeaveRequested, "approve_leave", "同意请假", LeaveApproved, MeetingsPermissions.DecideLeave, null, Approver),
            new(LeaveRequested, "deny_leave", "不同意请假", LeaveDenied, MeetingsPermissions.DecideLeave, null, Approver),
            .. From(NotCheckedIn, "check_in", "扫码签到", CheckedIn, MeetingsPermissions.Attend, Own),
            // The desk: staff check a member in by hand (audited like every transition), or correct a check-in afterwards.
            .. From(NotCheckedIn, "desk_check_in", "补签到", CheckedIn, MeetingsPermissions.Manage),
            // An undone check-in is an absence; an undone walk-in was never on the list.
            new(CheckedIn, "undo_check_in", "撤销签到", Absent, MeetingsPermissions.Manage),
            new(WalkIn, "undo_check_in", "撤销签到", Cancelled, MeetingsPermissions.Manage),
            .. From([Invited, SignedUp, Declined, LeaveRequested, LeaveApproved, LeaveDenied], "remove", "移出名单", Cancelled, MeetingsPermissions.Manage),
            new(Cancelled, "restore", "恢复到名单", Invited, MeetingsPermissions.Manage),
        ]);
}
