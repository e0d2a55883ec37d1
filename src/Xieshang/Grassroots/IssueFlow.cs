using Xieshang.Platform.Workflow;
using static Xieshang.Grassroots.IssueState;

namespace Xieshang.Grassroots;

/// <summary>
/// The 码上议 workflow of domain.md §3.5, as one table. One difference: 已提交 is the moderation queue — staff
/// 受理 (then triage within 3 working days) or 不予受理 — instead of an automatic acknowledgement, because a public
/// form needs someone to keep spam and abuse off the public pages.
/// </summary>
public static class IssueFlow
{
    static readonly Platform.Auth.Permission Handle = GrassrootsPermissions.Handle;

    public static readonly Workflow<CitizenIssue, IssueState> Flow = new("citizen-issue", "码上议", Submitted,
        new Dictionary<IssueState, string>
        {
            [Submitted] = "已提交", [Received] = "已受理", [Answered] = "已答复", [Transferred] = "已转办", [TopicAccepted] = "已立题",
            [Rejected] = "不予受理", [ConsultationScheduled] = "待协商", [Consulted] = "已协商", [Implementing] = "办理中",
            [Escalated] = "已上报", [Resolved] = "已办结", [Published] = "已公示", [Closed] = "已评价",
        },
        [
            new(Submitted, "receive", "受理", Received, Handle, Deadline.WorkingDays(3)),
            new(Submitted, "reject", "不予受理", Rejected, Handle),
            new(Received, "answer", "答复", Answered, Handle, Deadline.CalendarDays(7)),
            new(Received, "transfer", "转办（12345 热线或部门）", Transferred, Handle, Deadline.CalendarDays(7)),
            new(Received, "accept_topic", "立题协商", TopicAccepted, Handle, Deadline.CalendarDays(30)),
            new(Received, "reject", "不予受理", Rejected, Handle),
            new(TopicAccepted, "schedule", "安排协商", ConsultationScheduled, Handle),
            new(ConsultationScheduled, "record_consultation", "记录协商结果", Consulted, Handle),
            new(Consulted, "agree_measures", "确定办理措施", Implementing, Handle),
            new(Implementing, "resolve", "办结", Resolved, Handle, Deadline.CalendarDays(7)),
            new(Implementing, "escalate", "上报", Escalated, Handle),
            new(Answered, "publish", "公示", Published, Handle, Deadline.CalendarDays(15)),
            new(Transferred, "publish", "公示", Published, Handle, Deadline.CalendarDays(15)),
            new(Resolved, "publish", "公示", Published, Handle, Deadline.CalendarDays(15)),
            new(Published, "rate", "评价", Closed, GrassrootsPermissions.Citizen),
            // Nobody rated within the window: the platform closes it (the job applies it on the citizen's behalf).
            new(Published, "expire", "评价期满，自动关闭", Closed, GrassrootsPermissions.Citizen),
            // Not satisfied, the first time: back to consultation once.
            new(Published, "reopen", "不满意，重新协商", TopicAccepted, GrassrootsPermissions.Citizen, Deadline.CalendarDays(30)),
        ]);

    /// <summary>States whose outcome the public pages show.</summary>
    public static bool HasPublicOutcome(IssueState s) => s is Answered or Transferred or Resolved or Published or Closed or Rejected;
}
