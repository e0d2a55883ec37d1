using Xieshang.Platform.Workflow;
using static Xieshang.Plans.TopicState;

namespace Xieshang.Plans;

/// <summary>
/// A topic of the approved plan, from research to closing (domain.md §3.4). The meeting's dates follow the rules on
/// consultation meetings: participants are told 15 working days before and have the materials 10 working days before;
/// the minutes reach the Party committee and the government within 7 working days after (<see cref="TopicRules"/>).
/// </summary>
public static class TopicFlow
{
    static readonly Platform.Auth.Permission Manage = PlansPermissions.Manage;

    // A topic is put in the plan by the plan's decision, never one by one.
    static readonly Condition<ConsultationTopic> WithThePlan = new("随年度协商计划一并审定", (t, _) => t.PlanDecided);

    // An instruction is recorded in the ledger (批示件台账), which moves its topic; the step is not taken on its own.
    static readonly Condition<ConsultationTopic> ByTheLedger = new("在批示件台账登记批示时", (t, _) => t.InstructionRecorded);

    public static readonly Workflow<ConsultationTopic, TopicState> Flow = new("topic", "协商议题", Draft,
        new Dictionary<TopicState, string>
        {
            [Draft] = "计划草案", [Approved] = "已列入计划", [Researching] = "调研中", [ReportReady] = "调研报告已形成", [MeetingScheduled] = "待协商",
            [Consulted] = "已协商", [RecommendationsFormed] = "成果已形成", [SubmittedToLeaders] = "已报送", [Instructed] = "已批示",
            [Implementing] = "落实中", [Closed] = "已办结",
        },
        [
            new(Draft, "approve", "列入年度协商计划", Approved, PlansPermissions.Approve, null, WithThePlan),
            new(Approved, "start_research", "启动调研", Researching, Manage),
            new(Researching, "report_ready", "调研报告形成", ReportReady, Manage),
            // Inspections and appraisals may go to their meeting without a research stage of their own.
            new(Approved, "schedule", "确定协商会议", MeetingScheduled, Manage),
            new(ReportReady, "schedule", "确定协商会议", MeetingScheduled, Manage),
            new(MeetingScheduled, "reschedule", "改期", MeetingScheduled, Manage),
            new(MeetingScheduled, "hold", "召开协商会议", Consulted, Manage),
            new(Consulted, "form_outputs", "形成协商成果", RecommendationsFormed, Manage),
            new(RecommendationsFormed, "send", "报送党委政府", SubmittedToLeaders, Manage),
            new(SubmittedToLeaders, "instructed", "登记领导批示", Instructed, Instructions.InstructionPermissions.Record, null, ByTheLedger),
            new(Instructed, "feedback", "登记部门书面反馈", Implementing, Manage, Deadline.CalendarMonths(3)),
            new(SubmittedToLeaders, "close", "跟踪问效，办结", Closed, Manage),
            new(Implementing, "close", "跟踪问效，办结", Closed, Manage),
        ]);
}
