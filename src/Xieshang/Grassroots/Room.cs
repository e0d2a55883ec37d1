using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;

namespace Xieshang.Grassroots;

public enum RoomLevel { [Display(Name = "村（社区）")] Village, [Display(Name = "镇（街道）")] Town }

/// <summary>
/// 村居协商议事室: a village's or a town's consultation room. Its public code goes on the printed QR poster and never
/// changes, so a poster on a notice board keeps working; citizens raise issues through it (码上议).
/// </summary>
public sealed class ConsultationRoom : CommitteeRecord
{
    [Display(Name = "名称")] public required string Name { get; set; }
    [Display(Name = "层级")] public RoomLevel Level { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    /// <summary>The duty group that covers the village (its members are the room's CPPCC contacts).</summary>
    public Guid? DutyGroupId { get; set; }
    /// <summary>Public, stable, unguessable: 8 characters of an alphabet without look-alikes.</summary>
    public required string Code { get; set; }
    /// <summary>第一召集人: the village Party secretary, usually not a member — a name and title.</summary>
    [Display(Name = "第一召集人")] public string FirstConvener { get; set; } = "";
    /// <summary>执行召集人: a CPPCC member.</summary>
    [Display(Name = "执行召集人")] public Guid? ExecConvenerId { get; set; }
    [Display(Name = "地址")] public string Address { get; set; } = "";
    [Display(Name = "启用")] public bool IsOpen { get; set; } = true;
}

sealed class RoomConfiguration : IEntityTypeConfiguration<ConsultationRoom>, IEntityTypeConfiguration<Meetings.Activity>
{
    // The meetings module knows only the room's id; the link to the room is declared here, where rooms live.
    public void Configure(EntityTypeBuilder<Meetings.Activity> e)
    {
        e.HasIndex(a => new { a.CommitteeId, a.RoomId });
        e.HasOne<ConsultationRoom>().WithMany().HasForeignKey(a => a.RoomId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<ConsultationRoom> e)
    {
        e.ToTable("grassroots_room");
        e.Property(r => r.Name).HasMaxLength(100);
        e.Property(r => r.Level).HasConversion<string>().HasMaxLength(10);
        e.Property(r => r.Code).HasMaxLength(16);
        e.Property(r => r.FirstConvener).HasMaxLength(100);
        e.Property(r => r.Address).HasMaxLength(200);
        // Codes are looked up without a committee (the public page knows only the code): unique across the installation.
        e.HasIndex(r => r.Code).IsUnique();
        e.HasIndex(r => new { r.CommitteeId, r.VillageId }).IsUnique();
        e.HasIndex(r => new { r.CommitteeId, r.TownshipId });
        e.HasOne<Organization.Township>().WithMany().HasForeignKey(r => r.TownshipId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.Village>().WithMany().HasForeignKey(r => r.VillageId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organization.DutyGroup>().WithMany().HasForeignKey(r => r.DutyGroupId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Organization.Membership>().WithMany().HasForeignKey(r => r.ExecConvenerId).OnDelete(DeleteBehavior.SetNull);
    }
}
