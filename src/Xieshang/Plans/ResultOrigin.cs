using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Plans;

/// <summary>The 协商成果 a proposal or an information item was converted from (成果转化), for the link back from that record.</summary>
public sealed record ResultOrigin(Guid Id, string Title, string KindLabel)
{
    public static Task<ResultOrigin?> OfProposalAsync(XieshangDb db, Guid proposalId, CancellationToken ct) =>
        FindAsync(db.Set<PlanResult>().Where(r => r.ProposalId == proposalId), ct);

    public static Task<ResultOrigin?> OfOpinionAsync(XieshangDb db, Guid itemId, CancellationToken ct) =>
        FindAsync(db.Set<PlanResult>().Where(r => r.OpinionItemId == itemId), ct);

    static async Task<ResultOrigin?> FindAsync(IQueryable<PlanResult> results, CancellationToken ct)
    {
        var r = await results.AsNoTracking().Select(r => new { r.Id, r.Title, r.Kind }).FirstOrDefaultAsync(ct);
        return r == null ? null : new ResultOrigin(r.Id, r.Title, Web.Labels.Of(r.Kind));
    }
}
