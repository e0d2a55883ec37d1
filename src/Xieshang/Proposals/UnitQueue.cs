using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

public sealed record UnitQueueRow(Guid Id, int Year, int? CaseNo, string Title, string Unit, string Role, string RoleLabel, string Status, string StatusLabel,
    string State, string StateLabel, DateTime AssignedAt, DateTime ReplyDueAt, bool Overdue, bool Replied);

public sealed record UnitQueue(int Total, int Page, int PageSize, IReadOnlyList<UnitQueueRow> Rows);

/// <summary>
/// A handling unit's queue: the proposals assigned to the caller's units, the earliest reply due first; those already
/// answered (or handed back) after the open ones. A unit's view is kept until a proposal or the organization changes
/// (ADR 0006); whether a row is overdue is judged at each request.
/// </summary>
public sealed class ListUnitQueue(XieshangDb db, RequestContext ctx, TimeProvider clock, IMemoryCache cache, CommitteeChanges changes)
{
    sealed record Kept(int Total, List<(Assignment A, int Year, int? CaseNo, string Title, ProposalState State, string Unit, bool Replied)> Rows);

    public async Task<UnitQueue> HandleAsync(bool openOnly = true, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        (page, pageSize) = (Math.Max(1, page), Math.Clamp(pageSize, 1, 200));
        var committee = db.CurrentCommitteeId;
        // Kept per clerk: which units a login serves is organization data, so linking or unlinking one forgets it too.
        var kept = await SharedCache.GetAsync(cache, ("unit-queue", committee, ctx.UserId, openOnly, page, pageSize), ProposalsModule.KeptFor,
            () => LoadAsync(openOnly, page, pageSize, CancellationToken.None),
            changes.Token(ProposalsModule.Changes, committee), changes.Token(OrganizationChanges.Topic, committee));
        var now = clock.GetUtcNow().UtcDateTime;
        return new UnitQueue(kept.Total, page, pageSize, kept.Rows.Select(r => new UnitQueueRow(r.A.ProposalId, r.Year, r.CaseNo, r.Title, r.Unit, Codes.Of(r.A.Role),
            Web.Labels.Of(r.A.Role), Codes.Of(r.A.Status), Web.Labels.Of(r.A.Status), Codes.Of(r.State), ProposalFlow.Flow.LabelOf(r.State), r.A.AssignedAt,
            r.A.ReplyDueAt, AssignmentQueue.IsOpen(r.State) && r.A.ReplyDueAt < now && !r.Replied, r.Replied)).ToList());
    }

    async Task<Kept> LoadAsync(bool openOnly, int page, int pageSize, CancellationToken ct)
    {
        var units = await UnitAccounts.UnitsOfAsync(db, ctx, ct);
        // The to-do list is one index range (committee, unit, open, due date), read in due-date order when the clerk
        // serves one unit (the usual case; a list of units makes the database sort). Open rows are never handed back.
        var assignments = db.Set<Assignment>().AsNoTracking();
        if (units.Count == 1) { var unit = units[0]; assignments = assignments.Where(a => a.GovOrgId == unit); }
        else assignments = assignments.Where(a => units.Contains(a.GovOrgId));
        assignments = openOnly ? assignments.Where(a => a.Open) : assignments.Where(a => a.Status != AssignmentStatus.Returned);
        var total = await assignments.CountAsync(ct);
        var list = await (from a in assignments.OrderBy(a => a.ReplyDueAt).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
                          join p in db.Set<Proposal>() on a.ProposalId equals p.Id
                          join o in db.Set<GovOrg>() on a.GovOrgId equals o.Id
                          select new { a, p.Year, p.CaseNo, p.Title, p.State, Unit = o.Name })
            .ToListAsync(ct);
        var ids = list.Select(r => r.a.Id).ToList();
        var replied = await db.Set<Reply>().Where(r => ids.Contains(r.AssignmentId) && r.Review != ReplyCheck.Rejected).Select(r => r.AssignmentId).Distinct().ToListAsync(ct);
        return new Kept(total, list.OrderBy(r => r.a.ReplyDueAt).ThenBy(r => r.a.Id)
            .Select(r => (r.a, r.Year, r.CaseNo, r.Title, r.State, r.Unit, replied.Contains(r.a.Id))).ToList());
    }
}
