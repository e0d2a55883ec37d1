using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

public enum Gender { [Display(Name = "男")] Male, [Display(Name = "女")] Female }
public enum MemberRole { [Display(Name = "委员")] Member, [Display(Name = "主席")] Chair, [Display(Name = "副主席")] ViceChair, [Display(Name = "秘书长")] SecretaryGeneral }
public enum MembershipStatus { [Display(Name = "在任")] Active, [Display(Name = "辞去")] Resigned, [Display(Name = "撤销")] Removed }

/// <summary>What a <see cref="GroupingChange"/> moved.</summary>
public enum Grouping { [Display(Name = "界别")] Sector, [Display(Name = "履职小组")] DutyGroup, [Display(Name = "专委会")] SpecialCommittee, [Display(Name = "委员状态")] Status }

/// <summary>
/// A person on this committee's roster. A person who sits on several committees (区 and 市) has a card in each: the
/// committees keep their own rosters, and upward flows go through referrals.
/// </summary>
public sealed class Person : CommitteeRecord
{
    [Display(Name = "姓名")] public required string Name { get; set; }
    [Display(Name = "性别")] public Gender Gender { get; set; }
    [Display(Name = "出生年份")] public int? BirthYear { get; set; }
    /// <summary>政治面貌: 中共党员, 民革党员, 无党派人士 …</summary>
    [Display(Name = "政治面貌")] public required string Party { get; set; }
    [Display(Name = "手机号")] public string? Mobile { get; set; }
    [Display(Name = "工作单位")] public string? Employer { get; set; }
    [Display(Name = "职务")] public string? JobTitle { get; set; }
    /// <summary>The login of this person, when they have one.</summary>
    public Guid? UserId { get; set; }
}

/// <summary>A seat on the committee for a term (届), with the groupings it belongs to.</summary>
public sealed class Membership : CommitteeRecord
{
    public Guid PersonId { get; set; }
    [Display(Name = "届次")] public required string Term { get; set; }
    /// <summary>委员证号.</summary>
    [Display(Name = "委员证号")] public required string MemberNo { get; set; }
    [Display(Name = "政协职务")] public MemberRole Role { get; set; }
    /// <summary>常委.</summary>
    [Display(Name = "常委")] public bool IsStanding { get; set; }
    public Guid SectorId { get; set; }
    public Guid? DutyGroupId { get; set; }
    [Display(Name = "状态")] public MembershipStatus Status { get; set; }
}

/// <summary>
/// One move of a member between groupings (界别, 履职小组, 专委会) or in and out of office: the history the profile shows
/// and the period rules (who was in which group on a given day) read. Names are kept as they were at the time.
/// </summary>
public sealed class GroupingChange : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid MembershipId { get; set; }
    public Grouping Grouping { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string? Reason { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>A member's seat on a special committee (专委会): many to many.</summary>
public sealed class SpecialCommitteeSeat : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid MembershipId { get; set; }
    public Guid SpecialCommitteeId { get; set; }
    public bool IsDirector { get; set; }
}

sealed class MemberConfiguration : IEntityTypeConfiguration<Person>, IEntityTypeConfiguration<Membership>, IEntityTypeConfiguration<SpecialCommitteeSeat>,
    IEntityTypeConfiguration<GroupingChange>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("organization_person");
        e.Property(p => p.Name).HasMaxLength(50);
        e.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        e.Property(p => p.Party).HasMaxLength(30);
        e.Property(p => p.Mobile).HasMaxLength(20);
        e.Property(p => p.Employer).HasMaxLength(100);
        e.Property(p => p.JobTitle).HasMaxLength(100);
        e.HasIndex(p => new { p.CommitteeId, p.Mobile }).IsUnique();
        e.HasIndex(p => new { p.CommitteeId, p.Name });
        e.HasIndex(p => new { p.CommitteeId, p.Party }); // the directory's party filter and its choices
        e.HasOne<Platform.Auth.User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<Membership> e)
    {
        e.ToTable("organization_membership");
        e.Property(m => m.Term).HasMaxLength(20);
        e.Property(m => m.MemberNo).HasMaxLength(20);
        e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(m => new { m.CommitteeId, m.MemberNo }).IsUnique();
        // A sector's directory in member-number order, counted from the index alone.
        e.HasIndex(m => new { m.CommitteeId, m.SectorId, m.Status, m.MemberNo });
        e.HasIndex(m => new { m.CommitteeId, m.DutyGroupId });
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Sector>().WithMany().HasForeignKey(m => m.SectorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<DutyGroup>().WithMany().HasForeignKey(m => m.DutyGroupId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SpecialCommitteeSeat> e)
    {
        e.ToTable("organization_special_committee_seat");
        e.HasIndex(s => new { s.MembershipId, s.SpecialCommitteeId }).IsUnique();
        e.HasIndex(s => new { s.CommitteeId, s.SpecialCommitteeId });
        e.HasOne<Membership>().WithMany().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<SpecialCommittee>().WithMany().HasForeignKey(s => s.SpecialCommitteeId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<GroupingChange> e)
    {
        e.ToTable("organization_grouping_change");
        e.Property(c => c.Grouping).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.From).HasMaxLength(100);
        e.Property(c => c.To).HasMaxLength(100);
        e.Property(c => c.Reason).HasMaxLength(200);
        e.HasIndex(c => new { c.CommitteeId, c.MembershipId });
        e.HasOne<Membership>().WithMany().HasForeignKey(c => c.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
