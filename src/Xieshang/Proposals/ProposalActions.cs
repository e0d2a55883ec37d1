using Microsoft.EntityFrameworkCore;
using Xieshang.Meetings;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

/// <summary>A workflow step with what the review decisions need: a reason code, a host proposal, a conversion target.</summary>
public sealed record ProposalActionRequest(string? Note = null, int? Version = null, string? Reason = null, Guid? HostId = null, string? ConvertTo = null);

/// <summary>
/// Moves a proposal through <see cref="ProposalFlow"/> and does what each step brings: numbering and timing at
/// submission, the co-signing requests, 案号 at filing, the reasons and links of the other decisions, and the notices.
/// </summary>
public sealed class ProposalActions(XieshangDb db, WorkflowEngine engine, RequestContext ctx, TimeProvider clock, ProposalNotices notices,
    Contracts.IOpinionIntake opinions)
{
    public static readonly IReadOnlyDictionary<string, string> ConversionTargets = new Dictionary<string, string>
    {
        ["SUGGESTION"] = "转意见建议", ["OPINION"] = "转社情民意",
    };

    public async Task<Result<Proposal>> HandleAsync(Guid id, string action, ProposalActionRequest? request, CancellationToken ct = default)
    {
        var proposal = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        if (proposal == null) return new NotFound("该提案不存在，或您无权查看。");
        if (request?.Version is { } v && v != proposal.Version) return new Conflict("该提案已被他人处理，请刷新后查看最新状态。");
        var note = request?.Note?.Trim();
        if (note?.Length > 1000) return new Invalid("说明：不超过 1,000 字。");
        var signers = await db.Set<ProposalSigner>().Where(s => s.ProposalId == id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        // What the step needs beyond the table.
        switch (action)
        {
            case "assign" or "reassign" or "sign" or "request_return" or "reply" or "evaluate":
                return new Invalid($"“{action}”需要交办、办理或评价的内容，请通过相应的表单提交。");
            case "reject_reply" or "reject_return" when string.IsNullOrWhiteSpace(note):
                return new Invalid("请写明理由。");
            case "rehandle" when await OwnerResultAsync(proposal, ct) != Satisfaction.NotSatisfied:
                return new Conflict("提案人对答复满意或基本满意，无需再办理。");
            case "close" when proposal.State == ProposalState.Tracking && string.IsNullOrWhiteSpace(note):
                return new Invalid("跟踪办结：请写明跟踪办理的结果。");
            case "submit" or "invite" when proposal.Suggestions.Length < 10 || proposal.Situation.Length < 10:
                return new Invalid("请先写完提案：情况和建议各不少于 10 个字。");
            case "submit" when proposal.ProposerType == ProposerType.Joint && proposal.State == ProposalState.Draft:
                return new Conflict("联名提案请先“征集联名”，联名人确认后再提交。");
            case "submit" when proposal.State == ProposalState.Cosigning && signers.Any(CosignFlow.IsAwaited) && proposal.DueAt > now:
                return new Conflict($"还有联名人未确认；请等他们确认，或在 {Web.Shanghai.Format(proposal.DueAt!.Value)} 征集期满后提交。");
            case "invite" when proposal.ProposerType != ProposerType.Joint:
                return new Conflict("只有联名提案需要征集联名。");
            case "return" when string.IsNullOrWhiteSpace(note):
                return new Invalid("退回修改：请写明需要修改的地方。");
            case "not_file" when !(await NotFiledReasons.OfCommitteeAsync(db, ct)).Any(r => r.Code == request?.Reason):
                return new Invalid("不立案：请从本会的不立案理由中选择一项。");
            case "merge":
                if (await MergeProblemAsync(proposal, request?.HostId, ct) is { } problem) return new Invalid(problem);
                break;
            case "convert" when request?.ConvertTo is not { } target || !ConversionTargets.ContainsKey(target):
                return new Invalid("转交：请选择转意见建议或转社情民意。");
        }

        var from = proposal.State;
        var applied = await engine.ApplyAsync(ProposalFlow.Flow, proposal, action, note, ct);
        if (!applied.Ok) return applied.Error!;

        string? tell = null;
        switch (action)
        {
            case "reject_return":
                foreach (var a in await db.Set<Assignment>().Where(a => a.ProposalId == id && a.Status == AssignmentStatus.ReturnRequested).ToListAsync(ct))
                    a.Status = a.SignedAt == null ? AssignmentStatus.Assigned : AssignmentStatus.Signed;
                proposal.DueAt = await AssignmentQueue.ReplyDueAsync(db, id, ct);
                break;
            case "pass_reply":
                foreach (var r in await db.Set<Reply>().Where(r => r.ProposalId == id && r.Review == ReplyCheck.Pending).ToListAsync(ct))
                    r.Review = ReplyCheck.Passed;
                tell = $"您的提案《{proposal.Title}》已收到承办单位答复，请在 15 个工作日内评价。";
                break;
            case "reject_reply":
                foreach (var r in await db.Set<Reply>().Where(r => r.ProposalId == id && r.Review == ReplyCheck.Pending).ToListAsync(ct))
                    (r.Review, r.ReviewNote) = (ReplyCheck.Rejected, note);
                proposal.DueAt = await AssignmentQueue.ReplyDueAsync(db, id, ct);
                break;
            case "rehandle":
                tell = $"您的提案《{proposal.Title}》已交承办单位再办理。";
                break;
            case "close":
                if (from == ProposalState.Tracking) proposal.TrackingResult = note;
                proposal.ClosedAt = now;
                tell = $"您的提案《{proposal.Title}》已办结。";
                break;
            case "invite":
                await notices.AskCosignersAsync(proposal, signers.Where(s => s.Role == SignerRole.CoSigner).Select(s => s.MembershipId).ToList(), ct);
                break;
            case "submit":
                await SubmittedAsync(proposal, signers, now, ct);
                break;
            case "return":
                proposal.ReviewNote = note;
                tell = $"您的提案《{proposal.Title}》被退回修改：{note}";
                break;
            case "file":
                (proposal.CaseNo, proposal.DecidedAt, proposal.ReviewNote) = (await NextAsync(p => p.CaseNo, proposal.Year, ct), now, note);
                tell = $"您的提案《{proposal.Title}》已立案，案号第 {proposal.CaseNo} 号。";
                break;
            case "not_file":
                (proposal.NotFiledReason, proposal.DecidedAt, proposal.ReviewNote) = (request!.Reason, now, note);
                tell = $"您的提案《{proposal.Title}》不予立案，理由：{NotFiledReasons.Label(request.Reason)}。{note}";
                break;
            case "merge":
                (proposal.MergedIntoId, proposal.DecidedAt, proposal.ReviewNote) = (request!.HostId, now, note);
                var host = await db.Set<Proposal>().Where(p => p.Id == request.HostId).Select(p => p.Title).SingleAsync(ct);
                tell = $"您的提案《{proposal.Title}》与《{host}》并案办理；您仍是提案人，办理和答复都会告知您。";
                break;
            case "convert":
                (proposal.ConvertedTo, proposal.DecidedAt, proposal.ReviewNote) = (request!.ConvertTo, now, note);
                tell = $"您的提案《{proposal.Title}》经您同意，{ConversionTargets[request.ConvertTo!]}。";
                if (request.ConvertTo == "OPINION")
                {
                    var serialNo = await opinions.TakeAsync(db, Converted(proposal, signers), now, ct);
                    tell += $"信息工作人员将审核采用（流水号 {serialNo}）。";
                }
                break;
        }
        await AssignmentQueue.Sync(db, proposal, ct);
        if (tell != null && action is "pass_reply" or "rehandle" or "close") await notices.TellMergedAsync(proposal, tell, ct);
        var phase = action is "return" or "file" or "not_file" or "merge" or "convert" ? "提案审查" : "提案办理";
        if (tell != null) await notices.TellProposersAsync(proposal, $"{phase}：{ProposalFlow.Flow.LabelOf(proposal.State)}", tell, ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal;
    }

    static Contracts.ConvertedProposal Converted(Proposal p, IEnumerable<ProposalSigner> signers) => new(p.Id, p.Title,
        string.Join("\n", new[] { p.Situation, p.Analysis, p.Suggestions }.Where(t => !string.IsNullOrWhiteSpace(t))),
        p.OwnerUserId, p.CollectiveOrg, p.Category.ToString(),
        signers.Where(CosignFlow.IsOnTheProposal).OrderBy(s => s.Role).Select(s => s.MembershipId).ToList());

    /// <summary>
    /// The co-signing window closed: the platform submits for the first proposer, with the co-signers who confirmed
    /// (the deadline job; the table still decides that the step exists).
    /// </summary>
    public async Task<Result<Proposal>> SubmitForOwnerAsync(Guid id, CancellationToken ct = default)
    {
        var proposal = await db.Set<Proposal>().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal == null) return new NotFound();
        var signers = await db.Set<ProposalSigner>().Where(s => s.ProposalId == id).ToListAsync(ct);
        var applied = await engine.ApplyAsync(ProposalFlow.Flow, proposal, "submit", "联名征集期满，自动提交", ct, onBehalfOf: "系统");
        if (!applied.Ok) return applied.Error!;
        await SubmittedAsync(proposal, signers, clock.GetUtcNow().UtcDateTime, ct);
        await notices.TellOwnerAsync(proposal, "提案已提交", $"《{proposal.Title}》联名征集期满，已与确认联名的委员一同提交。", ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal;
    }

    /// <summary>Co-signers who did not answer in time are not on it (with none left it is the first proposer's alone); it gets its number and timing.</summary>
    async Task SubmittedAsync(Proposal proposal, List<ProposalSigner> signers, DateTime now, CancellationToken ct)
    {
        db.RemoveRange(signers.Where(s => s.Role == SignerRole.CoSigner && !CosignFlow.IsOnTheProposal(s)));
        if (proposal.ProposerType == ProposerType.Joint && !signers.Any(s => s.Role == SignerRole.CoSigner && CosignFlow.IsOnTheProposal(s)))
            proposal.ProposerType = ProposerType.Individual;
        proposal.SubmittedAt ??= now;
        proposal.SerialNo ??= await NextAsync(p => p.SerialNo, proposal.Year, ct);
        proposal.Timing ??= await TimingAsync(now, ct);
        // A draft adopted from a clue: the clue is now a proposal.
        if (await db.Set<ProposalClue>().FirstOrDefaultAsync(c => c.ProposalId == proposal.Id && c.State == ClueState.InDrafting, ct) is { } clue)
            await engine.ApplyAsync(ClueFlow.Flow, clue, "convert", $"提案《{proposal.Title}》已提交", ct, onBehalfOf: "系统");
    }

    async Task<Satisfaction?> OwnerResultAsync(Proposal proposal, CancellationToken ct) =>
        await db.Set<Evaluation>().Where(e => e.ProposalId == proposal.Id && e.UserId == proposal.OwnerUserId)
            .OrderByDescending(e => e.Round).Select(e => (Satisfaction?)e.Result).FirstOrDefaultAsync(ct);


    /// <summary>A host takes merged proposals while it is under review or filed, in the same year, and is not itself merged.</summary>
    async Task<string?> MergeProblemAsync(Proposal proposal, Guid? hostId, CancellationToken ct)
    {
        if (hostId is not { } h) return "并案：请选择主办提案。";
        if (h == proposal.Id) return "并案：不能并入本提案自己。";
        var host = await db.Set<Proposal>().Where(p => p.Id == h).Select(p => new { p.State, p.Year }).SingleOrDefaultAsync(ct);
        if (host == null) return "并案：主办提案不存在，或不属于本政协。";
        if (host.State is not (ProposalState.UnderReview or ProposalState.Filed or ProposalState.Assigning or ProposalState.Handling))
            return "并案：只能并入审查中或已立案、尚未答复的提案。";
        return host.Year != proposal.Year ? "并案：只能并入同一年度的提案。" : null;
    }

    async Task<int> NextAsync(System.Linq.Expressions.Expression<Func<Proposal, int?>> number, int year, CancellationToken ct) =>
        (await db.Set<Proposal>().Where(p => p.Year == year).MaxAsync(number, ct) ?? 0) + 1;

    /// <summary>大会提案 when a plenary begins within three months and has not ended yet; otherwise 平时提案.</summary>
    async Task<ProposalTiming> TimingAsync(DateTime now, CancellationToken ct) =>
        await db.Set<Activity>().AnyAsync(a => a.Type == ActivityType.Plenary && a.State != ActivityState.Cancelled && a.State != ActivityState.Draft
            && a.StartsAt <= now.AddMonths(3) && a.EndsAt >= now, ct) ? ProposalTiming.Session : ProposalTiming.Intersession;
}
