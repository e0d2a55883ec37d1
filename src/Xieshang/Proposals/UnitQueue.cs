using Microsoft.EntityFrameworkCore;
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
/// answered (or handed back) after the open ones.
/// </summary>
public sealed class ListUnitQueue(XieshangDb db, RequestContext ctx, TimeProvider clock)
{
    static readonly ProposalState[] Open = [ProposalState.Assigning, ProposalState.Handling, ProposalState.ReturnRequested, ProposalState.Rehandling];

    public async Task<UnitQueue> HandleAsync(bool openOnly = true, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        (page, pageSize) = (Math.Max(1, page), Math.Clamp(pageSize, 1, 200));
        var units = await UnitAccounts.UnitsOfAsync(db, ctx, ct);
        var rows = from a in db.Set<Assignment>().AsNoTracking()
                   where units.Contains(a.GovOrgId) && a.Status != AssignmentStatus.Returned
                   join p in db.Set<Proposal>() on a.ProposalId equals p.Id
                   join o in db.Set<GovOrg>() on a.GovOrgId equals o.Id
                   select new { a, p.Year, p.CaseNo, p.Title, p.State, Unit = o.Name };
        if (openOnly) rows = rows.Where(r => Open.Contains(r.State));
        var total = await rows.CountAsync(ct);
        var list = await rows.OrderBy(r => r.a.ReplyDueAt).ThenBy(r => r.a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var ids = list.Select(r => r.a.Id).ToList();
        var replied = await db.Set<Reply>().Where(r => ids.Contains(r.AssignmentId) && r.Review != ReplyCheck.Rejected).Select(r => r.AssignmentId).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new UnitQueue(total, page, pageSize, list.Select(r => new UnitQueueRow(r.a.ProposalId, r.Year, r.CaseNo, r.Title, r.Unit, Codes.Of(r.a.Role),
            Web.Labels.Of(r.a.Role), Codes.Of(r.a.Status), Web.Labels.Of(r.a.Status), Codes.Of(r.State), ProposalFlow.Flow.LabelOf(r.State), r.a.AssignedAt,
            r.a.ReplyDueAt, Open.Contains(r.State) && r.a.ReplyDueAt < now && !replied.Contains(r.a.Id), replied.Contains(r.a.Id))).ToList());
    }
}
