using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Xieshang.Platform.Tenancy;

public enum CommitteeLevel { National, Provincial, City, District }

/// <summary>A CPPCC committee (政协) at one level; the tenant every business record belongs to.</summary>
public sealed class Committee
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public CommitteeLevel Level { get; set; }
    public Guid? ParentId { get; set; }
    public DateTime CreatedAt { get; set; }

    public static string LevelLabel(CommitteeLevel level) => level switch
    {
        CommitteeLevel.National => "全国",
        CommitteeLevel.Provincial => "省级",
        CommitteeLevel.City => "市级",
        _ => "县区级",
    };
}

sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> e)
    {
        e.ToTable("platform_committee");
        e.Property(c => c.Name).HasMaxLength(100);
        e.HasIndex(c => c.Name).IsUnique();
        e.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Committee>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
