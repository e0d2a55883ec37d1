using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;

namespace Xieshang.Proposals;

public sealed record OverdueRow(Guid ProposalId, int Year, int? CaseNo, string Title, string Unit, string Kind, DateTime DueAt, int DaysOverdue);

/// <summary>
/// 逾期清单 for the proposal committee: units that have not signed ten days after assignment, not contacted the
/// proposer 15 working days after signing, or not replied by the due date — the longest overdue first.
/// </summary>
public sealed class ListOverdue(XieshangDb db, TimeProvider clock)
{
    static readonly ProposalState[] Open = [ProposalState.Assigning, ProposalState.Handling, ProposalState.Rehandling];

    public async Task<IReadOnlyList<OverdueRow>> HandleAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var signBy = now.AddDays(-AssignProposal.ReturnDays);
        var rows = await (from a in db.Set<Assignment>().AsNoTracking()
                          join p in db.Set<Proposal>() on a.ProposalId equals p.Id
                          join o in db.Set<GovOrg>() on a.GovOrgId equals o.Id
                          where a.Status != AssignmentStatus.Returned && Open.Contains(p.State)
                              && ((a.Status == AssignmentStatus.Assigned && a.AssignedAt < signBy)
                                  || (a.ContactedAt == null && a.ContactDueAt < now)
                                  || (a.Role != AssignmentRole.Co && a.ReplyDueAt < now))
                          select new
                          {
                              a.AssignedAt, a.Status, a.ContactedAt, a.ContactDueAt, a.ReplyDueAt, a.Role, p.Id, p.Year, p.CaseNo, p.Title, Unit = o.Name,
                              Replied = db.Set<Reply>().Any(r => r.AssignmentId == a.Id && r.Review != ReplyCheck.Rejected
                                  && r.Round == (p.State == ProposalState.Rehandling ? 2 : 1)),
                          })
            .ToListAsync(ct);
        var list = new List<OverdueRow>();
        foreach (var r in rows)
        {
            void Add(string kind, DateTime due) => list.Add(new OverdueRow(r.Id, r.Year, r.CaseNo, r.Title, r.Unit, kind, due, (int)Math.Ceiling((now - due).TotalDays)));
            if (r.Status == AssignmentStatus.Assigned && r.AssignedAt < signBy) Add("签收逾期", r.AssignedAt.AddDays(AssignProposal.ReturnDays));
            if (r.ContactedAt == null && r.ContactDueAt is { } c && c < now) Add("面商逾期", c);
            if (r.Role != AssignmentRole.Co && r.ReplyDueAt < now && !r.Replied) Add("答复逾期", r.ReplyDueAt);
        }
        return list.OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.CaseNo).ToList();
    }
}
