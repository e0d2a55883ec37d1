using Microsoft.EntityFrameworkCore;
using Xieshang.Instructions;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public sealed record ResultRow(Guid Id, int Year, string Kind, string KindLabel, string Title, Guid? TopicId, string? Topic, string? Author, string? Venue,
    string? VenueLevel, string? VenueLevelLabel, string? Mode, string? ModeLabel, string? SentTo, DateOnly? SentOn, DateOnly? AdoptedOn, Guid? ProposalId, Guid? OpinionItemId, int Instructions, WorkflowView Workflow);

public sealed record ResultView(ResultRow Result, string Body, bool CanEdit, bool CanRecordInstruction, IReadOnlyList<InstructionRow> Instructions);

/// <summary>A year's results (建议案, research reports, speeches) with how many instructions each drew; one result with its text and instructions.</summary>
public sealed class ListResults(XieshangDb db, RequestContext ctx, WorkflowEngine engine, Instructions.Instructions ledger)
{
    public Task<List<ResultRow>> YearAsync(int year, CancellationToken ct = default) => RowsAsync(db.Set<PlanResult>().Where(r => r.Year == year), ct);

    public async Task<ResultView?> OneAsync(Guid id, CancellationToken ct = default)
    {
        var row = (await RowsAsync(db.Set<PlanResult>().Where(r => r.Id == id), ct)).SingleOrDefault();
        if (row == null) return null;
        var body = await db.Set<PlanResult>().Where(r => r.Id == id).Select(r => r.Body).SingleAsync(ct);
        return new ResultView(row, body, row.Workflow.State == "DRAFT" && ctx.Has(PlansPermissions.Manage),
            row.Workflow.State is "SENT" or "DELIVERED" && ctx.Has(InstructionPermissions.Record),
            ctx.Has(InstructionPermissions.Read) ? await ledger.OnRecordAsync(ResultInstructionTarget.Name, id, ct) : []);
    }

    async Task<List<ResultRow>> RowsAsync(IQueryable<PlanResult> results, CancellationToken ct)
    {
        var rows = await (from r in results.AsNoTracking()
                          join t in db.Set<ConsultationTopic>() on r.TopicId equals t.Id into topics
                          from t in topics.DefaultIfEmpty()
                          orderby r.Kind, r.Id
                          select new
                          {
                              r, Topic = t != null ? t.Title : null,
                              Instructions = db.Set<LeaderInstruction>().Count(i => i.TargetType == ResultInstructionTarget.Name && i.TargetId == r.Id),
                          }).ToListAsync(ct);
        return rows.Select(x => new ResultRow(x.r.Id, x.r.Year, Codes.Of(x.r.Kind), Web.Labels.Of(x.r.Kind), x.r.Title, x.r.TopicId, x.Topic, x.r.Author, x.r.Venue,
            x.r.VenueLevel is { } l ? Codes.Of(l) : null, x.r.VenueLevel is { } ll ? Committee.LevelLabel(ll) : null,
            x.r.Mode is { } m ? Codes.Of(m) : null, x.r.Mode is { } ml ? Web.Labels.Of(ml) : null, x.r.SentTo, x.r.SentOn, x.r.AdoptedOn,
            x.r.ProposalId, x.r.OpinionItemId, x.Instructions, engine.View(ResultFlow.Flow, x.r))).ToList();
    }
}
