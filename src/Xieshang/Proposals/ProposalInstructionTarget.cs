using Xieshang.Instructions;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

/// <summary>Leaders instruct on filed proposals (立案 gives the 案号 their instructions cite), into the one ledger.</summary>
public sealed class ProposalInstructionTarget(XieshangDb db, RequestContext ctx) : IInstructionTarget
{
    public const string Name = "proposal";
    public string Type => Name;
    public string Label => "提案";
    public string Link(Guid id) => $"/proposals/{id}";

    public async Task<Result<string>> TitleAsync(Guid id, CancellationToken ct)
    {
        var proposal = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        if (proposal == null) return new NotFound("该提案不存在，或您无权查看。");
        if (proposal.CaseNo == null) return new Conflict("立案后的提案才能登记领导批示。");
        return proposal.Title;
    }
}
