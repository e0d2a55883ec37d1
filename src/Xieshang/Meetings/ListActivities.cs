using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Meetings;

public sealed record ActivityQuery(int? Year = null, string? Type = null, string? State = null, Guid? Campaign = null, string? Search = null, int Page = 1, int PageSize = 50);

public sealed record ActivityRow(Guid Id, string Type, string TypeLabel, string Title, DateTime StartsAt, DateTime EndsAt, string Place,
    string State, string StateLabel, int Listed, int Present);

public sealed record ActivityList(int Total, int Page, int PageSize, IReadOnlyList<ActivityRow> Rows);

/// <summary>The office's list of activities, newest first, filtered by year (Beijing time), type, state, campaign or title.</summary>
public sealed class ListActivities(XieshangDb db)
{
    public async Task<ActivityList> HandleAsync(ActivityQuery q, CancellationToken ct = default)
    {
        var query = db.Set<Activity>().AsNoTracking();
        if (q.Year is { } year and > 1900 and < 2200)
        {
            var (yearStart, yearEnd) = YearBounds(year);
            query = query.Where(a => a.StartsAt >= yearStart && a.StartsAt < yearEnd);
        }
        if (Codes.Parse<ActivityType>(q.Type) is { } type) query = query.Where(a => a.Type == type);
        if (Codes.Parse<ActivityState>(q.State) is { } state) query = query.Where(a => a.State == state);
        if (q.Campaign is { } campaign) query = query.Where(a => a.CampaignId == campaign);
        if (q.Search?.Trim() is { Length: > 0 and <= 50 } search) query = query.Where(a => a.Title.Contains(search));
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page);
        var size = Math.Clamp(q.PageSize, 1, 200);
        var rows = await query.OrderByDescending(a => a.StartsAt).Skip((page - 1) * size).Take(size)
            .Select(a => new { a.Id, a.Type, a.Title, a.StartsAt, a.EndsAt, a.Place, a.State }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.Set<Participation>().Where(p => ids.Contains(p.ActivityId) && p.State != ParticipationState.Cancelled)
            .GroupBy(p => p.ActivityId)
            .Select(g => new { Id = g.Key, Listed = g.Count(), Present = g.Count(p => p.State == ParticipationState.CheckedIn || p.State == ParticipationState.WalkIn) })
            .ToDictionaryAsync(c => c.Id, ct);
        return new ActivityList(total, page, size, rows.Select(r => new ActivityRow(r.Id, Codes.Of(r.Type), Web.Labels.Of(r.Type), r.Title,
            r.StartsAt, r.EndsAt, r.Place, Codes.Of(r.State), ActivityFlow.Flow.LabelOf(r.State),
            counts.GetValueOrDefault(r.Id)?.Listed ?? 0, counts.GetValueOrDefault(r.Id)?.Present ?? 0)).ToList());
    }

    /// <summary>A calendar year in Beijing time, as UTC bounds.</summary>
    public static (DateTime From, DateTime To) YearBounds(int year) =>
        (Web.Shanghai.ToUtc(new DateTime(year, 1, 1)), Web.Shanghai.ToUtc(new DateTime(year + 1, 1, 1)));
}
