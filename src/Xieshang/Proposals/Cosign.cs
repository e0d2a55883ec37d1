using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

/// <summary>A co-signer's answer to a co-signing request: confirm (their name goes on the proposal) or decline.</summary>
public sealed class Cosign(XieshangDb db, RequestContext ctx, TimeProvider clock, ProposalNotices notices, WorkflowEngine engine)
{
    public async Task<Result<Guid>> HandleAsync(Guid proposalId, bool confirm, CancellationToken ct = default)
    {
        var seat = await CurrentSeat.FindAsync(db, ctx, ct);
        var signer = seat == null ? null : await db.Set<ProposalSigner>()
            .SingleOrDefaultAsync(s => s.ProposalId == proposalId && s.MembershipId == seat && s.Role == SignerRole.CoSigner, ct);
        if (signer == null) return new NotFound("没有找到给您的联名邀请。");
        var proposal = await db.Set<Proposal>().SingleAsync(p => p.Id == proposalId, ct);
        if (!ProposalFlow.IsCosigning(proposal)) return new Conflict($"提案已“{ProposalFlow.Flow.LabelOf(proposal.State)}”，联名征集已结束。");
        var action = confirm ? "confirm" : "decline";
        if (CosignFlow.Flow.Find(signer.State, action) == null)
            return new Conflict(CosignFlow.IsOnTheProposal(signer) ? "您已确认联名。" : "您已谢绝联名。");
        var now = clock.GetUtcNow().UtcDateTime;
        if (proposal.DueAt < now) return new Conflict("联名征集期已满，不能再确认。");
        var applied = await engine.ApplyAsync(CosignFlow.Flow, signer, action, $"《{proposal.Title}》", ct);
        if (!applied.Ok) return applied.Error!;
        signer.RespondedAt = now;
        await notices.TellOwnerAsync(proposal, confirm ? "联名人已确认" : "联名人已谢绝",
            $"您的提案《{proposal.Title}》有一位联名人{(confirm ? "确认联名" : "谢绝联名")}。", ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal.Id;
    }
}
