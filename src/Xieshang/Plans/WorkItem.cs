using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public enum WorkItemState { Open, Done }

/// <summary>
/// 清单化管理: one annual task with its lead leader (牵头领导), responsible unit and deadline. Every topic of the approved
/// plan is one (<see cref="TopicId"/>); the office adds the year's other tasks. Progress is entered monthly (月推进).
/// </summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class WorkItem : CommitteeRecord, IWorkflowRecord<WorkItemState>
{
    public int Year { get; set; }
    [Display(Name = "工作事项")] public required string Title { get; set; }
    /// <summary>A chair or vice-chair (their seat).</summary>
    public Guid LeadLeaderId { get; set; }
    [Display(Name = "责任单位")] public required string ResponsibleUnit { get; set; }
    [Display(Name = "完成时限")] public DateOnly Deadline { get; set; }
    /// <summary>The plan's topic this task is, if it is one.</summary>
    public Guid? TopicId { get; set; }
    [Display(Name = "完成情况")] public string? Outcome { get; set; }
    public int SortOrder { get; set; }
    public WorkItemState State { get; set; }
    public DateTime? DueAt { get; set; }
}

/// <summary>月推进: what a task achieved in one month, entered by its lead leader or the office, reviewed at that month's chairs' council.</summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class WorkProgress : CommitteeRecord
{
    public Guid WorkItemId { get; set; }
    /// <summary>The first day of the month reported on.</summary>
    public DateOnly Month { get; set; }
    [Display(Name = "进展情况")] public required string Text { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTime EnteredAt { get; set; }
    /// <summary>When the chairs' council reviewed it (主席会议听取).</summary>
    public DateOnly? ReviewedOn { get; set; }
}

/// <summary>周调度: the weekly office meeting's note — what was pushed and what is stuck — on one task or on the week's work.</summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class DispatchNote : CommitteeRecord
{
    /// <summary>The Monday of the week.</summary>
    public DateOnly WeekOf { get; set; }
    public Guid? WorkItemId { get; set; }
    [Display(Name = "调度情况")] public required string Text { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTime EnteredAt { get; set; }
}

sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>, IEntityTypeConfiguration<WorkProgress>, IEntityTypeConfiguration<DispatchNote>
{
    public void Configure(EntityTypeBuilder<WorkItem> e)
    {
        e.ToTable("plans_work_item");
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.ResponsibleUnit).HasMaxLength(100);
        e.Property(x => x.Outcome).HasMaxLength(1000);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CommitteeId, x.Year, x.SortOrder });
        e.HasIndex(x => new { x.CommitteeId, x.State, x.Deadline });
        e.HasIndex(x => x.TopicId).IsUnique();
        e.HasOne<ConsultationTopic>().WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(x => x.LeadLeaderId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<WorkProgress> e)
    {
        e.ToTable("plans_work_progress");
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.EnteredBy).HasMaxLength(50);
        e.HasIndex(x => new { x.WorkItemId, x.Month }).IsUnique();
        e.HasIndex(x => new { x.CommitteeId, x.Month });
        e.HasOne<WorkItem>().WithMany().HasForeignKey(x => x.WorkItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DispatchNote> e)
    {
        e.ToTable("plans_dispatch_note");
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.EnteredBy).HasMaxLength(50);
        e.HasIndex(x => new { x.CommitteeId, x.WeekOf });
        e.HasOne<WorkItem>().WithMany().HasForeignKey(x => x.WorkItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
