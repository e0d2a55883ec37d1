using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public enum ResearchState { Planning, Researching, Drafting, Completed }

public enum ResearchStepKind
{
    [Display(Name = "集体学习政策")] Study,
    [Display(Name = "情况通报")] Briefing,
    [Display(Name = "本地调研")] LocalVisit,
    [Display(Name = "外出考察")] OutOfAreaVisit,
}

/// <summary>
/// 调研课题: a research group (members and a drafter, 执笔人) on a topic of the plan or on its own; it studies the
/// policies together, hears the government's briefings, visits at home and away (activities of the meetings module),
/// drafts, and ends in its final report — a result (<see cref="PlanResult"/>) that goes on from there.
/// </summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class ResearchTask : CommitteeRecord, IWorkflowRecord<ResearchState>
{
    public int Year { get; set; }
    [Display(Name = "课题")] public required string Title { get; set; }
    public Guid? TopicId { get; set; }
    /// <summary>The drafter's seat.</summary>
    public Guid? DrafterId { get; set; }
    [Display(Name = "调研方案")] public string? Plan { get; set; }
    /// <summary>The final report, once completed.</summary>
    public Guid? ResultId { get; set; }
    public ResearchState State { get; set; }
    public DateTime? DueAt { get; set; }
}

[ChangeTopic(PlansModule.Changes)]
public sealed class ResearchMember : CommitteeRecord
{
    public Guid TaskId { get; set; }
    public Guid MembershipId { get; set; }
}

/// <summary>One step of the research: a study session, a briefing (by whom), a visit — linked to its activity when there is one.</summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class ResearchStep : CommitteeRecord
{
    public Guid TaskId { get; set; }
    [Display(Name = "环节")] public ResearchStepKind Kind { get; set; }
    [Display(Name = "日期")] public DateOnly On { get; set; }
    [Display(Name = "内容")] public required string Summary { get; set; }
    /// <summary>For a briefing: the government leader or department who gave it.</summary>
    [Display(Name = "通报人")] public string? BriefedBy { get; set; }
    public Guid? ActivityId { get; set; }
}

/// <summary>A draft of the report, numbered; the last one is the final report.</summary>
[ChangeTopic(PlansModule.Changes)]
public sealed class ResearchDraft : CommitteeRecord
{
    public Guid TaskId { get; set; }
    public int Number { get; set; }
    [Display(Name = "稿件")] public required string Text { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTime EnteredAt { get; set; }
}

sealed class ResearchConfiguration : IEntityTypeConfiguration<ResearchTask>, IEntityTypeConfiguration<ResearchMember>, IEntityTypeConfiguration<ResearchStep>,
    IEntityTypeConfiguration<ResearchDraft>
{
    public void Configure(EntityTypeBuilder<ResearchTask> e)
    {
        e.ToTable("plans_research");
        e.Property(x => x.Title).HasMaxLength(100);
        e.Property(x => x.Plan).HasMaxLength(3000);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CommitteeId, x.Year });
        e.HasOne<ConsultationTopic>().WithMany().HasForeignKey(x => x.TopicId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(x => x.DrafterId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<PlanResult>().WithMany().HasForeignKey(x => x.ResultId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ResearchMember> e)
    {
        e.ToTable("plans_research_member");
        e.HasIndex(x => new { x.TaskId, x.MembershipId }).IsUnique();
        e.HasOne<ResearchTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ResearchStep> e)
    {
        e.ToTable("plans_research_step");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Summary).HasMaxLength(1000);
        e.Property(x => x.BriefedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.TaskId, x.On });
        e.HasOne<ResearchTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Meetings.Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ResearchDraft> e)
    {
        e.ToTable("plans_research_draft");
        e.Property(x => x.Text).HasMaxLength(SaveResult.MaxBody);
        e.Property(x => x.EnteredBy).HasMaxLength(50);
        e.HasIndex(x => new { x.TaskId, x.Number }).IsUnique();
        e.HasOne<ResearchTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A research task from its plan to its final report.</summary>
public static class ResearchFlow
{
    public static readonly Workflow<ResearchTask, ResearchState> Flow = new("research", "调研课题", ResearchState.Planning,
        new Dictionary<ResearchState, string>
        {
            [ResearchState.Planning] = "制定方案", [ResearchState.Researching] = "调研中", [ResearchState.Drafting] = "起草报告", [ResearchState.Completed] = "已形成调研报告",
        },
        [
            new(ResearchState.Planning, "start", "启动调研", ResearchState.Researching, PlansPermissions.Manage),
            new(ResearchState.Researching, "draft", "进入报告起草", ResearchState.Drafting, PlansPermissions.Manage),
            new(ResearchState.Drafting, "complete", "定稿，形成调研报告", ResearchState.Completed, PlansPermissions.Manage),
        ]);
}
