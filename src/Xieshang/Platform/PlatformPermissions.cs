using Xieshang.Platform.Auth;

namespace Xieshang.Platform;

public static class PlatformPermissions
{
    static readonly Role[] Everyone = Roles.All;

    public static readonly Permission Home = new("platform.home", "查看首页", Everyone);
    public static readonly Permission Account = new("platform.account", "管理本人账号（密码、两步验证）", Everyone);
    public static readonly Permission Inbox = new("platform.inbox", "查看站内消息", Everyone);
    public static readonly Permission AuditRead = new("platform.audit.read", "查询操作日志", Role.SystemAdmin, Role.CommitteeAdmin);
    public static readonly Permission RolesManage = new("platform.roles.manage", "分配角色与权限", Role.SystemAdmin, Role.CommitteeAdmin);
    public static readonly Permission HolidaysManage = new("platform.holidays.manage", "维护节假日与调休", Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);
    public static readonly Permission WorkflowHelp = new("platform.workflows.read", "查看流程说明", Everyone);
    public static readonly Permission Files = new("platform.files", "上传与下载附件（另受所属记录的权限限制）", Everyone);
    public static readonly Permission ApiReference = new("platform.api.read", "查看接口文档", Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    public static IEnumerable<Permission> All =>
        [Home, Account, Inbox, AuditRead, RolesManage, HolidaysManage, WorkflowHelp, Files, ApiReference];
}
