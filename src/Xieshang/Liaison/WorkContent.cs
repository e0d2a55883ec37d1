using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;

namespace Xieshang.Liaison;

/// <summary>
/// “联系什么”: a hall's or a studio's work content for one year (the report's “一厅一室”年度工作内容) — the political
/// guidance and the sector's own field — and, for a studio, the member who leads it that year.
/// </summary>
public sealed class WorkContent : CommitteeRecord
{
    public Guid HallId { get; set; }
    /// <summary>Null for the hall's own content.</summary>
    public Guid? StudioId { get; set; }
    public int Year { get; set; }
    public string Content { get; set; } = "";
    /// <summary>负责委员: the convener of the hall, or the studio's lead.</summary>
    public Guid? LeadId { get; set; }
}

sealed class WorkContentConfiguration : IEntityTypeConfiguration<WorkContent>
{
    public void Configure(EntityTypeBuilder<WorkContent> e)
    {
        e.ToTable("liaison_work_content");
        e.Property(w => w.Content).HasMaxLength(4000);
        e.HasIndex(w => new { w.CommitteeId, w.HallId, w.StudioId, w.Year }).IsUnique();
        e.HasOne<Organization.Hall>().WithMany().HasForeignKey(w => w.HallId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.Studio>().WithMany().HasForeignKey(w => w.StudioId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(w => w.LeadId).OnDelete(DeleteBehavior.SetNull);
    }
}
