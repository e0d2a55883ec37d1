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
    public async Task<UnitQueue> HandleAsync(bool openOnly = true, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        (page, pageSize) = (Math.Max(1, page), Math.Clamp(pageSize, 1, 200));
        var units = await UnitAccounts.UnitsOfAsync(db, ctx, ct);
        // The to-do list is one index range (committee, unit, open, due date); the whole list joins the proposals.
        var assignments = db.Set<Assignment>().AsNoTracking().Where(a => units.Contains(a.GovOrgId) && a.Status != AssignmentStatus.Returned);
        if (openOnly) assignments = assignments.Where(a => a.Open);
        var total = await assignments.CountAsync(ct);
        var list = await (from a in assignments.OrderBy(a => a.ReplyDueAt).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
                          join p in db.Set<Proposal>() on a.ProposalId equals p.Id
                          join o in db.Set<GovOrg>() on a.GovOrgId equals o.Id
                          select new { a, p.Year, p.CaseNo, p.Title, p.State, Unit = o.Name })
            .ToListAsync(ct);
        list = list.OrderBy(r => r.a.ReplyDueAt).ThenBy(r => r.a.Id).ToList();
        var ids = list.Select(r => r.a.Id).ToList();
        var replied = await db.Set<Reply>().Where(r => ids.Contains(r.AssignmentId) && r.Review != ReplyCheck.Rejected).Select(r => r.AssignmentId).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return new UnitQueue(total, page, pageSize, list.Select(r => new UnitQueueRow(r.a.ProposalId, r.Year, r.CaseNo, r.Title, r.Unit, Codes.Of(r.a.Role),
            Web.Labels.Of(r.a.Role), Codes.Of(r.a.Status), Web.Labels.Of(r.a.Status), Codes.Of(r.State), ProposalFlow.Flow.LabelOf(r.State), r.a.AssignedAt,
            r.a.ReplyDueAt, AssignmentQueue.IsOpen(r.State) && r.a.ReplyDueAt < now && !replied.Contains(r.a.Id), replied.Contains(r.a.Id))).ToList());
    }
}
