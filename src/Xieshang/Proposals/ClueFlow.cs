using Xieshang.Platform.Workflow;
using static Xieshang.Proposals.ClueState;

namespace Xieshang.Proposals;

/// <summary>The proposal-clue workflow of domain.md §3.1, as one table.</summary>
public static class ClueFlow
{
    static readonly Platform.Auth.Permission Submit = ProposalPermissions.Submit, Review = ProposalPermissions.Review;

    static readonly Condition<ProposalClue> Owner = new("仅提供者本人", (c, ctx) => c.SubmitterUserId != null && c.SubmitterUserId == ctx.UserId);

    public static readonly Workflow<ProposalClue, ClueState> Flow = new("proposal-clue", "提案线索", Draft,
        new Dictionary<ClueState, string>
        {
            [Draft] = "草稿", [Submitted] = "已提交", [Accepted] = "已采纳", [Rejected] = "未采纳", [Merged] = "已合并", [InDrafting] = "撰写中",
            [ReferredUp] = "已上报上级政协", [InCatalogue] = "已编入选题目录", [Converted] = "已转提案", [Archived] = "已归档",
        },
        [
            new(Draft, "submit", "提交", Submitted, Submit, Deadline.WorkingDays(10), Owner),
            new(Submitted, "accept", "采纳", Accepted, Review),
            new(Submitted, "reject", "不采纳", Rejected, Review),
            new(Submitted, "merge", "合并到其他线索", Merged, Review),
            // A member takes an accepted or catalogued clue up: it becomes their proposal draft.
            new(Accepted, "adopt", "据此撰写提案", InDrafting, Submit),
            new(InCatalogue, "adopt", "据此撰写提案", InDrafting, Submit),
            new(Accepted, "refer_up", "上报上级政协提案委员会", ReferredUp, Review),
            new(Accepted, "publish", "编入选题目录", InCatalogue, Review),
            // The draft made from it was submitted (applied by the platform, on the proposer's behalf).
            new(InDrafting, "convert", "已据此提交提案", Converted, Submit),
            new(Submitted, "archive", "归档", Archived, Review),
            new(Accepted, "archive", "归档", Archived, Review),
            new(InCatalogue, "archive", "归档", Archived, Review),
            new(InDrafting, "archive", "归档", Archived, Review),
        ]);
}
