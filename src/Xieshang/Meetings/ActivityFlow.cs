using Xieshang.Platform.Workflow;
using static Xieshang.Meetings.ActivityState;

namespace Xieshang.Meetings;

/// <summary>The activity workflow of domain.md §3.6, as one table.</summary>
public static class ActivityFlow
{
    public static readonly Workflow<Activity, ActivityState> Flow = new("activity", "会议活动", Draft,
        new Dictionary<ActivityState, string>
        {
            [Draft] = "暂存", [PendingApproval] = "提交申请", [Published] = "发布", [InProgress] = "进行中",
            [Ended] = "已结束", [Closed] = "履职关闭", [Cancelled] = "已取消",
        },
        [
            new(Draft, "submit", "提交审批", PendingApproval, MeetingsPermissions.Manage, Deadline.WorkingDays(2)),
            new(PendingApproval, "approve", "批准发布", Published, MeetingsPermissions.Approve),
            new(PendingApproval, "return", "退回修改", Draft, MeetingsPermissions.Approve),
            new(Published, "start", "开始", InProgress, MeetingsPermissions.Manage),
            new(Published, "end", "结束", Ended, MeetingsPermissions.Manage, Deadline.WorkingDays(5)),
            // The minutes or brief are due within five working days of the end; closing settles attendance.
            new(InProgress, "end", "结束", Ended, MeetingsPermissions.Manage, Deadline.WorkingDays(5)),
            new(Ended, "close", "履职关闭（结算出勤）", Closed, MeetingsPermissions.Manage),
            new(Draft, "cancel", "取消", Cancelled, MeetingsPermissions.Manage),
            new(PendingApproval, "cancel", "取消", Cancelled, MeetingsPermissions.Manage),
            new(Published, "cancel", "取消", Cancelled, MeetingsPermissions.Manage),
        ]);

    /// <summary>States in which the activity is on members' calendars.</summary>
    public static bool IsScheduled(ActivityState s) => s is Published or InProgress or Ended or Closed;
}
