using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

/// <summary>
/// A proposal as written: the four parts, a category, and who proposes — the caller alone, with co-signers (member
/// numbers), or for an organisation.
/// </summary>
public sealed record ProposalInput(string? Title, string? Situation = null, string? Analysis = null, string? Suggestions = null,
    string? Category = null, string? ProposerType = null, string? CollectiveOrg = null, string? CollectiveContact = null,
    string? CosignerNos = null, bool ConsentToConvert = false, int? Version = null);

/// <summary>Writes a draft of the caller's, or changes one while it may still change (暂存, 联名征集中, 已退回).</summary>
public sealed class SaveProposal(XieshangDb db, RequestContext ctx, TimeProvider clock, ProposalNotices notices)
{
    public const int MaxCosigners = 30;
    static readonly Regex Markup = new(@"<\s*/?\s*[a-zA-Z!]", RegexOptions.Compiled);

    public async Task<Result<Guid>> HandleAsync(Guid? id, ProposalInput input, CancellationToken ct = default)
    {
        if (ctx.UserId is not { } user) return new Unauthorized("请先登录。");
        var proposal = id is { } existing ? await db.Set<Proposal>().SingleOrDefaultAsync(p => p.Id == existing, ct) : null;
        if (id != null && (proposal == null || proposal.OwnerUserId != user)) return new NotFound("该提案不存在，或不是您的提案。");
        if (proposal != null && !ProposalFlow.IsEditable(proposal.State))
            return new Conflict($"提案“{ProposalFlow.Flow.LabelOf(proposal.State)}”，不能再修改。");
        if (proposal != null && input.Version is { } v && v != proposal.Version) return new Conflict("该提案已在别处修改，请刷新后再改。");

        var title = input.Title?.Trim() ?? "";
        if (title.Length is < 4 or > 100) return new Invalid("案由：4 至 100 个字，一事一案。");
        var (situation, analysis, suggestions) = (input.Situation?.Trim() ?? "", input.Analysis?.Trim() ?? "", input.Suggestions?.Trim() ?? "");
        foreach (var (label, text) in new[] { ("情况", situation), ("分析", analysis), ("建议", suggestions) })
            if (text.Length > 5000) return new Invalid($"{label}：不超过 5,000 字。");
        foreach (var text in new[] { title, situation, analysis, suggestions })
            if (Markup.IsMatch(text)) return new Invalid("提案内容里不能有网页代码（如 <script>），请只写文字。");
        var category = input.Category is null or "" ? ProposalCategory.Other
            : Codes.Parse<ProposalCategory>(input.Category) is { } c ? c : (ProposalCategory?)null;
        if (category == null) return new Invalid("类别：请选择经济建设、政治建设、文化建设、社会建设、生态文明或其他。");
        var type = input.ProposerType is null or "" ? Proposals.ProposerType.Individual : Codes.Parse<ProposerType>(input.ProposerType) ?? (ProposerType?)null;
        if (type == null) return new Invalid("提案方式：请选择个人提案、联名提案或集体提案。");

        // Who proposes: a seat for individual and joint proposals; an organisation's name and responsible person for a collective one.
        var seat = await CurrentSeat.FindAsync(db, ctx, ct);
        string? org = null, contact = null;
        if (type == Proposals.ProposerType.Collective)
        {
            (org, contact) = (input.CollectiveOrg?.Trim(), input.CollectiveContact?.Trim());
            if (org is not { Length: >= 2 and <= 100 }) return new Invalid("提案单位：集体提案请写明提案单位（党派、专委会、界别小组等）。");
            if (contact is not { Length: >= 2 and <= 50 }) return new Invalid("负责人：集体提案请写明单位负责人。");
        }
        else if ((proposal?.FirstProposerId ?? seat) is null)
            return new Forbidden("您在本政协没有在任委员席位，只能录入集体提案。");

        var wanted = (input.CosignerNos ?? "").Split([',', '，', ' ', '、', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (type != Proposals.ProposerType.Joint && wanted.Count > 0) return new Invalid("联名人：只有联名提案才邀请联名人。");
        if (type == Proposals.ProposerType.Joint && wanted.Count == 0) return new Invalid("联名人：联名提案请填写至少一位联名委员的委员证号。");
        if (wanted.Count > MaxCosigners) return new Invalid($"联名人：最多 {MaxCosigners} 位。");
        // Member numbers are looked up in this committee only: a member of another committee is not found.
        var found = await db.Set<Membership>().Where(m => wanted.Contains(m.MemberNo) && m.Status == MembershipStatus.Active)
            .Select(m => new { m.Id, m.MemberNo }).ToListAsync(ct);
        if (wanted.Except(found.Select(f => f.MemberNo)).ToList() is { Count: > 0 } missing)
            return new Invalid($"联名人：本政协没有这些在任委员证号：{string.Join("、", missing)}。");
        var first = proposal?.FirstProposerId ?? (type == Proposals.ProposerType.Collective ? null : seat);
        if (first != null && found.Any(f => f.Id == first)) return new Invalid("联名人：不必填写第一提案人本人。");

        var now = clock.GetUtcNow().UtcDateTime;
        if (proposal == null)
        {
            proposal = new Proposal { Title = title, OwnerUserId = user, CreatedAt = now, Year = Web.Shanghai.ToLocal(now).Year };
            db.Add(proposal);
        }
        (proposal.Title, proposal.Situation, proposal.Analysis, proposal.Suggestions, proposal.Category, proposal.ProposerType) =
            (title, situation, analysis, suggestions, category.Value, type.Value);
        (proposal.CollectiveOrg, proposal.CollectiveContact, proposal.FirstProposerId, proposal.ConsentToConvert) = (org, contact, first, input.ConsentToConvert);

        // The signers: the first proposer, and the co-signers named now (those kept keep their answer).
        var signers = id == null ? [] : await db.Set<ProposalSigner>().Where(s => s.ProposalId == proposal.Id).ToListAsync(ct);
        var keep = found.Select(f => f.Id).Append(first ?? Guid.Empty).ToHashSet();
        db.RemoveRange(signers.Where(s => !keep.Contains(s.MembershipId)));
        if (first is { } f1 && !signers.Any(s => s.MembershipId == f1))
            db.Add(new ProposalSigner { ProposalId = proposal.Id, MembershipId = f1, Role = SignerRole.First, State = CosignFlow.Author, RespondedAt = now });
        var added = found.Where(m => !signers.Any(s => s.MembershipId == m.Id)).Select(m => m.Id).ToList();
        foreach (var m in added)
            db.Add(new ProposalSigner { ProposalId = proposal.Id, MembershipId = m, Role = SignerRole.CoSigner, State = CosignFlow.Flow.InitialState });
        // While co-signing is open, those added later are asked at once.
        if (proposal.State == ProposalState.Cosigning && added.Count > 0)
            await notices.AskCosignersAsync(proposal, added, ct);

        db.Audit(id == null ? "proposal.create" : "proposal.change", id == null ? "撰写提案" : "修改提案", proposal, title);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal.Id;
    }
}
