using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Data;

/// <summary>
/// Announces the <see cref="ChangeTopicAttribute"/> topics of what a save changed, once the change is committed: right
/// after the save, or when the explicit transaction around it commits (forgetting before the commit would let a read in
/// between keep the old state). A rolled-back transaction announces nothing.
/// </summary>
public sealed class ChangeAnnouncer(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    static readonly ConcurrentDictionary<Type, string?> Topics = new();

    static string? TopicOf(Type type) => Topics.GetOrAdd(type, t => t.GetCustomAttribute<ChangeTopicAttribute>()?.Topic);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    static void Collect(DbContext? context)
    {
        if (context is not XieshangDb db) return;
        foreach (var entry in db.ChangeTracker.Entries())
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity is ITenantOwned owned && TopicOf(entry.Metadata.ClrType) is { } topic)
            {
                db.PendingChanges.Add((topic, owned.CommitteeId));
                if (entry.Entity is IChangesElsewhere elsewhere)
                    foreach (var other in elsewhere.AlsoFor.Where(c => c != owned.CommitteeId)) db.PendingChanges.Add((topic, other));
            }
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceUnlessInTransactionAsync(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await AnnounceUnlessInTransactionAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    Task AnnounceUnlessInTransactionAsync(DbContext? context) =>
        context is XieshangDb db && db.Database.CurrentTransaction == null ? AnnounceAsync(db) : Task.CompletedTask;

    async Task AnnounceAsync(XieshangDb db)
    {
        if (db.PendingChanges.Count == 0) return;
        var pending = db.PendingChanges.ToList();
        db.PendingChanges.Clear();
        var changes = services.GetService<CommitteeChanges>();
        if (changes == null) return; // a design-time context: nothing is kept
        foreach (var (topic, committee) in pending) await changes.ChangedAsync(topic, committee);
    }

    static void Drop(DbContext? context)
    {
        if (context is XieshangDb db) db.PendingChanges.Clear();
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        AnnounceAfterCommitAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        AnnounceAfterCommitAsync(eventData.Context);

    Task AnnounceAfterCommitAsync(DbContext? context) => context is XieshangDb db ? AnnounceAsync(db) : Task.CompletedTask;

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }
}
