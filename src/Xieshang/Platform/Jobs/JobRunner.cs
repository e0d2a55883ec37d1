using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Jobs;

/// <summary>
/// Runs the jobs that are due. A run is claimed with one conditional UPDATE ("last run is at least one interval
/// ago"): the database lets exactly one node win each slot, on PostgreSQL and SQLite alike, with no lock held while
/// the job works. A failing job is logged and retried at its next slot.
/// </summary>
public sealed class JobRunner(IServiceProvider services, IEnumerable<IRecurringJob> jobs, TimeProvider clock, ILogger<JobRunner> log)
{
    /// <summary>Identifies this node in the job table (machine and process), for operators.</summary>
    public string Node { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public IReadOnlyList<IRecurringJob> Jobs { get; } = jobs.ToList();

    public async Task<int> RunDueJobsAsync(CancellationToken ct)
    {
        var ran = 0;
        foreach (var job in Jobs)
        {
            if (ct.IsCancellationRequested) break;
            if (!await TryClaimAsync(job, ct)) continue;
            ran++;
            string? error = null;
            try
            {
                await using var scope = services.CreateAsyncScope();
                await job.RunAsync(scope.ServiceProvider, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                log.LogError(ex, "Job {Job} failed", job.Name);
            }
            await FinishAsync(job, error, ct);
        }
        return ran;
    }

    async Task<bool> TryClaimAsync(IRecurringJob job, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now - job.Interval;
        var claimed = await db.Set<JobRun>()
            .Where(j => j.Name == job.Name && (j.LastRunAt == null || j.LastRunAt <= due))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LastRunAt, now).SetProperty(j => j.LastNode, Node), ct);
        return claimed == 1;
    }

    async Task FinishAsync(IRecurringJob job, string? error, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<JobRun>().Where(j => j.Name == job.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LastFinishedAt, now).SetProperty(j => j.LastError, error), CancellationToken.None);
    }

    /// <summary>Makes sure every job has its row; called at start-up on every node (a row another node added is kept).</summary>
    public static async Task RegisterAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        foreach (var job in scope.ServiceProvider.GetServices<IRecurringJob>())
        {
            if (await db.Set<JobRun>().AnyAsync(j => j.Name == job.Name, ct)) continue;
            db.Add(new JobRun { Name = job.Name });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); } // another node added it at the same moment
        }
    }
}
