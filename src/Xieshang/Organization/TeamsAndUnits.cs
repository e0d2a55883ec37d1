using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

public enum TeamKind
{
    [Display(Name = "社情民意信息员队伍")] InfoOfficers,
    [Display(Name = "文史工作队伍")] CulturalHistory,
    [Display(Name = "专家咨询委员会")] ExpertCommittee,
}

/// <summary>A team of the committee (domain.md §2.2 Team): members and, for some teams, people who are not members.</summary>
[ChangeTopic(OrganizationChanges.Topic)] // figures kept elsewhere rank by team
public sealed class Team : CommitteeRecord
{
    [Display(Name = "名称")] public required string Name { get; set; }
    [Display(Name = "类别")] public TeamKind Kind { get; set; }
    [Display(Name = "说明")] public string? Description { get; set; }
}

/// <summary>
/// One person on a team: a member (by seat) or someone from outside the committee, named with their employer. The
/// name is kept for outsiders only; a member's name comes from their card.
/// </summary>
[ChangeTopic(OrganizationChanges.Topic)]
public sealed class TeamMember : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid TeamId { get; set; }
    public Guid? MembershipId { get; set; }
    public string? OutsiderName { get; set; }
    public string? OutsiderEmployer { get; set; }
    /// <summary>组长, 副组长, 成员 …</summary>
    public string Role { get; set; } = "成员";
}

public enum GovOrgKind
{
    [Display(Name = "党委")] PartyCommittee,
    [Display(Name = "政府")] Government,
    [Display(Name = "部门")] Department,
    [Display(Name = "人大")] PeoplesCongress,
    [Display(Name = "法院")] Court,
    [Display(Name = "检察院")] Procuratorate,
    [Display(Name = "其他")] Other,
}

public enum GovLevel
{
    [Display(Name = "区")] District,
    [Display(Name = "市")] City,
    [Display(Name = "省")] Provincial,
    [Display(Name = "全国")] Central,
}

/// <summary>A Party or government organisation the committee works with; handling units (承办单位) answer proposals.</summary>
[ChangeTopic(OrganizationChanges.Topic)] // lists kept elsewhere name units
public sealed class GovOrg : CommitteeRecord
{
    [Display(Name = "名称")] public required string Name { get; set; }
    [Display(Name = "类别")] public GovOrgKind Kind { get; set; }
    [Display(Name = "层级")] public GovLevel Level { get; set; }
    [Display(Name = "上级")] public Guid? ParentId { get; set; }
    [Display(Name = "承办单位")] public bool IsHandlingUnit { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A leader of an organisation: who writes instructions (批示) and who signs a unit's replies.</summary>
public sealed class GovLeader : CommitteeRecord
{
    [Display(Name = "姓名")] public required string Name { get; set; }
    [Display(Name = "职务")] public required string Title { get; set; }
    public Guid GovOrgId { get; set; }
    public int SortOrder { get; set; }
}

sealed class TeamsAndUnitsConfiguration : IEntityTypeConfiguration<Team>, IEntityTypeConfiguration<TeamMember>, IEntityTypeConfiguration<GovOrg>, IEntityTypeConfiguration<GovLeader>
{
    public void Configure(EntityTypeBuilder<Team> e)
    {
        e.ToTable("organization_team");
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Description).HasMaxLength(500);
        e.HasIndex(x => new { x.CommitteeId, x.Name }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TeamMember> e)
    {
        e.ToTable("organization_team_member");
        e.Property(x => x.OutsiderName).HasMaxLength(50);
        e.Property(x => x.OutsiderEmployer).HasMaxLength(100);
        e.Property(x => x.Role).HasMaxLength(20);
        e.HasIndex(x => new { x.TeamId, x.MembershipId }).IsUnique();
        e.HasOne<Team>().WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Membership>().WithMany().HasForeignKey(x => x.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<GovOrg> e)
    {
        e.ToTable("organization_gov_org");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => new { x.CommitteeId, x.Name }).IsUnique();
        e.HasOne<GovOrg>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<GovLeader> e)
    {
        e.ToTable("organization_gov_leader");
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Title).HasMaxLength(100);
        e.HasIndex(x => new { x.CommitteeId, x.GovOrgId });
        e.HasOne<GovOrg>().WithMany().HasForeignKey(x => x.GovOrgId).OnDelete(DeleteBehavior.Cascade);
    }
}
