using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

/// <param name="ApprovedBy">The body that decided it (approve), e.g. 中共淮安市淮阴区委常委会.</param>
/// <param name="DocumentNo">The number it is issued under (issue), e.g. 淮阴政协发〔2023〕3号.</param>
public sealed record PlanStep(string? Note = null, int? Version = null, string? ApprovedBy = null, DateOnly? ApprovedOn = null, string? DocumentNo = null);

/// <summary>The plan's approval steps (<see cref="PlanFlow"/>); its decision puts every topic in the plan.</summary>
public sealed class PlanActions(XieshangDb db, WorkflowEngine engine, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(int year, string action, PlanStep step, CancellationToken ct = default)
    {
        var plan = await db.Set<ConsultationPlan>().SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan == null) return new NotFound($"{year}年度协商计划尚未建立。");
        if (step.Version is { } v && v != plan.Version) return new Conflict("该计划已被他人处理，请刷新后查看最新状态。");
        var topics = await db.Set<ConsultationTopic>().Where(t => t.PlanId == plan.Id).ToListAsync(ct);
        var note = step.Note?.Trim();
        var (by, no) = (step.ApprovedBy?.Trim(), step.DocumentNo?.Trim());
        switch (action)
        {
            case "review" when topics.Count == 0:
                return new Invalid("计划中还没有议题，请先列入协商议题。");
            case "revise" when string.IsNullOrEmpty(note):
                return new Invalid("请写明需要修改的地方。");
            case "approve" when by is not { Length: >= 2 and <= 100 }:
                return new Invalid("审定机关：请填写（如“中共淮安市淮阴区委常委会”），不超过 100 字。");
            case "approve" when step.ApprovedOn is not { } on || on > Web.Shanghai.Today(clock):
                return new Invalid("审定日期：请填写，且不能晚于今天。");
            case "issue" when no is not { Length: >= 2 and <= 100 }:
                return new Invalid("文号：请填写印发的文号，不超过 100 字。");
        }
        if (note?.Length > 1000) return new Invalid("说明：不超过 1,000 字。");
        var applied = await engine.ApplyAsync(PlanFlow.Flow, plan, action, note, ct);
        if (!applied.Ok) return applied.Error!;
        switch (action)
        {
            case "approve":
                (plan.ApprovedBy, plan.ApprovedOn) = (by, step.ApprovedOn);
                var committees = await db.Set<Organization.SpecialCommittee>().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
                foreach (var topic in topics)
                {
                    topic.PlanDecided = true;
                    if (await engine.ApplyAsync(TopicFlow.Flow, topic, "approve", $"{by}审定", ct) is { Ok: false } refused) return refused.Error!;
                    // 项目化: every topic of the decided plan is a task on the year's work list.
                    await SaveWorkItem.AddTopicAsync(db, topic, plan.Year, committees[topic.LeadCommitteeId], ct);
                }
                break;
            case "issue":
                plan.DocumentNo = no;
                break;
        }
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : plan.Id;
    }
}
