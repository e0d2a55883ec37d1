using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
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
/// <remarks>
/// A year's list is kept (ADR 0006) until the plans or the roster change: the tasks, their leaders and progress as read;
/// what depends on the reader and the day — the steps they may take, what is overdue — is worked out per request.
/// </remarks>
public sealed class ListWorkItems(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock, IMemoryCache cache, CommitteeChanges changes)
{
    /// <summary>A task as read, before the reader's view of it.</summary>
    sealed record Kept(WorkItem Item, string Leader, Guid? LeaderUser, IReadOnlyList<ProgressRow> Progress);

    sealed record KeptYear(IReadOnlyList<Kept> Items, IReadOnlyList<DispatchNote> Dispatches);

    public async Task<WorkListView> YearAsync(int year, CancellationToken ct = default)
    {
        var committee = db.CurrentCommitteeId;
        var kept = await SharedCache.GetAsync(cache, ("work-list", committee, year), PlansModule.KeptFor, () => LoadYearAsync(year, CancellationToken.None),
            Forget(committee));
        var items = View(kept.Items);
        var titles = items.ToDictionary(i => i.Id, i => i.Title);
        var dispatches = kept.Dispatches.Select(d => new DispatchRow(d.Id, d.WeekOf, d.WorkItemId, d.WorkItemId is { } w ? titles.GetValueOrDefault(w) : null, d.Text, d.EnteredBy))
            .ToList();
        return new WorkListView(year, items, dispatches, items.Count(i => i.Workflow.State == "OPEN"), items.Count(i => i.Workflow.State == "DONE"),
            items.Count(i => i.Overdue));
    }

    /// <summary>
    /// Something made from the year's list that depends on the day but not on who reads it — the page's table as markup,
    /// the counts: made once a day and kept with the list (a page at city scale spent a sixth of its time on the rows).
    /// <paramref name="make"/> must not use the items' steps, which are the first reader's.
    /// </summary>
    public Task<T> ForTheDayAsync<T>(int year, Func<WorkListView, T> make)
    {
        var committee = db.CurrentCommitteeId;
        return SharedCache.GetAsync(cache, ("work-list-day", committee, year, Web.Shanghai.Today(clock), typeof(T)), PlansModule.KeptFor,
            async () => make(await YearAsync(year)), Forget(committee));
    }

    CancellationToken[] Forget(Guid committee) => [changes.Token(PlansModule.Changes, committee), changes.Token(Organization.OrganizationChanges.Topic, committee)];

    async Task<KeptYear> LoadYearAsync(int year, CancellationToken ct)
    {
        var items = await LoadAsync(db.Set<WorkItem>().Where(i => i.Year == year), ct);
        var (from, to) = (new DateOnly(year, 1, 1).AddDays(-6), new DateOnly(year, 12, 31));
        var dispatches = await db.Set<DispatchNote>().AsNoTracking().Where(d => d.WeekOf >= from && d.WeekOf <= to)
            .OrderByDescending(d => d.WeekOf).ThenByDescending(d => d.EnteredAt).Take(500).ToListAsync(ct);
        return new KeptYear(items, dispatches);
    }

    /// <summary>Tasks past their deadline and not done, of every year, the longest overdue first.</summary>
    public async Task<IReadOnlyList<WorkItemRow>> OverdueAsync(CancellationToken ct = default)
    {
        var today = Web.Shanghai.Today(clock);
        return View((await LoadAsync(db.Set<WorkItem>().Where(i => i.State == WorkItemState.Open && i.Deadline < today), ct))
            .OrderBy(k => k.Item.Deadline).ToList());
    }

    public async Task<WorkItemRow?> OneAsync(Guid id, CancellationToken ct = default) =>
        View(await LoadAsync(db.Set<WorkItem>().Where(i => i.Id == id), ct)).SingleOrDefault();

    async Task<IReadOnlyList<Kept>> LoadAsync(IQueryable<WorkItem> items, CancellationToken ct)
    {
        var rows = await (from i in items.AsNoTracking()
                          join m in db.Set<Membership>() on i.LeadLeaderId equals m.Id
                          join p in db.Set<Person>() on m.PersonId equals p.Id
                          orderby i.Year, i.SortOrder, i.Id
                          select new { i, Leader = p.Name, p.UserId }).ToListAsync(ct);
        var ids = rows.Select(r => r.i.Id).ToList();
        var progress = (await db.Set<WorkProgress>().AsNoTracking().Where(p => ids.Contains(p.WorkItemId))
                .Select(p => new { p.WorkItemId, Row = new ProgressRow(p.Id, "", p.Text, p.EnteredBy, p.EnteredAt, p.ReviewedOn), p.Month }).ToListAsync(ct))
            .OrderByDescending(p => p.Month).ToLookup(p => p.WorkItemId, p => p.Row with { Month = p.Month.ToString("yyyy-MM") });
        return rows.Select(r => new Kept(r.i, r.Leader, r.UserId, progress[r.i.Id].ToList())).ToList();
    }

    List<WorkItemRow> View(IEnumerable<Kept> items)
    {
        var today = Web.Shanghai.Today(clock);
        return items.Select(k => new WorkItemRow(k.Item.Id, k.Item.Year, k.Item.Title, k.Item.LeadLeaderId, k.Leader, k.LeaderUser, k.Item.ResponsibleUnit,
            k.Item.Deadline, k.Item.TopicId, k.Item.Outcome, k.Item.State == WorkItemState.Open && k.Item.Deadline < today, engine.View(WorkItemFlow.Flow, k.Item),
            k.Progress)).ToList();
    }

    /// <summary>Whether the caller may enter progress on this task: the office on any, a leader on their own.</summary>
    public bool MayRecordProgress(WorkItemRow item) =>
        ctx.Has(PlansPermissions.Manage) || ctx.Has(PlansPermissions.Progress) && item.LeadLeaderUser == ctx.UserId && ctx.UserId != null;
}
