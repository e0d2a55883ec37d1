using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public enum PlanState { Draft, CouncilReviewed, Approved, Issued }

/// <summary>三围绕: what a topic is planned around.</summary>
public enum TopicAround
{
    [Display(Name = "围绕经济建设")] Economy,
    [Display(Name = "围绕社会发展")] Society,
    [Display(Name = "围绕民生实事")] Livelihood,
}

/// <summary>The forms a topic of the plan takes (domain.md §2.2 ConsultationTopic).</summary>
public enum TopicFormat
{
    [Display(Name = "常委会议专题协商")] StandingDeliberation,
    [Display(Name = "专委会调研课题")] CommitteeResearch,
    [Display(Name = "主席会议专题协商")] ChairConsultation,
    [Display(Name = "专题民主监督")] DemocraticSupervision,
    [Display(Name = "视察")] Inspection,
    [Display(Name = "评议")] Appraisal,
    [Display(Name = "对口协商")] Counterpart,
    [Display(Name = "协商室协商")] Room,
}

public enum TopicState
{
    Draft, Approved, Researching, ReportReady, MeetingScheduled, Consulted, RecommendationsFormed, SubmittedToLeaders, Instructed, Implementing, Closed,
}

/// <summary>
/// 年度协商计划: the year's consultation topics, drafted by the office, reviewed by the chairs' council and decided by the
/// Party committee (<see cref="PlanFlow"/>). Its topics can be changed only while it is a draft.
/// </summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class ConsultationPlan : CommitteeRecord, IWorkflowRecord<PlanState>
{
    public int Year { get; set; }
    [Display(Name = "名称")] public required string Title { get; set; }
    /// <summary>Who decided it, e.g. 区委常委会, and the document number it was issued under.</summary>
    [Display(Name = "审定机关")] public string? ApprovedBy { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    [Display(Name = "文号")] public string? DocumentNo { get; set; }
    public PlanState State { get; set; }
    public DateTime? DueAt { get; set; }
}

/// <summary>
/// 协商议题: one topic of the plan — 项目化 with its lead leader (牵头领导), lead committee and deadline — followed through
/// research, the consultation meeting, its results and the leaders' instructions (<see cref="TopicFlow"/>).
/// </summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class ConsultationTopic : CommitteeRecord, IWorkflowRecord<TopicState>
{
    public Guid PlanId { get; set; }
    [Display(Name = "议题")] public required string Title { get; set; }
    [Display(Name = "三围绕")] public TopicAround Around { get; set; }
    [Display(Name = "协商形式")] public TopicFormat Format { get; set; }
    /// <summary>A chair or vice-chair of the committee (their seat).</summary>
    public Guid LeadLeaderId { get; set; }
    /// <summary>The special committee that leads it (牵头专委会).</summary>
    public Guid LeadCommitteeId { get; set; }
    [Display(Name = "完成时限")] public DateOnly Deadline { get; set; }
    [Display(Name = "协商会议日期")] public DateOnly? MeetingOn { get; set; }
    [Display(Name = "说明")] public string? Note { get; set; }
    public int SortOrder { get; set; }
    public TopicState State { get; set; }
    public DateTime? DueAt { get; set; }

    /// <summary>Set by the plan's decision for <see cref="TopicFlow"/>'s condition.</summary>
    [NotMapped] public bool PlanDecided { get; set; }
    /// <summary>Set by the instruction ledger for <see cref="TopicFlow"/>'s condition.</summary>
    [NotMapped] public bool InstructionRecorded { get; set; }
}

sealed class ConsultationPlanConfiguration : IEntityTypeConfiguration<ConsultationPlan>, IEntityTypeConfiguration<ConsultationTopic>
{
    public void Configure(EntityTypeBuilder<ConsultationPlan> e)
    {
        e.ToTable("plans_plan");
        e.Property(x => x.Title).HasMaxLength(100);
        e.Property(x => x.ApprovedBy).HasMaxLength(100);
        e.Property(x => x.DocumentNo).HasMaxLength(100);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CommitteeId, x.Year }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ConsultationTopic> e)
    {
        e.ToTable("plans_topic");
        e.Property(x => x.Title).HasMaxLength(100);
        e.Property(x => x.Around).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Format).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(x => new { x.PlanId, x.SortOrder });
        e.HasOne<ConsultationPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(x => x.LeadLeaderId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.SpecialCommittee>().WithMany().HasForeignKey(x => x.LeadCommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
