using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

/// <summary>Completing a task with its outcome, or taking it up again (<see cref="WorkItemFlow"/>); a topic's task follows its topic.</summary>
public sealed class WorkItemActions(XieshangDb db, WorkflowEngine engine)
{
    public async Task<Result<Guid>> HandleAsync(Guid id, string action, string? note, int? version, CancellationToken ct = default)
    {
        var item = await db.Set<WorkItem>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item == null) return new NotFound("该事项不存在。");
        if (version is { } v && v != item.Version) return new Conflict("该事项已被他人处理，请刷新后查看。");
        if (item.TopicId != null && WorkItemFlow.Flow.IsAction(action)) return new Conflict("协商议题的事项随议题办结，请在议题页操作。");
        note = note?.Trim();
        if (action == "complete" && note is not { Length: >= 2 and <= 1000 }) return new Invalid("完成情况：2 至 1,000 字。");
        var applied = await engine.ApplyAsync(WorkItemFlow.Flow, item, action, note, ct);
        if (!applied.Ok) return applied.Error!;
        if (action == "complete") item.Outcome = note;
        else item.DueAt = WorkingCalendar.EndOfDayUtc(item.Deadline);
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : item.Id;
    }
}
