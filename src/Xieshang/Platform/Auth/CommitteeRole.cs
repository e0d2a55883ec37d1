using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Auth;

/// <summary>
/// One role of one user in one committee. A change also reaches the committees each user may enter, which span
/// committees: it is announced for the whole installation too.
/// </summary>
[ChangeTopic(AccessResolver.Topic)]
public sealed class CommitteeRole : ITenantOwned, IChangesElsewhere
{
    IEnumerable<Guid> IChangesElsewhere.AlsoFor => [CommitteeChanges.Installation];

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid UserId { get; set; }
    public Role Role { get; set; }
    public DateTime GrantedAt { get; set; }
}

/// <summary>One permission granted to one role in one committee.</summary>
[ChangeTopic(AccessResolver.Topic)]
public sealed class RolePermission : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Role Role { get; set; }
    public required string Permission { get; set; }
}

/// <summary>Every permission any module has declared; new ones get their default grants once, at start-up.</summary>
public sealed class KnownPermission
{
    public required string Name { get; set; }
    public required string Label { get; set; }
    public DateTime FirstSeenAt { get; set; }
}

sealed class CommitteeRoleConfiguration : IEntityTypeConfiguration<CommitteeRole>
{
    public void Configure(EntityTypeBuilder<CommitteeRole> e)
    {
        e.ToTable("platform_committee_role");
        e.Property(r => r.Role).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(r => new { r.UserId, r.CommitteeId, r.Role }).IsUnique();
        e.HasOne<User>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class RolePermissionConfiguration : IEntityTypeConfiguration<RolePermission>
{
    public void Configure(EntityTypeBuilder<RolePermission> e)
    {
        e.ToTable("platform_role_permission");
        e.Property(r => r.Role).HasConversion<string>().HasMaxLength(30);
        e.Property(r => r.Permission).HasMaxLength(100);
        e.HasIndex(r => new { r.CommitteeId, r.Role, r.Permission }).IsUnique();
        e.HasOne<Committee>().WithMany().HasForeignKey(r => r.CommitteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class KnownPermissionConfiguration : IEntityTypeConfiguration<KnownPermission>
{
    public void Configure(EntityTypeBuilder<KnownPermission> e)
    {
        e.ToTable("platform_permission");
        e.HasKey(p => p.Name);
        e.Property(p => p.Name).HasMaxLength(100);
        e.Property(p => p.Label).HasMaxLength(100);
    }
}
