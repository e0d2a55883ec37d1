using Xieshang.Platform.Workflow;
using static Xieshang.Proposals.ProposalState;

namespace Xieshang.Proposals;

/// <summary>
/// The proposal workflow of domain.md §3.2, as one table: drafting, co-signing and review. Withdrawal (撤案, the
/// domain's overlay flag) is the state 已撤回 here, so that lists and statistics see it like any other outcome.
/// </summary>
public static class ProposalFlow
{
    static readonly Platform.Auth.Permission Submit = ProposalPermissions.Submit, Review = ProposalPermissions.Review, Handle = ProposalPermissions.Handle;

    static readonly Condition<Proposal> AssignedUnit = new("仅交办的承办单位", (p, _) => p.CallerRoles.Count > 0);

    // Co-handlers send their opinion to the lead; the lead (or a single or separate unit) replies.
    static readonly Condition<Proposal> Replier = new("仅单办、主办或分办单位（协办单位向主办单位提出意见）",
        (p, _) => p.CallerRoles.Any(r => r is not AssignmentRole.Co));

    static readonly Condition<Proposal> Proposer = new("仅提案人（含并案提案的提案人）",
        (p, ctx) => ctx.UserId is { } u && (p.ProposerUsers.Contains(u) || p.MergedProposerUsers.Contains(u)));

    static readonly Condition<Proposal> ClassB = new("答复为 B 类（正在解决或列入计划），且尚未跟踪", (p, _) => p.PassedClass == ReplyClass.B && p.TrackingResult == null);

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
            // 交办: units sign, or ask within 10 days to return a proposal that is not theirs; the reply is due three
            // months after assignment (the handler keeps the due date on that, not on the step).
            new(Filed, "assign", "交办", Assigning, Review, Deadline.CalendarDays(10)),
            new(Assigning, "sign", "签收", Handling, Handle, Deadline.CalendarMonths(3), AssignedUnit),
            new(Assigning, "request_return", "申请退回", ReturnRequested, Handle, Deadline.CalendarDays(7), AssignedUnit),
            new(Handling, "request_return", "申请退回", ReturnRequested, Handle, Deadline.CalendarDays(7), AssignedUnit),
            new(ReturnRequested, "reassign", "重新交办", Assigning, Review, Deadline.CalendarDays(10)),
            new(ReturnRequested, "reject_return", "不同意退回", Handling, Review, Deadline.CalendarMonths(3)),
            new(Handling, "reply", "答复", ReplyReview, Handle, Deadline.WorkingDays(5), Replier),
            new(Rehandling, "reply", "再次答复", ReplyReview, Handle, Deadline.WorkingDays(5), Replier),
            new(ReplyReview, "pass_reply", "答复审查通过", Replied, Review, Deadline.WorkingDays(15)),
            new(ReplyReview, "reject_reply", "答复退回重办", Handling, Review, Deadline.CalendarMonths(3)),
            new(Replied, "evaluate", "评价答复", Evaluated, Submit, null, Proposer),
            new(Evaluated, "rehandle", "不满意，再办理", Rehandling, Review, Deadline.CalendarMonths(1)),
            new(Evaluated, "close", "办结", Closed, Review),
            // No evaluation within the 15 working days: the office closes it.
            new(Replied, "close", "办结（提案人逾期未评价）", Closed, Review),
            new(Closed, "track", "跟踪办理", Tracking, Review, null, ClassB),
            new(Tracking, "close", "跟踪办结", Closed, Review),
        ]);

    /// <summary>States in which the proposer may still change the text.</summary>
    public static bool IsEditable(ProposalState s) => s is Draft or Cosigning or Returned;

    /// <summary>Collecting co-signers: the only time a co-signer's answer counts (<see cref="CosignFlow"/>).</summary>
    public static bool IsCosigning(Proposal p) => p.State == Cosigning;
}
