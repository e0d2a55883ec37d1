using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

/// <param name="On">The day it was adopted, sent or given.</param>
/// <param name="SentTo">Who it went to (send), e.g. 区委、区政府.</param>
public sealed record ResultStep(string? Note = null, int? Version = null, DateOnly? On = null, string? SentTo = null);

/// <summary>
/// A result along <see cref="ResultFlow"/>; and 成果转化 — passing it on as a collective proposal or an information item
/// of its lead committee, written through those modules' own use cases, the result keeping the link, in one transaction.
/// </summary>
public sealed class ResultActions(XieshangDb db, WorkflowEngine engine, TimeProvider clock, Proposals.SaveProposal proposals, Opinions.SaveOpinion opinions)
{
    public async Task<Result<Guid>> HandleAsync(Guid id, string action, ResultStep step, CancellationToken ct = default)
    {
        var result = await db.Set<PlanResult>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (result == null) return new NotFound("该成果不存在。");
        if (step.Version is { } v && v != result.Version) return new Conflict("该成果已被他人处理，请刷新后查看。");
        if (step.On is not { } on || on > Web.Shanghai.Today(clock)) return new Invalid("日期：请填写，且不能晚于今天。");
        var sentTo = step.SentTo?.Trim();
        if (action == "send" && sentTo is not { Length: >= 2 and <= 100 }) return new Invalid("报送对象：请填写（如“区委、区政府”），不超过 100 字。");
        var applied = await engine.ApplyAsync(ResultFlow.Flow, result, action, step.Note?.Trim(), ct);
        if (!applied.Ok) return applied.Error!;
        switch (action)
        {
            case "adopt": result.AdoptedOn = on; break;
            case "send": (result.SentTo, result.SentOn) = (sentTo, on); break;
            case "deliver": result.SentOn = on; break;
        }
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : result.Id;
    }

    /// <param name="to">PROPOSAL or OPINION.</param>
    public async Task<Result<Guid>> ConvertAsync(Guid id, string? to, CancellationToken ct = default)
    {
        var result = await db.Set<PlanResult>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (result == null) return new NotFound("该成果不存在。");
        if (result.State == ResultState.Draft) return new Conflict("成果通过或报送后才能转化。");
        var org = await (from t in db.Set<ConsultationTopic>()
                         where t.Id == result.TopicId
                         join c in db.Set<Organization.SpecialCommittee>() on t.LeadCommitteeId equals c.Id
                         select c.Name).SingleOrDefaultAsync(ct) ?? "区政协办公室";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Result<Guid> made;
        switch (to)
        {
            case "PROPOSAL" when result.ProposalId != null:
            case "OPINION" when result.OpinionItemId != null:
                return new Conflict("该成果已经转化过。");
            case "PROPOSAL":
                made = await proposals.HandleAsync(null, new Proposals.ProposalInput(result.Title, Situation: Cut(result.Body, 5000), ProposerType: "COLLECTIVE",
                    CollectiveOrg: org, CollectiveContact: result.Author ?? org), ct);
                if (made.Ok) result.ProposalId = made.Value;
                break;
            case "OPINION":
                made = await opinions.HandleAsync(null, new Opinions.OpinionInput(result.Title, Cut(result.Body, Opinions.OpinionItem.MaxBody), Source: "COMMITTEE",
                    OrgName: org), ct);
                if (made.Ok) result.OpinionItemId = made.Value;
                break;
            default:
                return new Invalid("转化为：请选择提案（PROPOSAL）或社情民意信息（OPINION）。");
        }
        if (!made.Ok) return made.Error!;
        db.Audit("result.convert", to == "PROPOSAL" ? "成果转化为提案" : "成果转化为社情民意信息", result, result.Title);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await tx.CommitAsync(ct);
        return made.Value;
    }

    // The text goes on as far as the other form holds it; the writer finishes it there before submitting.
    static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 12)] + "……（全文见协商成果）";
}
