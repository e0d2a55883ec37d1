using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Audit;

/// <summary>
/// One state change: who, in which committee, when, what action, on which record, and what changed.
/// Written in the same SaveChanges as the change; never updated or deleted (the save interceptor refuses).
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>Machine code, e.g. "proposal.submit".</summary>
    public required string Action { get; set; }
    /// <summary>Chinese label shown in timelines, e.g. "提交".</summary>
    public required string ActionLabel { get; set; }
    public required string RecordType { get; set; }
    public required string RecordId { get; set; }
    public string Summary { get; set; } = "";
    public string? IpAddress { get; set; }
}

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("platform_audit");
        e.Property(a => a.ActorName).HasMaxLength(50);
        e.Property(a => a.Action).HasMaxLength(100);
        e.Property(a => a.ActionLabel).HasMaxLength(100);
        e.Property(a => a.RecordType).HasMaxLength(100);
        e.Property(a => a.RecordId).HasMaxLength(100);
        e.Property(a => a.Summary).HasMaxLength(4000);
        e.Property(a => a.IpAddress).HasMaxLength(64);
        e.HasIndex(a => new { a.CommitteeId, a.RecordType, a.RecordId, a.At });
        e.HasIndex(a => new { a.CommitteeId, a.At });
    }
}
