using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Proposals;

/// <summary>
/// The grounds for not filing (不立案): the national list (domain.md §3.2, [S2]) and two local ones many committees add.
/// A committee switches off the standard grounds it does not use and adds its own (<see cref="ProposalSettings"/>); a
/// ground of its own is stored as its text, so a decision keeps its reason after the ground is removed.
/// </summary>
public static class NotFiledReasons
{
    public static readonly IReadOnlyList<(string Code, string Label)> Standard =
    [
        ("STATE_SECRET", "涉及党和国家秘密"),
        ("FORBIDDEN", "违反宪法法律或国家明令禁止"),
        ("PARTY_INTERNAL", "中共党员对党内组织人事等问题的意见"),
        ("DEMOCRATIC_PARTY_INTERNAL", "民主党派成员对本党派内部事务的意见"),
        ("LITIGATION", "涉及民事、刑事、行政诉讼或仲裁的具体案件"),
        ("ACADEMIC", "属于学术探讨"),
        ("PERSONAL", "涉及提案人本人及亲属的个人问题"),
        ("PROMOTION", "宣传推介具体作品、产品"),
        ("ACCUSATION", "指名举报"),
        ("VAGUE", "内容空泛，没有具体建议"),
        ("BEYOND_POWERS", "超出本级职权范围"),
        ("PETITION", "属于信访事项"),
    ];

    const string OwnPrefix = "L:";

    /// <summary>The longest ground a committee may add (the stored reason holds it with its prefix).</summary>
    public const int OwnMaxLength = 30;

    public static string OwnCode(string label) => OwnPrefix + label;

    /// <summary>The grounds a committee offers: the standard ones it has not switched off, then its own.</summary>
    public static IReadOnlyList<(string Code, string Label)> Of(ProposalSettings? settings) =>
        Standard.Where(r => settings?.DisabledReasons.Contains(r.Code) != true)
            .Concat((settings?.OwnReasons ?? []).Select(label => (OwnCode(label), label))).ToList();

    public static async Task<IReadOnlyList<(string Code, string Label)>> OfCommitteeAsync(XieshangDb db, CancellationToken ct) =>
        Of(await db.Set<ProposalSettings>().AsNoTracking().FirstOrDefaultAsync(ct));

    public static string? Label(string? code) => code == null ? null
        : code.StartsWith(OwnPrefix, StringComparison.Ordinal) ? code[OwnPrefix.Length..]
        : Standard.FirstOrDefault(r => r.Code == code).Label;
}
