using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Audit;

public sealed record AuditQuery(string? Q = null, string? RecordType = null, string? RecordId = null, int? Days = null, int Page = 1, int PageSize = 50);

public sealed record AuditRow(Guid Id, DateTime At, string ActorName, string Action, string ActionLabel, string RecordType, string RecordId, string Summary);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageSize);

/// <summary>The audit log of the current committee, newest first; also the timeline of one record.</summary>
public sealed class SearchAudit(XieshangDb db, TimeProvider clock)
{
    public async Task<AuditPage> HandleAsync(AuditQuery q, CancellationToken ct = default)
    {
        var page = Math.Max(1, q.Page);
        var size = Math.Clamp(q.PageSize, 1, 200);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.RecordType)) query = query.Where(a => a.RecordType == q.RecordType);
        if (!string.IsNullOrWhiteSpace(q.RecordId)) query = query.Where(a => a.RecordId == q.RecordId);
        if (q.Days is > 0)
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-q.Days.Value);
            query = query.Where(a => a.At >= since);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            query = query.Where(a => a.ActorName.Contains(text) || a.ActionLabel.Contains(text) || a.Summary.Contains(text) || a.Action.Contains(text));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(a => new AuditRow(a.Id, a.At, a.ActorName, a.Action, a.ActionLabel, a.RecordType, a.RecordId, a.Summary))
            .ToListAsync(ct);
        return new AuditPage(rows, total, page, size);
    }
}
