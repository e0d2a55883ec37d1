using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Proposals;

/// <summary>Keeps <see cref="Assignment.Open"/> in step with the proposal's state: called by every handler before it saves.</summary>
public static class AssignmentQueue
{
    public static bool IsOpen(ProposalState s) => s is ProposalState.Assigning or ProposalState.Handling or ProposalState.ReturnRequested or ProposalState.Rehandling;

    /// <summary>Sets the flag on the proposal's assignments, the ones just added included.</summary>
    public static async Task Sync(XieshangDb db, Proposal proposal, CancellationToken ct)
    {
        var open = IsOpen(proposal.State);
        var rows = await db.Set<Assignment>().Where(a => a.ProposalId == proposal.Id).ToListAsync(ct);
        foreach (var a in rows.Concat(db.ChangeTracker.Entries<Assignment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
                     .Where(a => a.ProposalId == proposal.Id)).Distinct())
        {
            var flag = open && a.Status != AssignmentStatus.Returned;
            if (a.Open != flag) a.Open = flag;
        }
    }

    /// <summary>The earliest reply due date of the current assignments: the proposal's deadline while it is handled.</summary>
    public static async Task<DateTime?> ReplyDueAsync(XieshangDb db, Guid proposalId, CancellationToken ct) =>
        await db.Set<Assignment>().Where(a => a.ProposalId == proposalId && a.Status != AssignmentStatus.Returned).MinAsync(a => (DateTime?)a.ReplyDueAt, ct);
}
