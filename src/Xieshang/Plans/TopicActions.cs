using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

/// <param name="MeetingOn">The consultation meeting's day (schedule, reschedule).</param>
public sealed record TopicStep(string? Note = null, int? Version = null, DateOnly? MeetingOn = null);

/// <summary>
/// Moving a topic along <see cref="TopicFlow"/>, with the rules on consultation meetings: the meeting is fixed at least
/// 15 working days ahead (participants are told then); the materials are due 10 working days before it; the minutes
/// and results go to the Party committee and the government within 7 working days after it.
/// </summary>
public sealed class TopicActions(XieshangDb db, WorkflowEngine engine, WorkingCalendar calendar, TimeProvider clock)
{
    public const int NoticeDays = 15, MaterialsDays = 10, MinutesDays = 7;

    public async Task<Result<Guid>> HandleAsync(Guid id, string action, TopicStep step, CancellationToken ct = default)
    {
        var topic = await db.Set<ConsultationTopic>().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (topic == null) return new NotFound("该议题不存在。");
        if (step.Version is { } v && v != topic.Version) return new Conflict("该议题已被他人处理，请刷新后查看最新状态。");
        var note = step.Note?.Trim();
        if (note?.Length > 1000) return new Invalid("说明：不超过 1,000 字。");
        var today = Web.Shanghai.Today(clock);
        switch (action)
        {
            case "instructed":
                return new Invalid("领导批示请在议题页的“登记领导批示”中填写批示领导、日期和内容。");
            case "schedule" or "reschedule":
                if (step.MeetingOn is not { } meeting) return new Invalid("协商会议日期：请填写。");
                var earliest = await calendar.AddWorkingDaysAsync(today, NoticeDays, ct);
                if (meeting < earliest)
                    return new Invalid($"协商会议须提前 {NoticeDays} 个工作日通知参会人员，最早可定于 {earliest:yyyy年M月d日}。");
                break;
            case "hold" when topic.MeetingOn > today:
                return new Conflict($"协商会议定于 {topic.MeetingOn:yyyy年M月d日}，尚未召开。");
            case "feedback" or "close" when string.IsNullOrEmpty(note):
                return new Invalid(action == "feedback" ? "请写明部门书面反馈的情况。" : "请写明跟踪问效的情况。");
        }
        var dueBefore = topic.DueAt;
        // The audit says when the meeting is, as well as why.
        var said = step.MeetingOn is { } day && action is "schedule" or "reschedule" ? $"协商会议定于 {day:yyyy年M月d日}{(string.IsNullOrEmpty(note) ? "" : "；" + note)}" : note;
        var applied = await engine.ApplyAsync(TopicFlow.Flow, topic, action, said, ct);
        if (!applied.Ok) return applied.Error!;
        switch (action)
        {
            case "schedule" or "reschedule":
                topic.MeetingOn = step.MeetingOn;
                topic.DueAt = WorkingCalendar.EndOfDayUtc(await calendar.WorkingDaysBeforeAsync(step.MeetingOn!.Value, MaterialsDays, ct));
                break;
            case "hold":
                topic.MeetingOn ??= today;
                topic.DueAt = WorkingCalendar.EndOfDayUtc(await calendar.AddWorkingDaysAsync(topic.MeetingOn.Value, MinutesDays, ct));
                break;
            case "form_outputs":
                topic.DueAt = dueBefore; // the results still go up within the 7 working days after the meeting
                break;
            case "close":
                // The topic's task on the work list is done with it.
                if (await db.Set<WorkItem>().SingleOrDefaultAsync(w => w.TopicId == topic.Id && w.State == WorkItemState.Open, ct) is { } task)
                {
                    if (await engine.ApplyAsync(WorkItemFlow.Flow, task, "complete", note, ct) is { Ok: false } refused) return refused.Error!;
                    task.Outcome = note;
                }
                break;
        }
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : topic.Id;
    }
}
