using Xieshang.Platform.Auth;

namespace Xieshang.Proposals;

public static class ProposalPermissions
{
    /// <summary>Opening a proposal at all; what each user then sees of it is decided per record (<see cref="ProposalAccess"/>).</summary>
    public static readonly Permission Access = new("proposals.access", "进入提案系统（查看本人有关的提案）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member, Role.HandlingUnit);

    /// <summary>Write and submit one's own proposals and answer co-signing requests; staff enter collective ones.</summary>
    public static readonly Permission Submit = new("proposals.submit", "撰写、提交本人提案，确认联名",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector, Role.Member);

    public static readonly Permission Read = new("proposals.read", "查看全部提案",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff, Role.Leader, Role.CommitteeDirector);

    /// <summary>提案审查: 立案, 不立案, 并案, 转交, 退回修改 — the proposal committee's staff.</summary>
    public static readonly Permission Review = new("proposals.review", "审查提案（立案、不立案、并案、转交、退回）",
        Role.SystemAdmin, Role.CommitteeAdmin, Role.OfficeStaff);

    /// <summary>办理: a handling unit's clerk signs, asks to return, contacts the proposer, replies.</summary>
    public static readonly Permission Handle = new("proposals.handle", "办理交办给本单位的提案（签收、申退、面商、答复）", Role.HandlingUnit);

    public static IEnumerable<Permission> All => [Access, Submit, Read, Review, Handle];
}
