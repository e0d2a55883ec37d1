using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;

namespace Xieshang.Grassroots;

public enum IssueState
{
    Submitted, Received, Answered, Transferred, TopicAccepted, Rejected, ConsultationScheduled, Consulted, Implementing,
    Escalated, Resolved, Published, Closed,
}

public enum Rating { [Display(Name = "满意")] Satisfied, [Display(Name = "基本满意")] Basic, [Display(Name = "不满意")] NotSatisfied }

/// <summary>
/// 码上议: an issue a citizen raised through a room's QR code. The citizen has no account: the tracking code is how
/// they follow it and rate the result. Contact details are stored for the room's staff and never shown publicly.
/// </summary>
public sealed class CitizenIssue : CommitteeRecord, IWorkflowRecord<IssueState>
{
    public Guid RoomId { get; set; }
    public required string TrackingCode { get; set; }
    [Display(Name = "标题")] public required string Title { get; set; }
    [Display(Name = "内容")] public required string Text { get; set; }
    [Display(Name = "位置")] public string? Location { get; set; }
    [Display(Name = "称呼")] public string? ContactName { get; set; }
    [Display(Name = "手机号")] public string? Phone { get; set; }
    [Display(Name = "匿名")] public bool Anonymous { get; set; }
    public DateTime SubmittedAt { get; set; }
    /// <summary>A keyed hash of the sender's address: enough to limit floods, never the address itself.</summary>
    public required string SenderHash { get; set; }
    [Display(Name = "状态")] public IssueState State { get; set; }
    public DateTime? DueAt { get; set; }
    /// <summary>What the public sees of the outcome: the answer, the transfer, the agreed measures, the result.</summary>
    [Display(Name = "办理结果")] public string? PublicResult { get; set; }
    [Display(Name = "不予受理理由")] public string? RejectReason { get; set; }
    [Display(Name = "转办单位")] public string? TransferredTo { get; set; }
    [Display(Name = "责任单位")] public string? ResponsibleParty { get; set; }
    [Display(Name = "完成时限")] public DateOnly? MeasuresDue { get; set; }
    public Guid? ActivityId { get; set; }
    /// <summary>The village issue this one was escalated from (it is then in a town's room).</summary>
    public Guid? EscalatedFromId { get; set; }
    [Display(Name = "评价")] public Rating? Rating { get; set; }
    public DateTime? RatedAt { get; set; }
    public bool Reopened { get; set; }
    public DateTime? ClosedAt { get; set; }
}

sealed class CitizenIssueConfiguration : IEntityTypeConfiguration<CitizenIssue>
{
    public void Configure(EntityTypeBuilder<CitizenIssue> e)
    {
        e.ToTable("grassroots_issue");
        e.Property(i => i.TrackingCode).HasMaxLength(16);
        e.Property(i => i.Title).HasMaxLength(100);
        e.Property(i => i.Text).HasMaxLength(2000);
        e.Property(i => i.Location).HasMaxLength(200);
        e.Property(i => i.ContactName).HasMaxLength(30);
        e.Property(i => i.Phone).HasMaxLength(20);
        e.Property(i => i.SenderHash).HasMaxLength(64);
        e.Property(i => i.State).HasConversion<string>().HasMaxLength(30);
        e.Property(i => i.PublicResult).HasMaxLength(2000);
        e.Property(i => i.RejectReason).HasMaxLength(200);
        e.Property(i => i.TransferredTo).HasMaxLength(100);
        e.Property(i => i.ResponsibleParty).HasMaxLength(100);
        e.Property(i => i.Rating).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(i => i.TrackingCode).IsUnique();
        e.HasIndex(i => new { i.CommitteeId, i.State, i.SubmittedAt });
        e.HasIndex(i => new { i.RoomId, i.SubmittedAt });
        // The flood limits count recent issues by sender and by phone.
        e.HasIndex(i => new { i.SenderHash, i.SubmittedAt });
        e.HasIndex(i => new { i.Phone, i.SubmittedAt });
        e.HasOne<ConsultationRoom>().WithMany().HasForeignKey(i => i.RoomId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Meetings.Activity>().WithMany().HasForeignKey(i => i.ActivityId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<CitizenIssue>().WithMany().HasForeignKey(i => i.EscalatedFromId).OnDelete(DeleteBehavior.Restrict);
    }
}
