using Xieshang.Platform.Workflow;
using static Xieshang.Proposals.ProposalState;

namespace Xieshang.Proposals;

/// <summary>
/// The proposal workflow of domain.md §3.2, as one table: drafting, co-signing and review. Withdrawal (撤案, the
/// domain's overlay flag) is the state 已撤回 here, so that lists and statistics see it like any other outcome.
/// </summary>
public static class ProposalFlow
{
    static readonly Platform.Auth.Permission Submit = ProposalPermissions.Submit, Review = ProposalPermissions.Review;

    static readonly Condition<Proposal> Owner = new("仅第一提案人（集体提案为录入人）", (p, ctx) => ctx.UserId == p.OwnerUserId);

    // A reviewer does not decide on a proposal of their own.
    static readonly Condition<Proposal> NotOwn = new("审查人不能审查本人提出或联名的提案", (p, ctx) => ctx.UserId is { } u && !p.ProposerUsers.Contains(u));

    static readonly Condition<Proposal> Consented = new("提案人同意转交，且审查人非提案人", (p, ctx) => p.ConsentToConvert && NotOwn.Allows(p, ctx));

    public static readonly Workflow<Proposal, ProposalState> Flow = new("proposal", "提案", Draft,
        new Dictionary<ProposalState, string>
        {
            [Draft] = "暂存", [Cosigning] = "联名征集中", [Submitted] = "待立案", [UnderReview] = "审查中", [Returned] = "已退回",
            [Filed] = "立案", [NotFiled] = "不立案", [Merged] = "并案", [Converted] = "已转交", [Assigning] = "待交办",
            [ReturnRequested] = "申退中", [Handling] = "办理中", [ReplyReview] = "答复审查", [Replied] = "已答复", [Evaluated] = "已反馈",
            [Rehandling] = "再办理", [Closed] = "已办结", [Tracking] = "跟踪办理", [Archived] = "已归档", [Withdrawn] = "已撤回",
        },
        [
            new(Draft, "submit", "提交", Submitted, Submit, null, Owner),
            // Co-signers confirm within three days; then the first proposer submits with those who confirmed.
            new(Draft, "invite", "征集联名", Cosigning, Submit, Deadline.CalendarDays(3), Owner),
            new(Cosigning, "submit", "提交", Submitted, Submit, null, Owner),
            new(Returned, "submit", "修改后重新提交", Submitted, Submit, null, Owner),
            new(Draft, "withdraw", "撤回", Withdrawn, Submit, null, Owner),
            new(Cosigning, "withdraw", "撤回", Withdrawn, Submit, null, Owner),
            new(Submitted, "withdraw", "撤案", Withdrawn, Submit, null, Owner),
            new(Returned, "withdraw", "撤案", Withdrawn, Submit, null, Owner),
            new(Submitted, "start_review", "开始审查", UnderReview, Review, Deadline.WorkingDays(10), NotOwn),
            new(UnderReview, "return", "退回修改", Returned, Review, Deadline.CalendarDays(10), NotOwn),
            new(UnderReview, "file", "立案", Filed, Review, null, NotOwn),
            new(UnderReview, "not_file", "不立案", NotFiled, Review, null, NotOwn),
            new(UnderReview, "merge", "并案", Merged, Review, null, NotOwn),
            new(UnderReview, "convert", "转意见建议或社情民意", Converted, Review, null, Consented),
        ]);

    /// <summary>States in which the proposer may still change the text.</summary>
    public static bool IsEditable(ProposalState s) => s is Draft or Cosigning or Returned;
}
