using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public sealed record TopicRow(Guid Id, string Title, string Around, string AroundLabel, string Format, string FormatLabel, Guid LeadLeaderId, string LeadLeader,
    Guid LeadCommitteeId, string LeadCommittee, DateOnly Deadline, DateOnly? MeetingOn, string? Note, string State, string StateLabel, DateTime? DueAt,
    bool Overdue, int Version);

/// <summary>A year's plan as its page and <c>GET /api/v1/plans/{year}</c> show it; <see cref="Exists"/> is false before it is begun.</summary>
public sealed record PlanView(int Year, bool Exists, Guid? Id, string Title, string? ApprovedBy, DateOnly? ApprovedOn, string? DocumentNo, WorkflowView? Workflow,
    bool CanEditTopics, IReadOnlyList<TopicRow> Topics, IReadOnlyDictionary<string, int> ByFormat, IReadOnlyDictionary<string, int> ByAround);

public sealed class GetPlan(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock)
{
    public async Task<PlanView> HandleAsync(int year, CancellationToken ct = default)
    {
        var plan = await db.Set<ConsultationPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.Year == year, ct);
        if (plan == null)
            return new PlanView(year, false, null, $"{year}年度协商计划", null, null, null, null, false, [], new Dictionary<string, int>(), new Dictionary<string, int>());
        var topics = await RowsAsync(db.Set<ConsultationTopic>().Where(t => t.PlanId == plan.Id), ct);
        return new PlanView(year, true, plan.Id, plan.Title, plan.ApprovedBy, plan.ApprovedOn, plan.DocumentNo, engine.View(PlanFlow.Flow, plan),
            plan.State == PlanState.Draft && ctx.Has(PlansPermissions.Manage), topics,
            topics.GroupBy(t => t.FormatLabel).ToDictionary(g => g.Key, g => g.Count()), topics.GroupBy(t => t.AroundLabel).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Topics with their leader's and committee's names, in the plan's order.</summary>
    public async Task<IReadOnlyList<TopicRow>> RowsAsync(IQueryable<ConsultationTopic> topics, CancellationToken ct)
    {
        var rows = await (from t in topics.AsNoTracking()
                          join m in db.Set<Membership>() on t.LeadLeaderId equals m.Id
                          join p in db.Set<Person>() on m.PersonId equals p.Id
                          join c in db.Set<SpecialCommittee>() on t.LeadCommitteeId equals c.Id
                          orderby t.SortOrder, t.Id
                          select new { t, Leader = p.Name, Committee = c.Name }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Web.Shanghai.Today(clock);
        return rows.Select(r => new TopicRow(r.t.Id, r.t.Title, Codes.Of(r.t.Around), Web.Labels.Of(r.t.Around), Codes.Of(r.t.Format), Web.Labels.Of(r.t.Format),
            r.t.LeadLeaderId, r.Leader, r.t.LeadCommitteeId, r.Committee, r.t.Deadline, r.t.MeetingOn, r.t.Note, Codes.Of(r.t.State), TopicFlow.Flow.LabelOf(r.t.State),
            r.t.DueAt, r.t.State != TopicState.Closed && (r.t.Deadline < today || r.t.DueAt < now), r.t.Version)).ToList();
    }
}
