using Xieshang.Platform.Auth;

namespace Xieshang.Plans;

public static class PlansPermissions
{
    public static readonly Permission Read = new("plans.read", "查看年度协商计划和工作清单",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member);

    /// <summary>The office drafts the plan and moves its topics along.</summary>
    public static readonly Permission Manage = new("plans.manage", "编制协商计划、推进协商议题", Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    /// <summary>主席会议审议, and recording the Party committee's decision and the issue of the plan.</summary>
    public static readonly Permission Approve = new("plans.approve", "审议、审定协商计划", Role.SystemAdmin, Role.Leader);

    /// <summary>月推进: the lead leaders enter their tasks' monthly progress (the office may for any task).</summary>
    public static readonly Permission Progress = new("plans.progress", "填写工作清单月度进展", Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader);

    public static IEnumerable<Permission> All => [Read, Manage, Approve, Progress];
}
