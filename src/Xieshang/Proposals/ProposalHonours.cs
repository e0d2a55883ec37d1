using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

using Xieshang.Organization.Contracts;

namespace Xieshang.Proposals;

/// <summary>
/// The overlays of a filed proposal (domain.md §3.2): 重点提案, chosen by the chairpersons' council and supervised by a
/// chair or vice-chair; 优秀提案, the year's award to a proposal handled to the end. Flags, not states: the proposal
/// keeps moving through its table.
/// </summary>
public sealed class ProposalHonours(XieshangDb db, RequestContext ctx, Notifier notifier, ProposalNotices notices)
{
    public async Task<Result<Proposal>> HandleAsync(Guid id, string step, Guid? supervisorId, string? note, int? version, CancellationToken ct = default)
    {
        if (!ctx.Has(ProposalPermissions.Review)) return new Forbidden("重点提案和优秀提案由提案委员会确定。");
        var proposal = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        if (proposal == null) return new NotFound("该提案不存在，或您无权查看。");
        if (version is { } v && v != proposal.Version) return new Conflict("该提案已被他人处理，请刷新后查看最新状态。");
        if (proposal.CaseNo == null) return new Conflict("只有已立案的提案才能确定为重点提案或优秀提案。");
        note = note?.Trim();
        if (note?.Length > 500) return new Invalid("说明：不超过 500 字。");
        switch (step)
        {
            case "mark_key":
                var leader = supervisorId is { } s ? await CommitteeLeaders.Of(db, s).SingleOrDefaultAsync(ct) : null;
                if (leader == null) return new Invalid("督办领导：请选择本政协的主席或副主席。");
                (proposal.IsKey, proposal.KeySupervisorId, proposal.KeyNote) = (true, supervisorId, note);
                db.Audit("proposal.key", "确定为重点提案", proposal, $"督办领导：{leader.Name}");
                if (leader.UserId is { } u)
                    await notifier.NotifyAsync([u], $"重点提案督办：{proposal.Title}", $"第 {proposal.CaseNo} 号提案《{proposal.Title}》确定为重点提案，由您领衔督办。", $"/proposals/{id}", ct);
                await notices.TellProposersAsync(proposal, "重点提案", $"您的提案《{proposal.Title}》被确定为重点提案，由{leader.Name}督办。", ct);
                break;
            case "unmark_key":
                if (!proposal.IsKey) return new Conflict("该提案不是重点提案。");
                (proposal.IsKey, proposal.KeySupervisorId, proposal.KeyNote) = (false, null, note);
                db.Audit("proposal.unkey", "取消重点提案", proposal, note);
                break;
            case "mark_excellent":
                if (proposal.State is not (ProposalState.Closed or ProposalState.Tracking)) return new Conflict("优秀提案从已办结的提案中评选。");
                if (proposal.IsExcellent) return new Conflict("该提案已是优秀提案。");
                proposal.IsExcellent = true;
                db.Audit("proposal.excellent", "评为优秀提案", proposal, note);
                await notices.TellProposersAsync(proposal, "优秀提案", $"您的提案《{proposal.Title}》被评为 {proposal.Year} 年度优秀提案。", ct);
                break;
            case "unmark_excellent":
                if (!proposal.IsExcellent) return new Conflict("该提案不是优秀提案。");
                proposal.IsExcellent = false;
                db.Audit("proposal.unexcellent", "取消优秀提案", proposal, note);
                break;
            default:
                return new NotFound($"没有名为“{step}”的操作。");
        }
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal;
    }
}
