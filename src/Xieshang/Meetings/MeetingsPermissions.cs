using Xieshang.Platform.Auth;

namespace Xieshang.Meetings;

public static class MeetingsPermissions
{
    public static readonly Permission Read = new("meetings.read", "查看全部会议活动与出勤",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector);

    /// <summary>Opening one activity: staff see any, a member the ones they are on or may join (the use case decides).</summary>
    public static readonly Permission View = new("meetings.view", "查看会议活动（委员看本人相关的）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member);

    public static readonly Permission Manage = new("meetings.manage", "组织会议活动（新建、邀请、补签、纪要、结算）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    public static readonly Permission Approve = new("meetings.approve", "审批会议活动的发布", Role.CommitteeAdmin, Role.Leader);

    /// <summary>
    /// Who may decide leave at all; which requests each may decide is the record's own rule (the chair, the organising
    /// committee's director — a member whose seat says so —, or the office). Members hold it for that reason: a
    /// directorship is roster data, not a role someone must remember to grant.
    /// </summary>
    public static readonly Permission DecideLeave = new("meetings.leave", "审批请假（主席、专委会主任或办公室，按活动而定）",
        Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member);

    public static readonly Permission Attend = new("meetings.attend", "参加会议活动（报名、请假、扫码签到）", Role.Member);

    public static IEnumerable<Permission> All => [Read, View, Manage, Approve, DecideLeave, Attend];
}
