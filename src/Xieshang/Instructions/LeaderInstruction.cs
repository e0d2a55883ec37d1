using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Instructions;

public enum InstructionState { Open, Answered, Closed }

/// <summary>
/// 批示: a leader's written instruction on one of the committee's outputs (an information item, a proposal, a topic of
/// the plan or one of its results — each module says which of its records may carry one), at any level, with the department told to act, when its feedback is due, and the feedback —
/// followed on <see cref="InstructionFlow"/> until closed. One ledger across modules (批示件台账).
/// </summary>
[ChangeTopic(InstructionsModule.Changes)]
public sealed class LeaderInstruction : CommitteeRecord, IWorkflowRecord<InstructionState>
{
    /// <summary>What was instructed: a module's record type ("opinion") and id.</summary>
    public required string TargetType { get; set; }
    public Guid TargetId { get; set; }
    /// <summary>The instructed record's title when the instruction was recorded, for the ledger.</summary>
    public string TargetTitle { get; set; } = "";
    [Display(Name = "批示层级")] public CommitteeLevel Level { get; set; }
    [Display(Name = "批示领导")] public required string LeaderName { get; set; }
    [Display(Name = "职务")] public string LeaderTitle { get; set; } = "";
    [Display(Name = "批示日期")] public DateOnly InstructedOn { get; set; }
    [Display(Name = "批示内容")] public string Text { get; set; } = "";
    [Display(Name = "承办部门")] public string? Department { get; set; }
    [Display(Name = "反馈期限")] public DateOnly? FeedbackDue { get; set; }
    [Display(Name = "反馈情况")] public string? Feedback { get; set; }
    public DateTime? FeedbackAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public InstructionState State { get; set; }
    public DateTime? DueAt { get; set; }
}

sealed class LeaderInstructionConfiguration : IEntityTypeConfiguration<LeaderInstruction>
{
    public void Configure(EntityTypeBuilder<LeaderInstruction> e)
    {
        e.ToTable("instructions_instruction");
        e.Property(x => x.TargetType).HasMaxLength(20);
        e.Property(x => x.TargetTitle).HasMaxLength(200);
        e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.LeaderName).HasMaxLength(50);
        e.Property(x => x.LeaderTitle).HasMaxLength(100);
        e.Property(x => x.Text).HasMaxLength(2000);
        e.Property(x => x.Department).HasMaxLength(100);
        e.Property(x => x.Feedback).HasMaxLength(3000);
        e.Property(x => x.CreatedBy).HasMaxLength(50);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CommitteeId, x.TargetType, x.TargetId });
        e.HasIndex(x => new { x.CommitteeId, x.InstructedOn });
    }
}
