using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

using Xieshang.Organization.Contracts;

namespace Xieshang.Plans;

public sealed record PlanInput(int? Year, string? Title);

/// <param name="LeadLeaderId">The seat of a chair or vice-chair.</param>
/// <param name="LeadCommitteeId">The special committee that leads it.</param>
public sealed record TopicInput(string? Title, string? Around, string? Format, Guid? LeadLeaderId, Guid? LeadCommitteeId, DateOnly? Deadline,
    string? Note = null, int? Version = null);

/// <summary>编制计划: the office starts a year's plan and puts its topics in, changes or removes them while it is a draft.</summary>
public sealed class SavePlan(XieshangDb db)
{
    public async Task<Result<Guid>> CreateAsync(PlanInput input, CancellationToken ct = default)
    {
        if (input.Year is not (>= 2000 and <= 2100) || input.Year is not { } year) return new Invalid("年度：2000 至 2100。");
        var title = string.IsNullOrWhiteSpace(input.Title) ? $"{year}年度协商计划" : input.Title.Trim();
        if (title.Length > 100) return new Invalid("名称：不超过 100 字。");
        if (await db.Set<ConsultationPlan>().AnyAsync(p => p.Year == year, ct)) return new Conflict($"{year}年度协商计划已经建立。");
        var plan = new ConsultationPlan { Year = year, Title = title, State = PlanState.Draft };
        db.Add(plan);
        db.Audit("plan.create", "建立年度协商计划", plan, title);
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : plan.Id;
    }

    public async Task<Result<Guid>> AddTopicAsync(int year, TopicInput input, CancellationToken ct = default)
    {
        var plan = await db.Set<ConsultationPlan>().SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan == null) return new NotFound($"{year}年度协商计划尚未建立。");
        if (Locked(plan) is { } locked) return locked;
        var topic = new ConsultationTopic { PlanId = plan.Id, Title = "", State = TopicState.Draft };
        if (await ApplyAsync(topic, input, plan.Year, ct) is { } invalid) return invalid;
        topic.SortOrder = await db.Set<ConsultationTopic>().Where(t => t.PlanId == plan.Id).MaxAsync(t => (int?)t.SortOrder, ct) + 1 ?? 1;
        db.Add(topic);
        db.Audit("topic.add", "列入协商议题", topic, $"{plan.Title}：{topic.Title}");
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : topic.Id;
    }

    public async Task<Result<Guid>> UpdateTopicAsync(Guid id, TopicInput input, CancellationToken ct = default)
    {
        var (topic, plan) = await LoadAsync(id, ct);
        if (topic == null || plan == null) return new NotFound("该议题不存在。");
        if (input.Version is { } v && v != topic.Version) return new Conflict("该议题已被他人修改，请刷新后再改。");
        if (Locked(plan) is { } locked) return locked;
        if (await ApplyAsync(topic, input, plan.Year, ct) is { } invalid) return invalid;
        db.Audit("topic.update", "修改协商议题", topic, topic.Title);
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : topic.Id;
    }

    public async Task<Result<Guid>> RemoveTopicAsync(Guid id, int? version, CancellationToken ct = default)
    {
        var (topic, plan) = await LoadAsync(id, ct);
        if (topic == null || plan == null) return new NotFound("该议题不存在。");
        if (version is { } v && v != topic.Version) return new Conflict("该议题已被他人修改，请刷新后再删。");
        if (Locked(plan) is { } locked) return locked;
        if (await db.Set<ResearchTask>().AnyAsync(r => r.TopicId == id, ct) || await db.Set<PlanResult>().AnyAsync(r => r.TopicId == id, ct))
            return new Conflict("该议题已有调研课题或协商成果，不能移出计划；请先改变它们所属的议题。");
        db.Remove(topic);
        db.Audit("topic.remove", "移出协商议题", topic, topic.Title);
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : topic.Id;
    }

    async Task<(ConsultationTopic?, ConsultationPlan?)> LoadAsync(Guid id, CancellationToken ct)
    {
        var topic = await db.Set<ConsultationTopic>().SingleOrDefaultAsync(t => t.Id == id, ct);
        return (topic, topic == null ? null : await db.Set<ConsultationPlan>().SingleAsync(p => p.Id == topic.PlanId, ct));
    }

    static Error? Locked(ConsultationPlan plan) => plan.State == PlanState.Draft ? null
        : new Conflict($"{plan.Title}当前为“{PlanFlow.Flow.LabelOf(plan.State)}”，只有计划草案才能调整议题。");

    async Task<Error?> ApplyAsync(ConsultationTopic topic, TopicInput input, int year, CancellationToken ct)
    {
        var title = input.Title?.Trim();
        if (title is not { Length: >= 4 and <= 100 }) return new Invalid("议题：4 至 100 个字。");
        if (Codes.Parse<TopicAround>(input.Around) is not { } around) return new Invalid("三围绕：请选择围绕经济建设、社会发展或民生实事。");
        if (Codes.Parse<TopicFormat>(input.Format) is not { } format) return new Invalid("协商形式：请选择。");
        if (input.LeadLeaderId is not { } leaderId || !await CommitteeLeaders.Of(db, leaderId).AnyAsync(ct))
            return new Invalid("牵头领导：请选择本政协的主席或副主席。");
        if (input.LeadCommitteeId is not { } committeeId || !await db.Set<SpecialCommittee>().AnyAsync(c => c.Id == committeeId, ct))
            return new Invalid("牵头专委会：请选择。");
        if (input.Deadline is not { } deadline || deadline.Year != year) return new Invalid($"完成时限：请填写{year}年内的日期。");
        var note = input.Note?.Trim();
        if (note?.Length > 1000) return new Invalid("说明：不超过 1,000 字。");
        (topic.Title, topic.Around, topic.Format, topic.LeadLeaderId, topic.LeadCommitteeId, topic.Deadline, topic.Note) =
            (title, around, format, leaderId, committeeId, deadline, string.IsNullOrEmpty(note) ? null : note);
        return null;
    }
}
