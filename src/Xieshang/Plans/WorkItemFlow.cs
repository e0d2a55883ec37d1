using Xieshang.Platform.Workflow;
using static Xieshang.Plans.WorkItemState;

namespace Xieshang.Plans;

/// <summary>A task of the work list is done when the office records its outcome, and can be opened again.</summary>
public static class WorkItemFlow
{
    public static readonly Workflow<WorkItem, WorkItemState> Flow = new("work_item", "工作清单事项", Open,
        new Dictionary<WorkItemState, string> { [Open] = "推进中", [Done] = "已完成" },
        [
            new(Open, "complete", "完成", Done, PlansPermissions.Manage),
            new(Done, "reopen", "重新推进", Open, PlansPermissions.Manage),
        ]);
}
