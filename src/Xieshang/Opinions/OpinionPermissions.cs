using Xieshang.Platform.Auth;

namespace Xieshang.Opinions;

public static class OpinionPermissions
{
    /// <summary>Opening the module at all; what each user sees is decided per record (<see cref="OpinionAccess"/>).</summary>
    public static readonly Permission Access = new("opinions.access", "进入社情民意（查看本人反映的信息）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member, Role.InfoOfficer);

    public static readonly Permission Submit = new("opinions.submit", "撰写、报送社情民意信息",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member, Role.InfoOfficer);

    public static readonly Permission Read = new("opinions.read", "查看全部社情民意信息",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector);

    /// <summary>信息工作: screen, edit (核稿), publish in the bulletin, report up — the information staff.</summary>
    public static readonly Permission Edit = new("opinions.edit", "审核、编辑、编发社情民意信息", Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    /// <summary>签发: the secretary-general or a vice-chair.</summary>
    public static readonly Permission Sign = new("opinions.sign", "签发社情民意信息", Role.SystemAdmin, Role.Leader);

    public static IEnumerable<Permission> All => [Access, Submit, Read, Edit, Sign];
}
