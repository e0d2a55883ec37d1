using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

/// <summary>A handling unit's step: the reason of a return request, the contact with the proposer, an opinion, a reply.</summary>
public sealed record UnitStepInput(string? Reason = null, string? ContactMode = null, string? Text = null, string? Class = null, string? SignedBy = null,
    int? Version = null);

/// <summary>
/// What a handling unit does with a proposal assigned to it: 签收, 申请退回 (within ten days), 面商 with the proposer,
/// a co-handler's opinion to the lead, and the reply with its class — each on the caller's own assignment.
/// </summary>
public sealed class HandleProposal(XieshangDb db, WorkflowEngine engine, RequestContext ctx, TimeProvider clock, Notifier notifier,
    Platform.Calendar.WorkingCalendar calendar)
{
    public static readonly string[] ContactModes = ["面谈", "座谈", "电话", "视察调研", "书面"];
    public const int ContactWorkingDays = 15;

    public async Task<Result<Proposal>> HandleAsync(Guid id, string step, UnitStepInput input, CancellationToken ct = default)
    {
        var proposal = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        if (proposal == null) return new NotFound("该提案不存在，或未交办给贵单位。");
        if (input.Version is { } v && v != proposal.Version) return new Conflict("该提案已被他人处理，请刷新后查看最新状态。");
        var units = await UnitAccounts.UnitsOfAsync(db, ctx, ct);
        var mine = await db.Set<Assignment>().Where(a => a.ProposalId == id && units.Contains(a.GovOrgId) && a.Status != AssignmentStatus.Returned)
            .OrderBy(a => a.Role).FirstOrDefaultAsync(ct);
        if (mine == null) return new Forbidden("该提案未交办给贵单位。");
        var now = clock.GetUtcNow().UtcDateTime;
        var unitName = await db.Set<GovOrg>().Where(o => o.Id == mine.GovOrgId).Select(o => o.Name).SingleAsync(ct);

        switch (step)
        {
            case "sign":
                if (mine.Status != AssignmentStatus.Assigned) return new Conflict("贵单位已签收或已申请退回。");
                (mine.Status, mine.SignedAt) = (AssignmentStatus.Signed, now);
                mine.ContactDueAt = await calendar.DueAsync(now, Deadline.WorkingDays(ContactWorkingDays), ct);
                // The first unit's signature moves the proposal to 办理中; the others' are recorded.
                if (proposal.State != ProposalState.Assigning) db.Audit("proposal.sign", "签收", proposal, unitName);
                else if (await ApplyAsync(proposal, "sign", unitName, ct) is { } signError) return signError;
                // While handled, the proposal is due when its reply is (a pending return request keeps its own date).
                if (proposal.State == ProposalState.Handling) proposal.DueAt = await AssignmentQueue.ReplyDueAsync(db, id, ct);
                break;

            case "request_return":
                var reason = input.Reason?.Trim();
                if (reason is not { Length: >= 5 and <= 500 }) return new Invalid("申请退回：请写明理由（5 至 500 字），如“不属于本单位职责，建议交某单位”。");
                if (now > mine.AssignedAt.AddDays(AssignProposal.ReturnDays))
                    return new Conflict($"交办已超过 {AssignProposal.ReturnDays} 日，不能再申请退回；请办理，或与提案委员会联系。");
                if (mine.Status == AssignmentStatus.ReturnRequested) return new Conflict("贵单位已申请退回，请等待提案委员会决定。");
                if (await ApplyAsync(proposal, "request_return", reason, ct) is { } returnError) return returnError;
                (mine.Status, mine.ReturnReason) = (AssignmentStatus.ReturnRequested, reason);
                break;

            case "contact":
                if (proposal.State is not (ProposalState.Handling or ProposalState.Rehandling)) return new Conflict("办理中才能记录与提案人的沟通。");
                if (!ContactModes.Contains(input.ContactMode)) return new Invalid($"沟通方式：请选择{string.Join("、", ContactModes)}。");
                (mine.ContactedAt, mine.ContactMode) = (now, input.ContactMode);
                db.Audit("proposal.contact", "与提案人沟通", proposal, $"{unitName}：{input.ContactMode}");
                break;

            case "co_opinion":
                if (mine.Role != AssignmentRole.Co) return new Forbidden("只有协办单位向主办单位提出协办意见。");
                if (proposal.State is not (ProposalState.Handling or ProposalState.Rehandling)) return new Conflict("办理中才能提出协办意见。");
                if (input.Text?.Trim() is not { Length: >= 10 and <= 3000 } opinion) return new Invalid("协办意见：10 至 3,000 字。");
                (mine.CoOpinion, mine.CoOpinionAt) = (opinion, now);
                db.Audit("proposal.co_opinion", "提出协办意见", proposal, unitName);
                var leads = await db.Set<Assignment>().Where(a => a.ProposalId == id && a.Role == AssignmentRole.Lead && a.Status != AssignmentStatus.Returned)
                    .Join(db.Set<GovOrgUser>(), a => a.GovOrgId, u => u.GovOrgId, (a, u) => u.UserId).ToListAsync(ct);
                await notifier.NotifyAsync(leads, $"协办意见：{proposal.Title}", $"{unitName}已提出协办意见，请在答复时统筹考虑。", $"/proposals/{id}", ct);
                break;

            case "reply":
                if (await ReplyAsync(proposal, mine, unitName, input, now, ct) is { } replyError) return replyError;
                break;

            default:
                return new NotFound($"没有名为“{step}”的办理操作。");
        }
        await AssignmentQueue.Sync(db, proposal, ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal;
    }

    async Task<Error?> ApplyAsync(Proposal proposal, string action, string? note, CancellationToken ct)
    {
        var applied = await engine.ApplyAsync(ProposalFlow.Flow, proposal, action, note, ct);
        return applied.Ok ? null : applied.Error;
    }

    /// <summary>The reply: text, class (D only where the committee uses it) and the signing leader; separate units each answer.</summary>
    async Task<Error?> ReplyAsync(Proposal proposal, Assignment mine, string unitName, UnitStepInput input, DateTime now, CancellationToken ct)
    {
        if (proposal.State is not (ProposalState.Handling or ProposalState.Rehandling))
            return new Conflict($"提案“{ProposalFlow.Flow.LabelOf(proposal.State)}”，现在不能答复。");
        if (mine.Role == AssignmentRole.Co) return new Forbidden("协办单位不直接答复提案人，请向主办单位提出协办意见。");
        if (mine.Status != AssignmentStatus.Signed) return new Conflict("请先签收，再答复。");
        var text = input.Text?.Trim() ?? "";
        if (text.Length is < 20 or > 10000) return new Invalid("答复内容：20 至 10,000 字。");
        if (Codes.Parse<ReplyClass>(input.Class) is not { } cls) return new Invalid("答复类别：请选择 A、B 或 C 类。");
        var classD = await db.Set<ProposalSettings>().Select(s => s.ReplyClassD).FirstOrDefaultAsync(ct);
        if (cls == ReplyClass.D && !classD) return new Invalid("答复类别：本政协未启用 D 类，请选择 A、B 或 C 类。");
        var signedBy = input.SignedBy?.Trim() ?? "";
        if (signedBy.Length is < 2 or > 50) return new Invalid("签发人：请填写签发答复的单位负责人。");
        var round = proposal.State == ProposalState.Rehandling ? 2 : 1;
        if (await db.Set<Reply>().AnyAsync(r => r.AssignmentId == mine.Id && r.Round == round && r.Review != ReplyCheck.Rejected, ct))
            return new Conflict("贵单位已答复，请等待提案委员会审查。");
        db.Add(new Reply
        {
            ProposalId = proposal.Id, AssignmentId = mine.Id, Text = text, Class = cls, SignedBy = signedBy, RepliedAt = now, Review = ReplyCheck.Pending, Round = round,
        });
        // Separate units each reply; the proposal goes to review with the last of them.
        var answering = await db.Set<Assignment>().Where(a => a.ProposalId == proposal.Id && a.Status != AssignmentStatus.Returned && a.Role != AssignmentRole.Co
            && a.Id != mine.Id).Select(a => a.Id).ToListAsync(ct);
        var answered = await db.Set<Reply>().Where(r => answering.Contains(r.AssignmentId) && r.Round == round && r.Review != ReplyCheck.Rejected)
            .Select(r => r.AssignmentId).Distinct().CountAsync(ct);
        if (answered < answering.Count)
        {
            db.Audit("proposal.reply_part", "分办单位答复", proposal, $"{unitName}（{Web.Labels.Of(cls)}）");
            return null;
        }
        return await ApplyAsync(proposal, "reply", $"{unitName}答复（{Web.Labels.Of(cls)}）", ct);
    }

}
