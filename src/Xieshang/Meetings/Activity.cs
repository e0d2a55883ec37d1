using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;

namespace Xieshang.Meetings;

public enum ActivityState
{
    Draft, PendingApproval, Published, InProgress, Ended, Closed, Cancelled,
}

/// <summary>A meeting or activity (会议/活动): its notice, its list, its check-in window and its record afterwards.</summary>
public sealed class Activity : CommitteeRecord, IWorkflowRecord<ActivityState>
{
    [Display(Name = "类型")] public ActivityType Type { get; set; }
    [Display(Name = "名称")] public required string Title { get; set; }
    [Display(Name = "内容")] public string Description { get; set; } = "";
    [Display(Name = "地点")] public required string Place { get; set; }
    [Display(Name = "开始时间")] public DateTime StartsAt { get; set; }
    [Display(Name = "结束时间")] public DateTime EndsAt { get; set; }
    [Display(Name = "签到开始")] public DateTime CheckInFrom { get; set; }
    [Display(Name = "签到截止")] public DateTime CheckInUntil { get; set; }
    [Display(Name = "参加方式")] public AttendanceMode Attendance { get; set; }
    [Display(Name = "报名截止")] public DateTime? SignUpUntil { get; set; }
    /// <summary>The special committee that organises it; its director approves leave.</summary>
    [Display(Name = "主办专委会")] public Guid? OrganizerCommitteeId { get; set; }
    [Display(Name = "主办")] public string Organizer { get; set; } = "政协办公室";
    [Display(Name = "委员在行动")] public Guid? CampaignId { get; set; }
    /// <summary>The consultation room a room consultation is held in (its foreign key is the grassroots module's).</summary>
    [Display(Name = "协商议事室")] public Guid? RoomId { get; set; }
    /// <summary>Free tags: the service campaign (三走进一联系, 五送下乡), the topic (物业管理) ….</summary>
    [Display(Name = "标签")] public string Tags { get; set; } = "";
    [Display(Name = "状态")] public ActivityState State { get; set; }
    public DateTime? DueAt { get; set; }
    public Guid? CreatedBy { get; set; }
    /// <summary>Signs the rotating check-in codes of this activity alone: a code of another activity never verifies here.</summary>
    public byte[] CheckInKey { get; set; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
    public DateTime? SettledAt { get; set; }
}

public enum ParticipationState
{
    Invited, SignedUp, Declined, LeaveRequested, LeaveApproved, LeaveDenied, CheckedIn, WalkIn, Absent, Cancelled,
}

public enum ParticipantRole
{
    [Display(Name = "参加")] Attendee,
    [Display(Name = "列席")] Observer,
    [Display(Name = "主讲")] Speaker,
    [Display(Name = "召集人")] Convener,
    [Display(Name = "执笔")] Drafter,
}

public enum SpeechKind { [Display(Name = "无")] None, [Display(Name = "口头发言")] Oral, [Display(Name = "书面发言")] Written }

public enum CheckInMethod { [Display(Name = "扫码")] Qr, [Display(Name = "工作人员补签")] Desk }

/// <summary>One member on one activity's list: the reply, the leave, the check-in, the speech and, once settled, the points.</summary>
public sealed class Participation : CommitteeRecord, IWorkflowRecord<ParticipationState>
{
    public Guid ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public Guid MembershipId { get; set; }
    /// <summary>The member's login, filled by the use case from the member's card (a login granted later counts too).</summary>
    [NotMapped] public Guid? UserId { get; set; }
    [Display(Name = "身份")] public ParticipantRole Role { get; set; }
    [Display(Name = "状态")] public ParticipationState State { get; set; }
    public DateTime? DueAt { get; set; }
    [Display(Name = "请假次数")] public int LeaveRequests { get; set; }
    [Display(Name = "请假事由")] public string? LeaveReason { get; set; }
    [Display(Name = "签到时间")] public DateTime? CheckedInAt { get; set; }
    [Display(Name = "签到方式")] public CheckInMethod? CheckInMethod { get; set; }
    [Display(Name = "发言")] public SpeechKind Speech { get; set; }
    [Display(Name = "发言题目")] public string? SpeechTitle { get; set; }
    [Display(Name = "履职分")] public decimal? Points { get; set; }
    [Display(Name = "计分依据")] public string? PointsBasis { get; set; }

