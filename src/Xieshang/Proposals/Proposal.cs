using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

/// <summary>The proposal workflow's states (domain.md §3.2), and 已撤回 for one the proposer withdrew before filing.</summary>
public enum ProposalState
{
    Draft, Cosigning, Submitted, UnderReview, Returned, Filed, NotFiled, Merged, Converted,
    Assigning, ReturnRequested, Handling, ReplyReview, Replied, Evaluated, Rehandling, Closed, Tracking, Archived, Withdrawn,
}

public enum ProposerType { [Display(Name = "个人提案")] Individual, [Display(Name = "联名提案")] Joint, [Display(Name = "集体提案")] Collective }

/// <summary>大会提案 are those of the session window (the three months before a plenary until its end); the others 平时提案.</summary>
public enum ProposalTiming { [Display(Name = "大会提案")] Session, [Display(Name = "平时提案")] Intersession }

public enum ProposalCategory
{
    [Display(Name = "经济建设")] Economy, [Display(Name = "政治建设")] Politics, [Display(Name = "文化建设")] Culture,
    [Display(Name = "社会建设")] Society, [Display(Name = "生态文明")] Ecology, [Display(Name = "其他")] Other,
}

/// <summary>
/// 提案: one issue per proposal (一事一案) in the four parts of the form — 案由, situation, analysis, suggestions — by a
/// member, several members, or an organisation; reviewed, assigned, handled and evaluated on <see cref="ProposalFlow"/>.
/// </summary>
[ChangeTopic(ProposalsModule.Changes)]
public sealed class Proposal : CommitteeRecord, IWorkflowRecord<ProposalState>
{
    public int Year { get; set; }
    /// <summary>流水号: the order of submission in the committee's year, given at the first submission.</summary>
    [Display(Name = "流水号")] public int? SerialNo { get; set; }
    /// <summary>案号: given when filed.</summary>
    [Display(Name = "案号")] public int? CaseNo { get; set; }
    [Display(Name = "案由")] public required string Title { get; set; }
    [Display(Name = "情况")] public string Situation { get; set; } = "";
    [Display(Name = "分析")] public string Analysis { get; set; } = "";
    [Display(Name = "建议")] public string Suggestions { get; set; } = "";
    [Display(Name = "类别")] public ProposalCategory Category { get; set; }
    [Display(Name = "提案方式")] public ProposerType ProposerType { get; set; }
    /// <summary>The organisation of a collective proposal (a party, a special committee, a sector group), and its responsible person.</summary>
    [Display(Name = "提案单位")] public string? CollectiveOrg { get; set; }
    [Display(Name = "负责人")] public string? CollectiveContact { get; set; }
    [Display(Name = "性质")] public ProposalTiming? Timing { get; set; }
    /// <summary>The proposer agrees that, if not filed, it may go on as an opinion or a public-opinion item (转意见建议/转社情民意).</summary>
    [Display(Name = "同意转交")] public bool ConsentToConvert { get; set; }
    [Display(Name = "公开")] public bool IsOpen { get; set; } = true;
    /// <summary>The login that wrote it: the first proposer, or the staff member who entered a collective proposal.</summary>
    public Guid OwnerUserId { get; set; }
    /// <summary>The first proposer's seat (null for a collective proposal).</summary>
    public Guid? FirstProposerId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    [Display(Name = "不立案理由")] public string? NotFiledReason { get; set; }
    [Display(Name = "审查意见")] public string? ReviewNote { get; set; }
    /// <summary>并案: the host proposal this one is handled with.</summary>
    public Guid? MergedIntoId { get; set; }
    /// <summary>转意见建议 or 转社情民意, when converted.</summary>
    [Display(Name = "转交方式")] public string? ConvertedTo { get; set; }
    /// <summary>The second result of a class B reply's follow-up (跟踪办理).</summary>
    [Display(Name = "跟踪办理结果")] public string? TrackingResult { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>重点提案: chosen by the chairpersons' council, supervised by a CPPCC leader (a chair or vice-chair's seat).</summary>
    [Display(Name = "重点提案")] public bool IsKey { get; set; }
    public Guid? KeySupervisorId { get; set; }
    [Display(Name = "督办说明")] public string? KeyNote { get; set; }
    /// <summary>优秀提案: the year's award.</summary>
    [Display(Name = "优秀提案")] public bool IsExcellent { get; set; }
    [Display(Name = "状态")] public ProposalState State { get; set; }
    public DateTime? DueAt { get; set; }

