using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Jobs;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Grassroots;

/// <summary>
/// Closes published issues whose rating window (15 days, the due date of 公示) has passed without a rating, in every
/// committee, through the workflow table (step “expire”) so that each closing is audited.
/// </summary>
public sealed class ExpireRatings(XieshangDb db, WorkflowEngine engine, TimeProvider clock, Platform.CommitteeChanges changes)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<CitizenIssue>().IgnoreQueryFilters()
            .Where(i => i.State == IssueState.Published && i.DueAt != null && i.DueAt < now)
            .OrderBy(i => i.DueAt).Take(500).ToListAsync(ct);
        foreach (var committee in due.GroupBy(i => i.CommitteeId))
        {
            var name = await db.Set<Committee>().IgnoreQueryFilters().Where(c => c.Id == committee.Key).Select(c => c.Name).SingleAsync(ct);
            db.Bind(RequestContext.System(committee.Key, name));
            foreach (var issue in committee)
            {
                var applied = await engine.ApplyAsync(IssueFlow.Flow, issue, "expire", "15 天内未评价", ct, onBehalfOf: "系统");
                if (applied.Ok) issue.ClosedAt = now;
            }
            await db.SaveOrConflictAsync(ct);
            await changes.ChangedAsync(PublicIssues.Changes, committee.Key);
        }
        return due.Count;
    }
}

public sealed class ExpireRatingsJob : IRecurringJob
{
    public string Name => "grassroots.expire-ratings";
    public TimeSpan Interval => TimeSpan.FromMinutes(30);
    public Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<ExpireRatings>().RunAsync(ct);
}
