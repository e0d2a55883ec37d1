using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

public sealed record ProposalQuery(int? Year = null, string? State = null, string? Type = null, string? Search = null, bool Mine = false,
    int Page = 1, int PageSize = 50, bool Key = false, bool Excellent = false);

public sealed record ProposalRow(Guid Id, int Year, int? SerialNo, int? CaseNo, string Title, string Proposer, string ProposerType, string ProposerTypeLabel,
    string Category, string CategoryLabel, string State, string StateLabel, DateTime? SubmittedAt, DateTime? DueAt, bool IsKey, bool IsExcellent);

public sealed record ProposalList(int Total, int Page, int PageSize, IReadOnlyList<ProposalRow> Rows);

/// <summary>
/// The proposals list: staff see the committee's submitted ones (drafts are the proposers' own until submitted); a
/// member sees those they wrote or co-sign. Filters by year, state code, type and 案由.
/// </summary>
public sealed class ListProposals(XieshangDb db, RequestContext ctx)
{
    public async Task<ProposalList> HandleAsync(ProposalQuery q, CancellationToken ct = default)
    {
        var (page, size) = (Math.Max(1, q.Page), Math.Clamp(q.PageSize, 1, 200));
        var proposals = db.Set<Proposal>().AsNoTracking();
        if (q.Mine || !ctx.Has(ProposalPermissions.Read))
        {
            var seat = await CurrentSeat.FindAsync(db, ctx, ct);
            var user = ctx.UserId;
            proposals = proposals.Where(p => p.OwnerUserId == user || db.Set<ProposalSigner>().Any(s => s.ProposalId == p.Id && s.MembershipId == seat));
        }
        // The office sees what was submitted (a draft withdrawn before submission never was; it has no serial number).
        else proposals = proposals.Where(p => p.SubmittedAt != null);
        if (q.Year is { } year) proposals = proposals.Where(p => p.Year == year);
        if (Codes.Parse<ProposalState>(q.State) is { } state) proposals = proposals.Where(p => p.State == state);
        if (Codes.Parse<ProposerType>(q.Type) is { } type) proposals = proposals.Where(p => p.ProposerType == type);
        if (q.Search?.Trim() is { Length: > 0 and <= 50 } s) proposals = proposals.Where(p => p.Title.Contains(s));
        if (q.Key) proposals = proposals.Where(p => p.IsKey);
        if (q.Excellent) proposals = proposals.Where(p => p.IsExcellent);
        var total = await proposals.CountAsync(ct);
        // Submitted proposals have a serial number unique in their year: that order alone lets the database read the
        // page off the (year, state, serial) index; a member's own list also holds drafts, newest first.
        proposals = q.Mine || !ctx.Has(ProposalPermissions.Read)
            ? proposals.OrderByDescending(p => p.Year).ThenByDescending(p => p.SerialNo).ThenByDescending(p => p.CreatedAt)
            : proposals.OrderByDescending(p => p.Year).ThenByDescending(p => p.SerialNo);
        var rows = await (from p in proposals.Skip((page - 1) * size).Take(size)
                          join m in db.Set<Membership>() on p.FirstProposerId equals m.Id into ms
                          from m in ms.DefaultIfEmpty()
                          join person in db.Set<Person>() on m.PersonId equals person.Id into ps
                          from person in ps.DefaultIfEmpty()
                          select new { p.Id, p.Year, p.SerialNo, p.CaseNo, p.Title, Name = person == null ? null : person.Name, p.CollectiveOrg,
                              p.ProposerType, p.Category, p.State, p.SubmittedAt, p.DueAt, p.IsKey, p.IsExcellent, p.CreatedAt })
            .ToListAsync(ct);
        rows = rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.SerialNo).ThenByDescending(r => r.CreatedAt).ToList();
        return new ProposalList(total, page, size, rows.Select(r => new ProposalRow(r.Id, r.Year, r.SerialNo, r.CaseNo, r.Title,
            r.CollectiveOrg ?? r.Name ?? "", Codes.Of(r.ProposerType), Web.Labels.Of(r.ProposerType), Codes.Of(r.Category), Web.Labels.Of(r.Category),
            Codes.Of(r.State), ProposalFlow.Flow.LabelOf(r.State), r.SubmittedAt, r.DueAt, r.IsKey, r.IsExcellent)).ToList());
    }
}
