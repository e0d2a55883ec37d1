using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

public sealed record OpinionQuery(int? Year = null, string? State = null, string? Search = null, bool Mine = false, int Page = 1, int PageSize = 20);

public sealed record OpinionRow(Guid Id, int Year, int? SerialNo, string Title, string Reporters, string SourceLabel, string CategoryLabel,
    string State, string StateLabel, DateTime? SubmittedAt, DateTime? DueAt, int? BulletinIssue);

public sealed record OpinionList(int Total, int Page, int PageSize, IReadOnlyList<OpinionRow> Rows);

/// <summary>
/// Items: staff see the committee's submitted ones; everyone else those they wrote or co-reported, drafts included.
/// The office's views are kept until an item or the roster changes (ADR 0006), as the proposals' are.
/// </summary>
public sealed class ListOpinions(XieshangDb db, RequestContext ctx, IMemoryCache cache, CommitteeChanges changes)
{
    /// <param name="fresh">Read past the kept views (the export reads every page once).</param>
    public Task<OpinionList> HandleAsync(OpinionQuery q, CancellationToken ct = default, bool fresh = false)
    {
        q = q with { Page = Math.Max(1, q.Page), PageSize = Math.Clamp(q.PageSize, 1, 200), Search = q.Search?.Trim() is { Length: > 0 and <= 50 } s ? s : null };
        var own = q.Mine || !ctx.Has(OpinionPermissions.Read);
        if (own || fresh) return LoadAsync(q, own, ct);
        var committee = db.CurrentCommitteeId;
        return SharedCache.GetAsync(cache, ("opinion-list", committee, q), OpinionsModule.KeptFor, () => LoadAsync(q, false, CancellationToken.None),
            changes.Token(OpinionsModule.Changes, committee), changes.Token(OrganizationChanges.Topic, committee));
    }

    async Task<OpinionList> LoadAsync(OpinionQuery q, bool own, CancellationToken ct)
    {
        var (page, size) = (q.Page, q.PageSize);
        var items = db.Set<OpinionItem>().AsNoTracking();
        if (own)
        {
            var seat = await CurrentSeat.FindAsync(db, ctx, ct);
            var user = ctx.UserId;
            items = items.Where(i => i.OwnerUserId == user || db.Set<OpinionReporter>().Any(r => r.ItemId == i.Id && r.MembershipId == seat));
        }
        else items = items.Where(i => i.SerialNo != null); // submitted (the number comes with the first submission)
        if (q.Year is { } year) items = items.Where(i => i.Year == year);
        if (Codes.Parse<OpinionState>(q.State) is { } state) items = items.Where(i => i.State == state);
        if (q.Search is { } s) items = items.Where(i => i.Title.Contains(s) || (i.EditedTitle != null && i.EditedTitle.Contains(s)));
        var total = await items.CountAsync(ct);
        var rows = await items.OrderByDescending(i => i.Year).ThenByDescending(i => i.SerialNo).ThenByDescending(i => i.CreatedAt)
            .Skip((page - 1) * size).Take(size)
            .Select(i => new { i.Id, i.Year, i.SerialNo, Title = i.EditedTitle ?? i.Title, i.OrgName, i.Source, i.Category, i.State, i.SubmittedAt, i.DueAt, i.BulletinId })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var reporters = (await db.Set<OpinionReporter>().AsNoTracking().Where(r => ids.Contains(r.ItemId)).OrderBy(r => r.Order)
            .Select(r => new { r.ItemId, r.Name }).ToListAsync(ct)).ToLookup(r => r.ItemId, r => r.Name);
        var bulletinIds = rows.Where(r => r.BulletinId != null).Select(r => r.BulletinId!.Value).Distinct().ToList();
        var issues = await db.Set<OpinionBulletin>().AsNoTracking().Where(b => bulletinIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.IssueNo, ct);
        return new OpinionList(total, page, size, rows.Select(r =>
        {
            var names = reporters[r.Id].ToList();
            var who = r.OrgName ?? (names.Count switch { 0 => "", 1 => names[0], _ => $"{names[0]}等 {names.Count} 人" });
            return new OpinionRow(r.Id, r.Year, r.SerialNo, r.Title, who, Web.Labels.Of(r.Source), Web.Labels.Of(r.Category), Codes.Of(r.State),
                OpinionFlow.Flow.LabelOf(r.State), r.SubmittedAt, r.DueAt, r.BulletinId is { } b ? issues.GetValueOrDefault(b) : null);
        }).ToList());
    }
}
