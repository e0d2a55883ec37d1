using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;

namespace Xieshang.Proposals;

/// <summary>单办 (one unit), 主办 with 协办 (a lead and co-handlers), 分办 (each unit answers its part).</summary>
public enum AssignmentRole { [Display(Name = "单办")] Single, [Display(Name = "主办")] Lead, [Display(Name = "协办")] Co, [Display(Name = "分办")] Separate }

public enum AssignmentStatus { [Display(Name = "已交办")] Assigned, [Display(Name = "已签收")] Signed, [Display(Name = "申请退回")] ReturnRequested, [Display(Name = "已退回")] Returned }

/// <summary>
/// 交办: a filed proposal given to a handling unit. A reassignment ends the old row (已退回) and adds new ones, so the
/// history stays.
/// </summary>
[ChangeTopic(ProposalsModule.Changes)]
public sealed class Assignment : CommitteeRecord
{
    public Guid ProposalId { get; set; }
    public Guid GovOrgId { get; set; }
    public AssignmentRole Role { get; set; }
    public AssignmentStatus Status { get; set; }
    /// <summary>
    /// Whether this assignment is on the unit's to-do list: not handed back, and the proposal 待交办, 办理中, 申退中 or
    /// 再办理. Kept by <see cref="AssignmentQueue.Sync"/> with every step, so that a unit's queue is one index range.
    /// </summary>
    public bool Open { get; set; }
    public DateTime AssignedAt { get; set; }
    public DateTime? SignedAt { get; set; }
    /// <summary>Reply due: three months after assignment, extended with a reason up to six.</summary>
    public DateTime ReplyDueAt { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ReturnReason { get; set; }
    /// <summary>面商: when and how the unit contacted the proposer (within 15 working days of signing).</summary>
    public DateTime? ContactedAt { get; set; }
    public string? ContactMode { get; set; }
    /// <summary>15 working days after signing.</summary>
    public DateTime? ContactDueAt { get; set; }
    /// <summary>When the reminders went out, so that each goes once.</summary>
    public DateTime? ReplyRemindedAt { get; set; }
    public DateTime? OverdueNotifiedAt { get; set; }
    public DateTime? ContactRemindedAt { get; set; }
    /// <summary>A co-handler's opinion, sent to the lead unit (co-handlers do not reply to the proposer).</summary>
    public string? CoOpinion { get; set; }
    public DateTime? CoOpinionAt { get; set; }
}

public enum ReplyClass { [Display(Name = "A 类（解决或采纳）")] A, [Display(Name = "B 类（正在解决或列入计划）")] B, [Display(Name = "C 类（留作参考）")] C, [Display(Name = "D 类")] D }
public enum ReplyCheck { [Display(Name = "待审查")] Pending, [Display(Name = "审查通过")] Passed, [Display(Name = "退回重答")] Rejected }

/// <summary>答复: a unit's written reply with its class; the committee reviews it before the proposer sees it.</summary>
[ChangeTopic(ProposalsModule.Changes)]
public sealed class Reply : CommitteeRecord
{
    public Guid ProposalId { get; set; }
    public Guid AssignmentId { get; set; }
    public required string Text { get; set; }
    public ReplyClass Class { get; set; }
    /// <summary>The leader who signed it (签发人).</summary>
    public string SignedBy { get; set; } = "";
    public DateTime RepliedAt { get; set; }
    public ReplyCheck Review { get; set; }
    public string? ReviewNote { get; set; }
    /// <summary>1 for the first reply, 2 after re-handling.</summary>
    public int Round { get; set; } = 1;
}

public enum Satisfaction { [Display(Name = "满意")] Satisfied, [Display(Name = "基本满意")] Basic, [Display(Name = "不满意")] NotSatisfied }

/// <summary>委员评价: a proposer's evaluation of the reply (domain.md §3.2's form fields).</summary>
public sealed class Evaluation : CommitteeRecord
{
    public Guid ProposalId { get; set; }
    /// <summary>The evaluator: a proposer's login (for a collective proposal, its clerk's), and their seat when they have one.</summary>
    public Guid UserId { get; set; }
    public Guid? MembershipId { get; set; }
    public int Round { get; set; } = 1;
    /// <summary>How the unit consulted the proposer before replying (面谈, 座谈, 电话, 未联系 …).</summary>
    public string ContactMode { get; set; } = "";
    public Satisfaction Attitude { get; set; }
    /// <summary>Whether the reply addresses what the proposal asked (针对性).</summary>
    public bool Pertinent { get; set; }
    public Satisfaction Result { get; set; }
    public string Comment { get; set; } = "";
    public DateTime EvaluatedAt { get; set; }
}

/// <summary>A committee's proposal settings.</summary>
public sealed class ProposalSettings : CommitteeRecord
{
    /// <summary>Reply class D is off unless a committee uses it (domain.md §8.4).</summary>
    public bool ReplyClassD { get; set; }

    /// <summary>Codes of the standard not-filing grounds this committee does not use (<see cref="NotFiledReasons"/>).</summary>
    public List<string> DisabledReasons { get; set; } = [];

    /// <summary>Not-filing grounds this committee adds, as their text.</summary>
    public List<string> OwnReasons { get; set; } = [];
}

sealed class HandlingConfiguration : IEntityTypeConfiguration<Assignment>, IEntityTypeConfiguration<Reply>, IEntityTypeConfiguration<Evaluation>,
    IEntityTypeConfiguration<ProposalSettings>
{
    public void Configure(EntityTypeBuilder<Assignment> e)
    {
        e.ToTable("proposals_assignment");
        e.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.ExtensionReason).HasMaxLength(500);
        e.Property(a => a.ReturnReason).HasMaxLength(500);
        e.Property(a => a.ContactMode).HasMaxLength(20);
        e.Property(a => a.CoOpinion).HasMaxLength(3000);
        e.HasIndex(a => new { a.CommitteeId, a.GovOrgId, a.Status });
        e.HasIndex(a => new { a.CommitteeId, a.GovOrgId, a.Open, a.ReplyDueAt });
        e.HasIndex(a => a.ProposalId);
        e.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.GovOrg>().WithMany().HasForeignKey(a => a.GovOrgId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Reply> e)
    {
        e.ToTable("proposals_reply");
        e.Property(r => r.Text).HasMaxLength(10000);
        e.Property(r => r.Class).HasConversion<string>().HasMaxLength(2);
        e.Property(r => r.SignedBy).HasMaxLength(50);
        e.Property(r => r.Review).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.ReviewNote).HasMaxLength(1000);
        e.HasIndex(r => r.ProposalId);
        e.HasOne<Proposal>().WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Assignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Evaluation> e)
    {
        e.ToTable("proposals_evaluation");
        e.Property(x => x.ContactMode).HasMaxLength(20);
        e.Property(x => x.Attitude).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Comment).HasMaxLength(1000);
        e.HasIndex(x => new { x.ProposalId, x.UserId, x.Round }).IsUnique();
        e.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ProposalSettings> e)
    {
        e.ToTable("proposals_settings");
        e.HasIndex(x => x.CommitteeId).IsUnique();
    }
}
