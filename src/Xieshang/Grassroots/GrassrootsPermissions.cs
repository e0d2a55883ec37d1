using Xieshang.Platform.Auth;

namespace Xieshang.Grassroots;

public static class GrassrootsPermissions
{
    public static readonly Permission Read = new("grassroots.read", "查看议事室与码上议",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader);

    public static readonly Permission Handle = new("grassroots.handle", "办理码上议（受理、分流、协商、办结、公示）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    public static readonly Permission ManageRooms = new("grassroots.rooms", "维护协商议事室（召集人、二维码）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    /// <summary>
    /// The citizen's own steps (rating, asking to reopen), taken without an account on the strength of the tracking
    /// code. Granted to no role: it names the actor in the workflow table.
    /// </summary>
    public static readonly Permission Citizen = new("grassroots.citizen", "群众（凭查询码，无需登录）");

    public static IEnumerable<Permission> All => [Read, Handle, ManageRooms, Citizen];
}
