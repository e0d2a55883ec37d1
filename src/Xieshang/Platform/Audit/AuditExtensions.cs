using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// Adds the audit entry for a change to <paramref name="record"/>. Call it after changing the record and before
    /// SaveChanges: the summary lists each changed property as "before → after" unless one is given.
    /// Actor, committee, time and address are stamped by the save interceptor.
    /// </summary>
    public static AuditEntry Audit(this XieshangDb db, string action, string actionLabel, object record, string? summary = null)
    {
        var entry = db.Entry(record);
        var entity = new AuditEntry
        {
            Action = action,
            ActionLabel = actionLabel,
            RecordType = RecordType(record.GetType()),
            RecordId = KeyOf(entry),
            Summary = Truncate(summary ?? Describe(entry), 4000),
        };
        if (record is Tenancy.ITenantOwned owned) entity.CommitteeId = owned.CommitteeId;
        db.Add(entity);
        return entity;
    }

    public static string RecordType(Type type) => type.Name;

    static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key == null ? "" : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }

    /// <summary>
    /// "字段：旧 → 新" for each modified property, with the [Display] names of properties and enum values so that the
    /// timeline reads in Chinese.
    /// </summary>
    public static string Describe(EntityEntry entry)
    {
        var sb = new StringBuilder();
        switch (entry.State)
        {
            case EntityState.Added:
                sb.Append("新建");
                break;
            case EntityState.Deleted:
                sb.Append("删除");
                break;
            case EntityState.Modified:
                foreach (var p in entry.Properties.Where(p => p.IsModified && p.Metadata.Name is not nameof(IVersioned.Version)))
                {
                    if (Equals(p.OriginalValue, p.CurrentValue)) continue;
                    if (sb.Length > 0) sb.Append("；");
                    var label = p.Metadata.PropertyInfo?.GetCustomAttribute<DisplayAttribute>()?.Name ?? p.Metadata.Name;
                    sb.Append(label).Append("：").Append(Show(p.OriginalValue)).Append(" → ").Append(Show(p.CurrentValue));
                }
                break;
        }
        return sb.ToString();
    }

    static string Show(object? v) => v switch
    {
        null => "（空）",
        Enum e => Web.Labels.Of(e),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm"),
        string s => Truncate(s, 200),
        _ => v.ToString() ?? "",
    };

    static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
