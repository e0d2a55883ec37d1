using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Calendar;

public enum HolidayKind
{
    /// <summary>放假: a day off, even on a weekday.</summary>
    [Display(Name = "放假")] DayOff,
    /// <summary>调休上班: a make-up working day, even on a weekend.</summary>
    [Display(Name = "调休上班")] WorkDay,
}

/// <summary>One exception to the Monday–Friday week in a committee's calendar, entered by staff from the State Council notice.</summary>
public sealed class Holiday : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    [Display(Name = "日期")] public DateOnly Date { get; set; }
    [Display(Name = "类型")] public HolidayKind Kind { get; set; }
    [Display(Name = "名称")] public required string Name { get; set; }
    public int Version { get; set; }

    public static string KindLabel(HolidayKind kind) => kind == HolidayKind.DayOff ? "放假" : "调休上班";
}

sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> e)
    {
        e.ToTable("platform_holiday");
        e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(h => h.Name).HasMaxLength(50);
        e.HasIndex(h => new { h.CommitteeId, h.Date }).IsUnique();
    }
}
