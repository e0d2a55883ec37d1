using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization.Import;

/// <summary>
/// Runs roster checks and imports one at a time, off the request. Work arrives through <see cref="Enqueue"/>; at start
/// the worker also takes up what a stopped node left behind (queued, or running without a heartbeat for a while).
/// Which node runs an import is settled by a conditional update in <see cref="RosterImportRun"/>.
/// </summary>
public sealed class RosterImportWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RosterImportWorker> log) : BackgroundService
{
    static readonly TimeSpan Stale = TimeSpan.FromMinutes(2);
    // An import's writes sit in one transaction and send no heartbeat; it is taken up again only after this long. Should it
    // still be running elsewhere, the unique member numbers make the second run fail whole, never write twice.
    static readonly TimeSpan StaleImport = TimeSpan.FromMinutes(30);
    readonly Channel<Guid> queue = Channel.CreateUnbounded<Guid>();
    readonly ConcurrentDictionary<Guid, int> written = new();
    TaskCompletionSource passed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Enqueue(Guid id) => queue.Writer.TryWrite(id);

    /// <summary>Rows written so far by an import running on this node (its transaction hides them from other readers).</summary>
    public int? Written(Guid id) => written.TryGetValue(id, out var n) ? n : null;

    /// <summary>Completes when the worker next finishes a piece of work: lets a caller wait for a state without polling on a timer.</summary>
    public Task NextPass => Volatile.Read(ref passed).Task;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        try { await TakeUpLeftoversAsync(stop); }
        catch (Exception ex) when (!stop.IsCancellationRequested) { log.LogError(ex, "Could not look for unfinished roster imports"); }
        await foreach (var id in queue.Reader.ReadAllAsync(stop))
        {
            try { await RunAsync(id, stop); }
            catch (Exception ex) when (!stop.IsCancellationRequested) { log.LogError(ex, "Roster import {ImportId} stopped", id); }
            finally
            {
                written.TryRemove(id, out _);
                Interlocked.Exchange(ref passed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
    }

    async Task RunAsync(Guid id, CancellationToken stop)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<XieshangDb>();
        var import = await db.Set<RosterImport>().IgnoreQueryFilters().AsNoTracking()
            .Select(i => new { i.Id, i.CommitteeId, i.UploadedBy }).SingleOrDefaultAsync(i => i.Id == id, stop);
        if (import == null) return;
        // The work is done as the person who uploaded it, in their committee, with their permissions as they are now.
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == import.UploadedBy, stop);
        var access = await services.GetRequiredService<AccessResolver>().ResolveAsync(db, user.Id, import.CommitteeId, stop);
        var ctx = services.GetRequiredService<RequestContext>();
        ctx.SetUser(user.Id, user.DisplayName);
        if (access == null || !access.Permissions.Contains(OrganizationPermissions.Manage.Name))
        {
            const string message = "上传人已无维护委员的权限，导入未执行。";
            var record = await db.Set<RosterImport>().IgnoreQueryFilters().SingleAsync(i => i.Id == id, stop);
            if (record.Status == RosterImportStatus.Imported) return;
            (record.Status, record.Message) = (RosterImportStatus.Failed, message);
            db.Audit("organization.roster.import", Web.Labels.Of(RosterImportStatus.Failed), record, $"{record.FileName}：{message}");
            await db.SaveChangesAsync(stop);
            return;
        }
        ctx.SetCommittee(import.CommitteeId, access.CommitteeName, access.Roles, access.Permissions);
        await services.GetRequiredService<RosterImportRun>().RunAsync(id, n => written[id] = n, stop);
    }

    async Task TakeUpLeftoversAsync(CancellationToken stop)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var before = clock.GetUtcNow().UtcDateTime - Stale;
        var importBefore = clock.GetUtcNow().UtcDateTime - StaleImport;
        var imports = db.Set<RosterImport>().IgnoreQueryFilters();
        await imports.Where(i => i.Status == RosterImportStatus.Checking && i.HeartbeatAt < before)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, RosterImportStatus.Queued), stop);
        await imports.Where(i => i.Status == RosterImportStatus.Importing && i.HeartbeatAt < importBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, RosterImportStatus.ImportQueued), stop);
        foreach (var id in await imports.Where(i => i.Status == RosterImportStatus.Queued || i.Status == RosterImportStatus.ImportQueued)
                     .OrderBy(i => i.UploadedAt).Select(i => i.Id).ToListAsync(stop))
            Enqueue(id);
    }
}