    /// <summary>Loaded by the handler for the workflow's conditions: the logins of the proposers (owner and confirmed co-signers).</summary>
    [NotMapped] public IReadOnlySet<Guid> ProposerUsers { get; set; } = new HashSet<Guid>();

    /// <summary>Loaded likewise: the proposers of proposals merged into this one, who evaluate its reply too.</summary>
    [NotMapped] public IReadOnlySet<Guid> MergedProposerUsers { get; set; } = new HashSet<Guid>();

    /// <summary>Loaded likewise: the caller's units' current assignments on it, and their roles.</summary>
    [NotMapped] public IReadOnlyList<AssignmentRole> CallerRoles { get; set; } = [];

    /// <summary>Loaded likewise: the class of the last passed reply, for the follow-up of class B.</summary>
    [NotMapped] public ReplyClass? PassedClass { get; set; }
}

public enum SignerRole { [Display(Name = "第一提案人")] First, [Display(Name = "联名人")] CoSigner }
public enum SignState { [Display(Name = "待确认")] Invited, [Display(Name = "已确认")] Confirmed, [Display(Name = "已谢绝")] Declined }

/// <summary>A member on a proposal: the first proposer, or a co-signer who confirms or declines within the window.</summary>
[ChangeTopic(ProposalsModule.Changes)]
public sealed class ProposalSigner : IWorkflowRecord<SignState>
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid ProposalId { get; set; }
    public Guid MembershipId { get; set; }
    public SignerRole Role { get; set; }
    public SignState State { get; set; }
    public DateTime? RespondedAt { get; set; }
    public int Version { get; set; }

    // The window to answer in is the proposal's (its DueAt while co-signing): a signer's line has no deadline of its own.
    DateTime? IWorkflowRecord<SignState>.DueAt { get => null; set { } }
}

sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>, IEntityTypeConfiguration<ProposalSigner>
{
    public void Configure(EntityTypeBuilder<Proposal> e)
    {
        e.ToTable("proposals_proposal");
        e.Property(p => p.Title).HasMaxLength(100);
        e.Property(p => p.Situation).HasMaxLength(5000);
        e.Property(p => p.Analysis).HasMaxLength(5000);
        e.Property(p => p.Suggestions).HasMaxLength(5000);
        e.Property(p => p.Category).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.ProposerType).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Timing).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.CollectiveOrg).HasMaxLength(100);
        e.Property(p => p.CollectiveContact).HasMaxLength(50);
        e.Property(p => p.NotFiledReason).HasMaxLength(40);
        e.Property(p => p.ReviewNote).HasMaxLength(1000);
        e.Property(p => p.ConvertedTo).HasMaxLength(20);
        e.Property(p => p.TrackingResult).HasMaxLength(2000);
        e.Property(p => p.KeyNote).HasMaxLength(500);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(p => p.KeySupervisorId).OnDelete(DeleteBehavior.SetNull);
        // The office's list: one year and state, newest first, read in index order.
        e.HasIndex(p => new { p.CommitteeId, p.Year, p.State, p.SerialNo });
        e.HasIndex(p => new { p.CommitteeId, p.OwnerUserId });
        e.HasIndex(p => new { p.CommitteeId, p.Year, p.SerialNo }).IsUnique();
        e.HasIndex(p => new { p.CommitteeId, p.Year, p.CaseNo }).IsUnique();
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(p => p.FirstProposerId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Proposal>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ProposalSigner> e)
    {
        e.ToTable("proposals_signer");
        e.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(s => new { s.ProposalId, s.MembershipId }).IsUnique();
        e.HasIndex(s => new { s.CommitteeId, s.MembershipId });
        e.HasOne<Proposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }
}
