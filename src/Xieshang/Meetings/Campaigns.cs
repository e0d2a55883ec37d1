using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Meetings;

public sealed record CampaignRow(Guid Id, int Year, int Quarter, string Theme, string Description, int Activities, int Participants, int Attendances);

public sealed record CampaignInput(string? Theme, string? Description, int? Version = null);

public sealed record CampaignResults(CampaignRow Campaign, IReadOnlyList<ActivityRow> Activities, IReadOnlyDictionary<string, int> ByType, int Version);

/// <summary>
/// 委员在行动: the four quarterly campaigns of a year with their themes (Q1 乡村振兴, Q2 优化营商环境, Q3 民生议事月,
/// Q4 提案月), and what each achieved — counted from the activities linked to it.
/// </summary>
public sealed class Campaigns(XieshangDb db, ListActivities list)
{
    public async Task<IReadOnlyList<CampaignRow>> ListAsync(int year, CancellationToken ct = default)
    {
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => c.Year == year).OrderBy(c => c.Quarter).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var counts = await CountsAsync(db.Set<Activity>().Where(a => a.CampaignId != null && ids.Contains(a.CampaignId.Value)), ct);
        return campaigns.Select(c => Row(c, counts)).ToList();
    }

    /// <summary>Creates the year's missing quarters with their default themes; the ones there are kept as they are.</summary>
    public async Task<Result<int>> EnsureYearAsync(int year, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100) return new Invalid("年度：请填写 2000 至 2100 之间的年份。");
        var existing = await db.Set<Campaign>().Where(c => c.Year == year).Select(c => c.Quarter).ToListAsync(ct);
        var added = 0;
        foreach (var quarter in Enumerable.Range(1, 4).Except(existing))
        {
            var campaign = new Campaign { Year = year, Quarter = quarter, Theme = Campaign.DefaultTheme(quarter) };
            db.Add(campaign);
            db.Audit("campaign.create", "新建委员在行动", campaign, $"{year}年第{quarter}季度：{campaign.Theme}");
            added++;
        }
        if (added > 0 && await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return added;
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, CampaignInput input, CancellationToken ct = default)
    {
        var campaign = await db.Set<Campaign>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign == null) return new NotFound("该“委员在行动”不存在，或不属于本政协。");
        if (input.Version is { } v && v != campaign.Version) return new Conflict("已被他人修改，请刷新后再改。");
        var theme = input.Theme?.Trim() ?? "";
        if (theme.Length is 0 or > 100) return new Invalid("主题：请填写（不超过 100 字）。");
        if (input.Description?.Length > 2000) return new Invalid("说明：不超过 2,000 字。");
        campaign.Theme = theme;
        campaign.Description = input.Description?.Trim() ?? "";
        db.Audit("campaign.change", "修改委员在行动", campaign);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return campaign.Id;
    }

    public async Task<CampaignResults?> ResultsAsync(Guid id, CancellationToken ct = default)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign == null) return null;
        var counts = await CountsAsync(db.Set<Activity>().Where(a => a.CampaignId == id), ct);
        var activities = await list.HandleAsync(new ActivityQuery(Campaign: id, PageSize: 200), ct);
        var byType = activities.Rows.Where(r => r.State is not ("CANCELLED" or "DRAFT" or "PENDING_APPROVAL"))
            .GroupBy(r => r.TypeLabel).ToDictionary(g => g.Key, g => g.Count());
        return new CampaignResults(Row(campaign, counts), activities.Rows, byType, campaign.Version);
    }

    sealed record Counts(Guid CampaignId, int Activities, int Participants, int Attendances);

    async Task<Dictionary<Guid, Counts>> CountsAsync(IQueryable<Activity> activities, CancellationToken ct)
    {
        var held = activities.Where(a => a.State != ActivityState.Draft && a.State != ActivityState.PendingApproval && a.State != ActivityState.Cancelled);
        var perActivity = await held.GroupBy(a => a.CampaignId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var present = await (
            from p in db.Set<Participation>()
            where p.State == ParticipationState.CheckedIn || p.State == ParticipationState.WalkIn
            join a in held on p.ActivityId equals a.Id
            select new { CampaignId = a.CampaignId!.Value, p.MembershipId }).ToListAsync(ct);
        return perActivity.ToDictionary(x => x.Key, x => new Counts(x.Key, x.Count,
            present.Where(p => p.CampaignId == x.Key).Select(p => p.MembershipId).Distinct().Count(),
            present.Count(p => p.CampaignId == x.Key)));
    }

    static CampaignRow Row(Campaign c, Dictionary<Guid, Counts> counts) =>
        new(c.Id, c.Year, c.Quarter, c.Theme, c.Description, counts.GetValueOrDefault(c.Id)?.Activities ?? 0,
            counts.GetValueOrDefault(c.Id)?.Participants ?? 0, counts.GetValueOrDefault(c.Id)?.Attendances ?? 0);
}
