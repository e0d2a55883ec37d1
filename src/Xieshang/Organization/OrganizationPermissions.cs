using Xieshang.Platform.Auth;

namespace Xieshang.Organization;

public static class OrganizationPermissions
{
    public static readonly Permission Read = new("organization.read", "查看组织架构（界别、工作组、履职小组、村居、支部、制度）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member);

    public static readonly Permission Contacts = new("organization.contacts", "查看委员联系方式",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader);

    /// <summary>A member's own groups page; staff without a seat have nothing to see there.</summary>
    public static readonly Permission MyGroups = new("organization.mygroups", "查看“我的小组”", Role.Member);

    public static readonly Permission Manage = new("organization.manage", "维护委员与组织架构（开通账号、离任等）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    public static IEnumerable<Permission> All => [Read, Contacts, MyGroups, Manage];
}
