using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public sealed record ProgressRow(Guid Id, string Month, string Text, string EnteredBy, DateTime EnteredAt, DateOnly? ReviewedOn);

public sealed record WorkItemRow(Guid Id, int Year, string Title, Guid LeadLeaderId, string LeadLeader, Guid? LeadLeaderUser, string ResponsibleUnit,
    DateOnly Deadline, Guid? TopicId, string? Outcome, bool Overdue, WorkflowView Workflow, IReadOnlyList<ProgressRow> Progress);

public sealed record DispatchRow(Guid Id, DateOnly WeekOf, Guid? WorkItemId, string? WorkItemTitle, string Text, string EnteredBy);

public sealed record WorkListView(int Year, IReadOnlyList<WorkItemRow> Items, IReadOnlyList<DispatchRow> Dispatches, int Open, int Done, int Overdue);

/// <summary>The year's work list with each task's monthly progress and the weekly dispatch notes; and the overdue view across years.</summary>
public sealed class ListWorkItems(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock)
{
    public async Task<WorkListView> YearAsync(int year, CancellationToken ct = default)
    {
        var items = await RowsAsync(db.Set<WorkItem>().Where(i => i.Year == year), ct);
        var titles = items.ToDictionary(i => i.Id, i => i.Title);
        var (from, to) = (new DateOnly(year, 1, 1).AddDays(-6), new DateOnly(year, 12, 31));
        var dispatches = (await db.Set<DispatchNote>().AsNoTracking().Where(d => d.WeekOf >= from && d.WeekOf <= to)
                .OrderByDescending(d => d.WeekOf).ThenByDescending(d => d.EnteredAt).Take(500).ToListAsync(ct))
            .Select(d => new DispatchRow(d.Id, d.WeekOf, d.WorkItemId, d.WorkItemId is { } w ? titles.GetValueOrDefault(w) : null, d.Text, d.EnteredBy)).ToList();
        return new WorkListView(year, items, dispatches, items.Count(i => i.Workflow.State == "OPEN"), items.Count(i => i.Workflow.State == "DONE"),
            items.Count(i => i.Overdue));
    }

    /// <summary>Tasks past their deadline and not done, of every year, the longest overdue first.</summary>
    public async Task<IReadOnlyList<WorkItemRow>> OverdueAsync(CancellationToken ct = default)
    {
        var today = Web.Shanghai.Today(clock);
        return await RowsAsync(db.Set<WorkItem>().Where(i => i.State == WorkItemState.Open && i.Deadline < today), ct, byDeadline: true);
    }

    public async Task<WorkItemRow?> OneAsync(Guid id, CancellationToken ct = default) =>
        (await RowsAsync(db.Set<WorkItem>().Where(i => i.Id == id), ct)).SingleOrDefault();

    async Task<IReadOnlyList<WorkItemRow>> RowsAsync(IQueryable<WorkItem> items, CancellationToken ct, bool byDeadline = false)
    {
        var rows = await (from i in items.AsNoTracking()
                          join m in db.Set<Membership>() on i.LeadLeaderId equals m.Id
                          join p in db.Set<Person>() on m.PersonId equals p.Id
                          select new { i, Leader = p.Name, p.UserId }).ToListAsync(ct);
        var ids = rows.Select(r => r.i.Id).ToList();
        var progress = (await db.Set<WorkProgress>().AsNoTracking().Where(p => ids.Contains(p.WorkItemId)).ToListAsync(ct))
            .OrderByDescending(p => p.Month).ToLookup(p => p.WorkItemId);
        var today = Web.Shanghai.Today(clock);
        return rows.OrderBy(r => byDeadline ? r.i.Deadline.DayNumber : 0).ThenBy(r => r.i.Year).ThenBy(r => r.i.SortOrder).ThenBy(r => r.i.Id)
            .Select(r => new WorkItemRow(r.i.Id, r.i.Year, r.i.Title, r.i.LeadLeaderId, r.Leader, r.UserId, r.i.ResponsibleUnit, r.i.Deadline, r.i.TopicId, r.i.Outcome,
                r.i.State == WorkItemState.Open && r.i.Deadline < today, engine.View(WorkItemFlow.Flow, r.i),
                progress[r.i.Id].Select(p => new ProgressRow(p.Id, p.Month.ToString("yyyy-MM"), p.Text, p.EnteredBy, p.EnteredAt, p.ReviewedOn)).ToList()))
            .ToList();
    }

    /// <summary>Whether the caller may enter progress on this task: the office on any, a leader on their own.</summary>
    public bool MayRecordProgress(WorkItemRow item) =>
        ctx.Has(PlansPermissions.Manage) || ctx.Has(PlansPermissions.Progress) && item.LeadLeaderUser == ctx.UserId && ctx.UserId != null;
}
