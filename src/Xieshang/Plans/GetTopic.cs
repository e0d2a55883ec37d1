using Microsoft.EntityFrameworkCore;
using Xieshang.Instructions;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

/// <param name="CanRecordInstruction">The results have gone to the Party committee and the government and the caller keeps the ledger.</param>
public sealed record TopicView(TopicRow Topic, int Year, string PlanTitle, string PlanState, bool CanEdit, WorkflowView Workflow, bool CanRecordInstruction,
    IReadOnlyList<InstructionRow> Instructions);

public sealed class GetTopic(XieshangDb db, RequestContext ctx, WorkflowEngine engine, GetPlan plans, Instructions.Instructions ledger)
{
    public async Task<TopicView?> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var topic = await db.Set<ConsultationTopic>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (topic == null) return null;
        var plan = await db.Set<ConsultationPlan>().AsNoTracking().SingleAsync(p => p.Id == topic.PlanId, ct);
        var row = (await plans.RowsAsync(db.Set<ConsultationTopic>().Where(t => t.Id == id), ct)).Single();
        return new TopicView(row, plan.Year, plan.Title, PlanFlow.Flow.LabelOf(plan.State), plan.State == Plans.PlanState.Draft && ctx.Has(PlansPermissions.Manage),
            engine.View(TopicFlow.Flow, topic), topic.State >= TopicState.SubmittedToLeaders && ctx.Has(InstructionPermissions.Record),
            ctx.Has(InstructionPermissions.Read) ? await ledger.OnRecordAsync(TopicInstructionTarget.Name, id, ct) : []);
    }
}
