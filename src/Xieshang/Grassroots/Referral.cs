using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;

namespace Xieshang.Grassroots;

/// <summary>Where an issue the room could not settle goes (“上级下级联合”).</summary>
public enum EscalationTarget
{
    [Display(Name = "镇（街道）议事室")] TownRoom,
    [Display(Name = "提案线索")] ProposalClue,
    [Display(Name = "社情民意信息")] Opinion,
    [Display(Name = "协商计划选题")] PlanTopic,
}

/// <summary>
/// An escalated issue waiting for the module that takes it (proposal clues, public-opinion items, the consultation
/// plan): that module picks it up and records what it made of it. The town room needs no referral: the escalation
/// opens an issue there at once.
/// </summary>
public sealed class Referral : CommitteeRecord
{
    public Guid IssueId { get; set; }
    [Display(Name = "去向")] public EscalationTarget Target { get; set; }
    [Display(Name = "标题")] public required string Title { get; set; }
    [Display(Name = "内容")] public required string Text { get; set; }
    [Display(Name = "上报理由")] public string Reason { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>When the target module took it, and the record it made.</summary>
    public DateTime? PickedUpAt { get; set; }
    public string? PickedUpAs { get; set; }
}

sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> e)
    {
        e.ToTable("grassroots_referral");
        e.Property(r => r.Target).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Title).HasMaxLength(100);
        e.Property(r => r.Text).HasMaxLength(2000);
        e.Property(r => r.Reason).HasMaxLength(2000);
        e.Property(r => r.PickedUpAs).HasMaxLength(100);
        e.HasIndex(r => new { r.CommitteeId, r.Target, r.PickedUpAt });
        e.HasOne<CitizenIssue>().WithMany().HasForeignKey(r => r.IssueId).OnDelete(DeleteBehavior.Cascade);
    }
}
