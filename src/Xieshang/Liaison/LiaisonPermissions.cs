using Xieshang.Platform.Auth;

namespace Xieshang.Liaison;

public static class LiaisonPermissions
{
    /// <summary>The halls' pages are open to every member: who contacts whom, about what, how (phones stay hidden).</summary>
    public static readonly Permission Read = new("liaison.read", "查看一厅一室（界别议事厅、委员工作室）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member);

    public static readonly Permission Record = new("liaison.record", "记录联系界别群众情况、维护本人的联系对象",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Member);

    public static readonly Permission Manage = new("liaison.manage", "维护一厅一室（全部联系对象、年度工作内容、代委员记录）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    public static IEnumerable<Permission> All => [Read, Record, Manage];
}
