using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

public sealed record ProposalQuery(int? Year = null, string? State = null, string? Type = null, string? Search = null, bool Mine = false,
    int Page = 1, int PageSize = 20, bool Key = false, bool Excellent = false);

public sealed record ProposalRow(Guid Id, int Year, int? SerialNo, int? CaseNo, string Title, string Proposer, string ProposerType, string ProposerTypeLabel,
    string Category, string CategoryLabel, string State, string StateLabel, DateTime? SubmittedAt, DateTime? DueAt, bool IsKey, bool IsExcellent);

public sealed record ProposalList(int Total, int Page, int PageSize, IReadOnlyList<ProposalRow> Rows);

/// <summary>
/// The proposals list: staff see the committee's submitted ones (drafts are the proposers' own until submitted); a
/// member sees those they wrote or co-sign. Filters by year, state code, type and 案由.
/// The office's views (page and count) are kept until a proposal or the roster changes (ADR 0006): at province scale
/// the count of one year and state alone cost more than the whole ceiling request.
/// </summary>
public sealed class ListProposals(XieshangDb db, RequestContext ctx, IMemoryCache cache, CommitteeChanges changes)
{
    /// <param name="fresh">Read past the kept views (the export reads every page once).</param>
    public Task<ProposalList> HandleAsync(ProposalQuery q, CancellationToken ct = default, bool fresh = false)
    {
        q = q with { Page = Math.Max(1, q.Page), PageSize = Math.Clamp(q.PageSize, 1, 200), Search = q.Search?.Trim() is { Length: > 0 and <= 50 } s ? s : null };
        var own = q.Mine || !ctx.Has(ProposalPermissions.Read);
        if (own || fresh) return LoadAsync(q, own, ct);
        var committee = db.CurrentCommitteeId;
        return SharedCache.GetAsync(cache, ("proposal-list", committee, q), ProposalsModule.KeptFor, () => LoadAsync(q, false, CancellationToken.None),
            changes.Token(ProposalsModule.Changes, committee), changes.Token(OrganizationChanges.Topic, committee));
    }

    async Task<ProposalList> LoadAsync(ProposalQuery q, bool own, CancellationToken ct)
    {
        var (page, size) = (q.Page, q.PageSize);
        var proposals = db.Set<Proposal>().AsNoTracking();
        if (own)
        {
            var seat = await CurrentSeat.FindAsync(db, ctx, ct);
            var user = ctx.UserId;
            proposals = proposals.Where(p => p.OwnerUserId == user || db.Set<ProposalSigner>().Any(s => s.ProposalId == p.Id && s.MembershipId == seat));
        }
        // The office sees what was submitted (a draft withdrawn before submission never was). Submission and the serial
        // number come together; asking for the number lets the count be read from the (year, state, serial) index alone.
        else proposals = proposals.Where(p => p.SerialNo != null);
        if (q.Year is { } year) proposals = proposals.Where(p => p.Year == year);
        if (Codes.Parse<ProposalState>(q.State) is { } state) proposals = proposals.Where(p => p.State == state);
        if (Codes.Parse<ProposerType>(q.Type) is { } type) proposals = proposals.Where(p => p.ProposerType == type);
        if (q.Search is { } s) proposals = proposals.Where(p => p.Title.Contains(s));
        if (q.Key) proposals = proposals.Where(p => p.IsKey);
        if (q.Excellent) proposals = proposals.Where(p => p.IsExcellent);
        var total = await proposals.CountAsync(ct);
        // Submitted proposals have a serial number unique in their year: that order alone lets the database read the
        // page off the (year, state, serial) index; a member's own list also holds drafts, newest first.
        proposals = own
            ? proposals.OrderByDescending(p => p.Year).ThenByDescending(p => p.SerialNo).ThenByDescending(p => p.CreatedAt)
            : proposals.OrderByDescending(p => p.Year).ThenByDescending(p => p.SerialNo);
        // The page is read alone and the proposers' names by their seats after it: two plain statements plan in a
        // fraction of the time of one with the tenant-filtered joins, which dominated this list under load.
        var rows = await proposals.Skip((page - 1) * size).Take(size)
            .Select(p => new { p.Id, p.Year, p.SerialNo, p.CaseNo, p.Title, p.FirstProposerId, p.CollectiveOrg,
                p.ProposerType, p.Category, p.State, p.SubmittedAt, p.DueAt, p.IsKey, p.IsExcellent, p.CreatedAt })
            .ToListAsync(ct);
        var seats = rows.Where(r => r.CollectiveOrg == null && r.FirstProposerId != null).Select(r => r.FirstProposerId!.Value).Distinct().ToList();
        var names = seats.Count == 0 ? [] : await (from m in db.Set<Membership>()
                                                   where seats.Contains(m.Id)
                                                   join person in db.Set<Person>() on m.PersonId equals person.Id
                                                   select new { m.Id, person.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return new ProposalList(total, page, size, rows.Select(r => new ProposalRow(r.Id, r.Year, r.SerialNo, r.CaseNo, r.Title,
            r.CollectiveOrg ?? (r.FirstProposerId is { } seat ? names.GetValueOrDefault(seat) : null) ?? "", Codes.Of(r.ProposerType), Web.Labels.Of(r.ProposerType), Codes.Of(r.Category), Web.Labels.Of(r.Category),
            Codes.Of(r.State), ProposalFlow.Flow.LabelOf(r.State), r.SubmittedAt, r.DueAt, r.IsKey, r.IsExcellent)).ToList());
    }
}
