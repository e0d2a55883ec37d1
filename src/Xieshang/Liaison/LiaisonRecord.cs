using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Liaison;

/// <summary>“如何联系”: the report's 请上来、走下去, offline and online.</summary>
public enum LiaisonMode
{
    [Display(Name = "走下去（上门走访）")] OfflineVisit,
    [Display(Name = "请上来（请到厅室）")] InviteIn,
    [Display(Name = "线上联系")] Online,
}

/// <summary>
/// 联系记录: one contact of a member with people of the sector — who, whom, when, how, about what, and what came of it —
/// counted under the hall (and studio) it was made through.
/// </summary>
public sealed class LiaisonRecord : CommitteeRecord
{
    public Guid MembershipId { get; set; }
    public Guid HallId { get; set; }
    public Guid? StudioId { get; set; }
    [Display(Name = "日期")] public DateOnly Date { get; set; }
    [Display(Name = "方式")] public LiaisonMode Mode { get; set; }
    [Display(Name = "主题")] public required string Topic { get; set; }
    [Display(Name = "成效")] public string Outcome { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    /// <summary>The user who wrote it: the member, or staff recording for them.</summary>
    public Guid? RecordedBy { get; set; }
}

/// <summary>The contact objects one record reached.</summary>
public sealed class LiaisonRecordContact : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid LiaisonRecordId { get; set; }
    public Guid ContactObjectId { get; set; }
}

sealed class LiaisonRecordConfiguration : IEntityTypeConfiguration<LiaisonRecord>, IEntityTypeConfiguration<LiaisonRecordContact>
{
    public void Configure(EntityTypeBuilder<LiaisonRecord> e)
    {
        e.ToTable("liaison_record");
        e.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Topic).HasMaxLength(100);
        e.Property(r => r.Outcome).HasMaxLength(1000);
        e.HasIndex(r => new { r.CommitteeId, r.HallId, r.Date });
        e.HasIndex(r => new { r.CommitteeId, r.MembershipId, r.Date });
        e.HasOne<Organization.Hall>().WithMany().HasForeignKey(r => r.HallId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.Studio>().WithMany().HasForeignKey(r => r.StudioId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LiaisonRecordContact> e)
    {
        e.ToTable("liaison_record_contact");
        e.HasIndex(c => new { c.LiaisonRecordId, c.ContactObjectId }).IsUnique();
        e.HasIndex(c => c.ContactObjectId);
        e.HasOne<LiaisonRecord>().WithMany().HasForeignKey(c => c.LiaisonRecordId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<ContactObject>().WithMany().HasForeignKey(c => c.ContactObjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