    /// <summary>Who may decide this member's leave, filled by the use case that loads the row (see <see cref="LeaveApprovers"/>).</summary>
    [NotMapped] public LeaveApprovers? Approvers { get; set; }
}

/// <summary>委员在行动: one campaign per quarter with its theme.</summary>
public sealed class Campaign : CommitteeRecord
{
    [Display(Name = "年度")] public int Year { get; set; }
    [Display(Name = "季度")] public int Quarter { get; set; }
    [Display(Name = "主题")] public required string Theme { get; set; }
    [Display(Name = "说明")] public string Description { get; set; } = "";

    public static string DefaultTheme(int quarter) => quarter switch
    {
        1 => "乡村振兴", 2 => "优化营商环境", 3 => "民生议事月", _ => "提案月",
    };
}

public enum DocumentKind { [Display(Name = "会议纪要")] Minutes, [Display(Name = "活动简报")] Brief }

/// <summary>纪要 or 简报 of an activity; its files hang on it through the files module.</summary>
public sealed class ActivityDocument : CommitteeRecord
{
    public Guid ActivityId { get; set; }
    [Display(Name = "类别")] public DocumentKind Kind { get; set; }
    [Display(Name = "标题")] public required string Title { get; set; }
    [Display(Name = "正文")] public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
}

sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>, IEntityTypeConfiguration<Participation>,
    IEntityTypeConfiguration<Campaign>, IEntityTypeConfiguration<ActivityDocument>
{
    public void Configure(EntityTypeBuilder<Activity> e)
    {
        e.ToTable("meetings_activity");
        e.Property(a => a.Type).HasConversion<string>().HasMaxLength(30);
        e.Property(a => a.Title).HasMaxLength(200);
        e.Property(a => a.Description).HasMaxLength(4000);
        e.Property(a => a.Place).HasMaxLength(200);
        e.Property(a => a.Attendance).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Organizer).HasMaxLength(100);
        e.Property(a => a.Tags).HasMaxLength(200);
        e.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.CheckInKey).HasMaxLength(32);
        e.HasIndex(a => new { a.CommitteeId, a.StartsAt });
        e.HasIndex(a => new { a.CommitteeId, a.CampaignId });
        e.HasOne<Organization.SpecialCommittee>().WithMany().HasForeignKey(a => a.OrganizerCommitteeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<Participation> e)
    {
        e.ToTable("meetings_participation");
        e.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.LeaveReason).HasMaxLength(200);
        e.Property(p => p.CheckInMethod).HasConversion<string>().HasMaxLength(10);
        e.Property(p => p.Speech).HasConversion<string>().HasMaxLength(10);
        e.Property(p => p.SpeechTitle).HasMaxLength(200);
        e.Property(p => p.PointsBasis).HasMaxLength(200);
        // One row per member and activity: a second check-in of the same member finds the first instead of adding one.
        e.HasIndex(p => new { p.ActivityId, p.MembershipId }).IsUnique();
        e.HasIndex(p => new { p.CommitteeId, p.MembershipId });
        e.HasOne(p => p.Activity).WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(p => p.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Campaign> e)
    {
        e.ToTable("meetings_campaign");
        e.Property(c => c.Theme).HasMaxLength(100);
        e.Property(c => c.Description).HasMaxLength(2000);
        e.HasIndex(c => new { c.CommitteeId, c.Year, c.Quarter }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ActivityDocument> e)
    {
        e.ToTable("meetings_document");
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(d => d.Title).HasMaxLength(200);
        e.Property(d => d.Text).HasMaxLength(20000);
        e.HasIndex(d => d.ActivityId);
        e.HasOne<Activity>().WithMany().HasForeignKey(d => d.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
