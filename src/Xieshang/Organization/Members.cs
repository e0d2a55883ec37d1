using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

public enum Gender { Male, Female }
public enum MemberRole { Member, Chair, ViceChair, SecretaryGeneral }
public enum MembershipStatus { Active, Resigned, Removed }

/// <summary>
/// A person on this committee's roster. A person who sits on several committees (区 and 市) has a card in each: the
/// committees keep their own rosters, and upward flows go through referrals.
/// </summary>
public sealed class Person : CommitteeRecord
{
    public required string Name { get; set; }
    public Gender Gender { get; set; }
    public int? BirthYear { get; set; }
    /// <summary>政治面貌: 中共党员, 民革党员, 无党派人士 …</summary>
    public required string Party { get; set; }
    public string? Mobile { get; set; }
    public string? Employer { get; set; }
    public string? JobTitle { get; set; }
    /// <summary>The login of this person, when they have one.</summary>
    public Guid? UserId { get; set; }
}

/// <summary>A seat on the committee for a term (届), with the groupings it belongs to.</summary>
public sealed class Membership : CommitteeRecord
{
    public Guid PersonId { get; set; }
    public required string Term { get; set; }
    /// <summary>委员证号.</summary>
    public required string MemberNo { get; set; }
    public MemberRole Role { get; set; }
    /// <summary>常委.</summary>
    public bool IsStanding { get; set; }
    public Guid SectorId { get; set; }
    public Guid? DutyGroupId { get; set; }
    public MembershipStatus Status { get; set; }
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

sealed class MemberConfiguration : IEntityTypeConfiguration<Person>, IEntityTypeConfiguration<Membership>, IEntityTypeConfiguration<SpecialCommitteeSeat>
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
        e.HasIndex(m => new { m.CommitteeId, m.SectorId });
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
}
