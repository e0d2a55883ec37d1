namespace Xieshang.Platform.Auth;

/// <summary>Role stereotypes. Each permission names the stereotypes it is granted to by default.</summary>
public enum Role
{
    SystemAdmin,
    CommitteeAdmin,
    OfficeStaff,
    Leader,
    CommitteeDirector,
    Member,
    HandlingUnit,
    InfoOfficer,
}

public static class Roles
{
    public static readonly Role[] All = Enum.GetValues<Role>();

    /// <summary>Roles that work on the office side; in Production they must use two-factor sign-in.</summary>
    public static readonly Role[] Staff = [Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector];

    public static string Label(Role role) => role switch
    {
        Role.SystemAdmin => "系统管理员",
        Role.CommitteeAdmin => "政协管理员",
        Role.OfficeStaff => "机关工作人员",
        Role.Leader => "政协领导",
        Role.CommitteeDirector => "专委会主任",
        Role.Member => "政协委员",
        Role.HandlingUnit => "承办单位",
        Role.InfoOfficer => "信息员",
        _ => role.ToString(),
    };
}
