using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Files;

/// <summary>An attachment of a record (a proposal's appendix, a meeting's minutes, a citizen's photo).</summary>
public sealed class StoredFile : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    /// <summary>The kind of record it belongs to, e.g. "Proposal"; decides who may read it.</summary>
    public required string OwnerType { get; set; }
    public required string OwnerId { get; set; }
    public required string FileName { get; set; }
    /// <summary>The type found in the content, never the one the client claimed.</summary>
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string StorageKey { get; set; }
    public Guid? UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
}

sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> e)
    {
        e.ToTable("platform_file");
        e.Property(f => f.OwnerType).HasMaxLength(50);
        e.Property(f => f.OwnerId).HasMaxLength(100);
        e.Property(f => f.FileName).HasMaxLength(255);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.StorageKey).HasMaxLength(200);
        e.HasIndex(f => new { f.CommitteeId, f.OwnerType, f.OwnerId });
    }
}
