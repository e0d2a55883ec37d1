using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

using Xieshang.Organization.Contracts;

namespace Xieshang.Plans;

public sealed record WorkItemInput(string? Title, Guid? LeadLeaderId, string? ResponsibleUnit, DateOnly? Deadline, int? Version = null);

/// <summary>清单: the office puts the year's tasks on the list (the plan's topics come by themselves) and corrects them.</summary>
public sealed class SaveWorkItem(XieshangDb db)
{
    public async Task<Result<Guid>> AddAsync(int year, WorkItemInput input, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100) return new Invalid("年度：2000 至 2100。");
        var item = new WorkItem { Year = year, Title = "", ResponsibleUnit = "", State = WorkItemState.Open };
        if (await ApplyAsync(item, input, ct) is { } invalid) return invalid;
        item.SortOrder = await NextOrderAsync(db, year, ct);
        db.Add(item);
        db.Audit("work_item.add", "列入工作清单", item, item.Title);
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : item.Id;
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, WorkItemInput input, CancellationToken ct = default)
    {
        var item = await db.Set<WorkItem>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item == null) return new NotFound("该事项不存在。");
        if (input.Version is { } v && v != item.Version) return new Conflict("该事项已被他人修改，请刷新后再改。");
        if (item.TopicId != null) return new Conflict("协商议题的事项随议题调整，请在年度协商计划中修改。");
        if (await ApplyAsync(item, input, ct) is { } invalid) return invalid;
        db.Audit("work_item.update", "修改工作清单事项", item);
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : item.Id;
    }

    /// <summary>A topic of the plan just decided, on the list in the same save.</summary>
    public static async Task AddTopicAsync(XieshangDb db, ConsultationTopic topic, int year, string committeeName, CancellationToken ct)
    {
        var item = new WorkItem
        {
            Year = year, Title = topic.Title, LeadLeaderId = topic.LeadLeaderId, ResponsibleUnit = committeeName, Deadline = topic.Deadline, TopicId = topic.Id,
            // After the tasks already saved, in the plan's order.
            SortOrder = await NextOrderAsync(db, year, ct) + topic.SortOrder, State = WorkItemState.Open, DueAt = WorkingCalendar.EndOfDayUtc(topic.Deadline),
        };
        db.Add(item);
        db.Audit("work_item.add", "列入工作清单", item, $"协商议题：{item.Title}");
    }

    static async Task<int> NextOrderAsync(XieshangDb db, int year, CancellationToken ct) =>
        (await db.Set<WorkItem>().Where(i => i.Year == year).MaxAsync(i => (int?)i.SortOrder, ct) ?? 0) + 1;

    async Task<Error?> ApplyAsync(WorkItem item, WorkItemInput input, CancellationToken ct)
    {
        var title = input.Title?.Trim();
        if (title is not { Length: >= 4 and <= 200 }) return new Invalid("工作事项：4 至 200 个字。");
        if (input.LeadLeaderId is not { } leader || !await CommitteeLeaders.Of(db, leader).AnyAsync(ct)) return new Invalid("牵头领导：请选择本政协的主席或副主席。");
        var unit = input.ResponsibleUnit?.Trim();
        if (unit is not { Length: >= 2 and <= 100 }) return new Invalid("责任单位：2 至 100 个字。");
        if (input.Deadline is not { } deadline || deadline.Year != item.Year) return new Invalid($"完成时限：请填写{item.Year}年内的日期。");
        (item.Title, item.LeadLeaderId, item.ResponsibleUnit, item.Deadline, item.DueAt) = (title, leader, unit, deadline, WorkingCalendar.EndOfDayUtc(deadline));
        return null;
    }
}
