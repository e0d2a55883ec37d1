using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Data;

/// <summary>
/// The rules every write obeys, enforced in one place rather than in each handler:
/// records go into the current committee only; edited records get a new version; the audit log is append-only;
/// and a SaveChanges that changes a committee record must carry an audit entry.
/// </summary>
public sealed class PlatformSaveChangesInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void Apply(DbContext? context)
    {
        if (context is not XieshangDb db) return;
        var request = db.Request;
        var current = request?.CommitteeId;
        var now = clock.GetUtcNow().UtcDateTime;
        var auditNeeded = false;
        var audits = new List<AuditEntry>();

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;

            if (entry.Entity is AuditEntry audit)
            {
                if (entry.State != EntityState.Added)
                    throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
                audits.Add(audit);
                continue;
            }

            if (entry.Entity is ITenantOwned owned)
            {
                if (entry.State == EntityState.Added && owned.CommitteeId == Guid.Empty)
                    owned.CommitteeId = current ?? throw new InvalidOperationException(
                        $"A new {entry.Metadata.ClrType.Name} has no committee and no committee is current.");
                if (current != null && owned.CommitteeId != current)
                    throw new TenantViolationException(entry.Metadata.ClrType.Name);
                if (!entry.Metadata.ClrType.IsDefined(typeof(NotAuditedAttribute), false)) auditNeeded = true;
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
                versioned.Version++;
        }

        foreach (var audit in audits)
        {
            if (audit.CommitteeId == Guid.Empty)
                audit.CommitteeId = current ?? throw new InvalidOperationException("An audit entry has no committee.");
            if (audit.At == default) audit.At = now;
            if (audit.ActorId == null && string.IsNullOrEmpty(audit.ActorName))
            {
                audit.ActorId = request?.UserId;
                audit.ActorName = request?.UserName ?? "系统";
            }
            audit.IpAddress ??= request?.IpAddress;
        }

        if (auditNeeded && audits.Count == 0)
            throw new InvalidOperationException(
                "A change to committee records was saved without an audit entry: call db.Audit(...) in the handler.");
    }
}

/// <summary>A write that would put or change a record of another committee than the current one.</summary>
public sealed class TenantViolationException(string type)
    : InvalidOperationException($"A {type} of another committee may not be written in this committee.");
