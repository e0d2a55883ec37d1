using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Links;

namespace Xieshang.Plans;

/// <summary>The 协商成果 a proposal or an information item was converted from (成果转化), for the link back from that record.</summary>
public sealed class ResultOrigin : IOriginLookup
{
    public async Task<RecordOrigin?> OriginOfAsync(XieshangDb db, string recordKind, Guid id, CancellationToken ct)
    {
        var results = recordKind switch
        {
            RecordKinds.Proposal => db.Set<PlanResult>().Where(r => r.ProposalId == id),
            RecordKinds.Opinion => db.Set<PlanResult>().Where(r => r.OpinionItemId == id),
            _ => null,
        };
        if (results == null) return null;
        var r = await results.AsNoTracking().Select(r => new { r.Id, r.Title, r.Kind }).FirstOrDefaultAsync(ct);
        return r == null ? null : new RecordOrigin(r.Id, r.Title, Web.Labels.Of(r.Kind), "来自协商成果", $"/plans/results/{r.Id}", PlansPermissions.Read);
    }
}
