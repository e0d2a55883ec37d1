using Xieshang.Platform.Workflow;
using static Xieshang.Plans.PlanState;

namespace Xieshang.Plans;

/// <summary>
/// The plan's approval (domain.md §3.4): the office's draft is reviewed by the chairs' council, decided by the Party
/// committee's standing committee and issued (印发). A reviewed draft may go back for revision; a decided plan cannot
/// be decided again.
/// </summary>
public static class PlanFlow
{
    public static readonly Workflow<ConsultationPlan, PlanState> Flow = new("plan", "年度协商计划", Draft,
        new Dictionary<PlanState, string> { [Draft] = "计划草案", [CouncilReviewed] = "主席会议已审议", [Approved] = "党委已审定", [Issued] = "已印发" },
        [
            new(Draft, "review", "主席会议审议通过", CouncilReviewed, PlansPermissions.Approve),
            new(CouncilReviewed, "revise", "退回修改", Draft, PlansPermissions.Approve),
            new(CouncilReviewed, "approve", "登记党委审定", Approved, PlansPermissions.Approve),
            new(Approved, "issue", "印发", Issued, PlansPermissions.Manage),
        ]);
}
