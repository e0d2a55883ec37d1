using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Liaison;

/// <summary>The report's three classes of people a member keeps in touch with (“联系谁”).</summary>
public enum ContactClass
{
    [Display(Name = "界别成员")] SectorMember,
    [Display(Name = "群众代表")] PublicRep,
    [Display(Name = "专业人士")] Professional,
}

/// <summary>
/// 联系对象: a person of the sector a hall (or one of its studios) keeps in touch with, and the members who contact
/// them. Not an account: a name, where they work, and a phone only staff and their members see.
/// </summary>
public sealed class ContactObject : CommitteeRecord
{
    [Display(Name = "姓名")] public required string Name { get; set; }
    [Display(Name = "类别")] public ContactClass Class { get; set; }
    [Display(Name = "单位")] public string Organization { get; set; } = "";
    [Display(Name = "身份或职务")] public string Title { get; set; } = "";
    [Display(Name = "手机号")] public string? Phone { get; set; }
    public Guid HallId { get; set; }
    public Guid? StudioId { get; set; }
}

/// <summary>Who contacts whom: one member and one contact object.</summary>
public sealed class ContactLink : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid ContactObjectId { get; set; }
    public Guid MembershipId { get; set; }
}

sealed class ContactObjectConfiguration : IEntityTypeConfiguration<ContactObject>, IEntityTypeConfiguration<ContactLink>
{
    public void Configure(EntityTypeBuilder<ContactObject> e)
    {
        e.ToTable("liaison_contact");
        e.Property(c => c.Name).HasMaxLength(30);
        e.Property(c => c.Class).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Organization).HasMaxLength(100);
        e.Property(c => c.Title).HasMaxLength(50);
        e.Property(c => c.Phone).HasMaxLength(20);
        e.HasIndex(c => new { c.CommitteeId, c.HallId, c.Class });
        e.HasOne<Organization.Hall>().WithMany().HasForeignKey(c => c.HallId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.Studio>().WithMany().HasForeignKey(c => c.StudioId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ContactLink> e)
    {
        e.ToTable("liaison_contact_link");
        e.HasIndex(l => new { l.ContactObjectId, l.MembershipId }).IsUnique();
        e.HasIndex(l => new { l.CommitteeId, l.MembershipId });
        e.HasOne<ContactObject>().WithMany().HasForeignKey(l => l.ContactObjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(l => l.MembershipId).OnDelete(DeleteBehavior.Restrict);
    }
}
