using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

public enum ClueState { Draft, Submitted, Accepted, Rejected, Merged, InDrafting, ReferredUp, InCatalogue, Converted, Archived }

public enum ClueSource
{
    [Display(Name = "委员")] Member, [Display(Name = "群众")] Public, [Display(Name = "码上议")] Msy, [Display(Name = "委员在行动")] Campaign,
    [Display(Name = "调研")] Research, [Display(Name = "下级政协报送")] LowerCommittee,
}

/// <summary>
/// 提案线索: a topic idea that may become a proposal (domain.md §3.1) — screened by the proposal committee, adopted into
/// a draft, published in the catalogue members browse, or referred to the next committee up.
/// </summary>
public sealed class ProposalClue : CommitteeRecord, IWorkflowRecord<ClueState>
{
    public int Year { get; set; }
    [Display(Name = "来源")] public ClueSource Source { get; set; }
    [Display(Name = "标题")] public required string Title { get; set; }
    [Display(Name = "内容")] public string Body { get; set; } = "";
    /// <summary>Who raised it: a login (null for a clue from another committee), and a name for the ledger.</summary>
    public Guid? SubmitterUserId { get; set; }
    [Display(Name = "提供者")] public string SubmitterName { get; set; } = "";
    public Guid? CampaignId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    [Display(Name = "处理意见")] public string? DecisionNote { get; set; }
    public Guid? MergedIntoId { get; set; }
    /// <summary>The draft it was adopted into.</summary>
    public Guid? ProposalId { get; set; }
    /// <summary>Referred up: the committee and the copy there; on the copy, where it came from.</summary>
    public Guid? ReferredToCommitteeId { get; set; }
    public Guid? ReferredCopyId { get; set; }
    public Guid? ReferredFromCommitteeId { get; set; }
    public Guid? ReferredFromClueId { get; set; }
    [Display(Name = "状态")] public ClueState State { get; set; }
    public DateTime? DueAt { get; set; }
}

sealed class ClueConfiguration : IEntityTypeConfiguration<ProposalClue>
{
    public void Configure(EntityTypeBuilder<ProposalClue> e)
    {
        e.ToTable("proposals_clue");
        e.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Title).HasMaxLength(100);
        e.Property(c => c.Body).HasMaxLength(3000);
        e.Property(c => c.SubmitterName).HasMaxLength(100);
        e.Property(c => c.DecisionNote).HasMaxLength(1000);
        e.HasIndex(c => new { c.CommitteeId, c.Year, c.State });
        e.HasIndex(c => new { c.CommitteeId, c.SubmitterUserId });
        e.HasOne<Meetings.Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.SetNull);
    }
}
