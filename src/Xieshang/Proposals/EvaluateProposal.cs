using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

/// <summary>The evaluation form: how the unit consulted, its attitude, whether the reply is to the point, the result.</summary>
public sealed record EvaluationInput(string? ContactMode, string? Attitude, bool Pertinent, string? Result, string? Comment = null, int? Version = null);

/// <summary>
/// 评价: each proposer — the first, the co-signers, those whose proposals were merged into it — evaluates the reply
/// once a round; the first proposer's (or the collective proposal's clerk's) evaluation moves it to 已反馈.
/// </summary>
public sealed class EvaluateProposal(XieshangDb db, WorkflowEngine engine, RequestContext ctx, TimeProvider clock)
{
    public async Task<Result<Proposal>> HandleAsync(Guid id, EvaluationInput input, CancellationToken ct = default)
    {
        var proposal = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        if (proposal == null) return new NotFound("该提案不存在，或您无权查看。");
        if (input.Version is { } v && v != proposal.Version) return new Conflict("该提案已有新的进展，请刷新后再评价。");
        if (ctx.UserId is not { } user || !(proposal.ProposerUsers.Contains(user) || proposal.MergedProposerUsers.Contains(user)))
            return new Forbidden("只有提案人可以评价答复。");
        if (proposal.State is not (ProposalState.Replied or ProposalState.Evaluated))
            return new Conflict($"提案“{ProposalFlow.Flow.LabelOf(proposal.State)}”，现在不能评价。");
        if (!HandleProposal.ContactModes.Append("未联系").Contains(input.ContactMode)) return new Invalid("办理前的沟通方式：请选择面谈、座谈、电话、视察调研、书面或未联系。");
        if (Codes.Parse<Satisfaction>(input.Attitude) is not { } attitude) return new Invalid("办理态度：请选择满意、基本满意或不满意。");
        if (Codes.Parse<Satisfaction>(input.Result) is not { } result) return new Invalid("办理结果：请选择满意、基本满意或不满意。");
        var comment = input.Comment?.Trim() ?? "";
        if (comment.Length > 1000) return new Invalid("意见：不超过 1,000 字。");
        if (result == Satisfaction.NotSatisfied && comment.Length < 5) return new Invalid("不满意时请写明理由，便于再办理。");
        var round = await db.Set<Reply>().Where(r => r.ProposalId == id && r.Review == ReplyCheck.Passed).MaxAsync(r => (int?)r.Round, ct) ?? 1;
        if (await db.Set<Evaluation>().AnyAsync(e => e.ProposalId == id && e.UserId == user && e.Round == round, ct)) return new Conflict("您已评价过这次答复。");

        var evaluation = new Evaluation
        {
            ProposalId = id, UserId = user, MembershipId = await CurrentSeat.FindAsync(db, ctx, ct), Round = round, ContactMode = input.ContactMode!,
            Attitude = attitude, Pertinent = input.Pertinent, Result = result, Comment = comment, EvaluatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(evaluation);
        var summary = $"办理结果：{Web.Labels.Of(result)}；态度：{Web.Labels.Of(attitude)}";
        if (user == proposal.OwnerUserId && proposal.State == ProposalState.Replied)
        {
            var applied = await engine.ApplyAsync(ProposalFlow.Flow, proposal, "evaluate", summary, ct);
            if (!applied.Ok) return applied.Error!;
        }
        else db.Audit("proposal.evaluate", "评价答复", proposal, summary);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal;
    }
}
