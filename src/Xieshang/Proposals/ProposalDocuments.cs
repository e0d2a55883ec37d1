using Xieshang.Platform.Documents;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

/// <summary>
/// The proposal's papers: the proposal form (提案表) and the unit's reply letter (答复函) as Word documents in the
/// official layout, and the lists as .xlsx with Chinese headers.
/// </summary>
public sealed class ProposalDocuments(GetProposal get, ListProposals list, Clues clues, ListOverdue overdue, RequestContext ctx)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = Spreadsheet.ContentType;

    static string Proposers(ProposalView p) => p.CollectiveOrg is { } org ? $"{org}（负责人：{p.CollectiveContact}）"
        : string.Join("、", p.Signers.Where(s => s.State == "CONFIRMED" || s.Role == "FIRST").Select(s => s.Role == "FIRST" ? $"{s.Name}（第一提案人）" : s.Name));

    public async Task<(byte[] Content, string Name)?> FormAsync(Guid id, CancellationToken ct = default)
    {
        if (await get.HandleAsync(id, ct) is not { } p) return null;
        var doc = new OfficialDocument().Title($"{ctx.CommitteeName}提案")
            .Centered(p.CaseNo is { } c ? $"{p.Year}年第 {c} 号" : p.SerialNo is { } s ? $"{p.Year}年（流水号 {s}）" : $"{p.Year}年（暂存）")
            .Form([
                ("案由", p.Title), ("提案人", Proposers(p)), ("提案方式", p.ProposerTypeLabel), ("类别", p.CategoryLabel), ("性质", p.TimingLabel ?? "—"),
                ("提交时间", p.SubmittedAt is { } at ? Web.Shanghai.Prose(DateOnly.FromDateTime(Web.Shanghai.ToLocal(at))) : "未提交"),
                ("审查结果", p.CaseNo != null ? "立案" : p.Workflow.StateLabel),
            ])
            .Heading1("一、情况").Text(p.Situation.Length > 0 ? p.Situation : "（未填写）")
            .Heading1("二、分析").Text(p.Analysis.Length > 0 ? p.Analysis : "（未填写）")
            .Heading1("三、建议").Text(p.Suggestions.Length > 0 ? p.Suggestions : "（未填写）");
        return (doc.ToBytes(), $"提案-{p.Year}-{p.CaseNo ?? p.SerialNo}.docx");
    }

    public async Task<(byte[] Content, string Name)?> ReplyLetterAsync(Guid id, Guid replyId, CancellationToken ct = default)
    {
        if (await get.HandleAsync(id, ct) is not { } p || p.Replies.SingleOrDefault(r => r.Id == replyId) is not { } r) return null;
        var to = p.CollectiveOrg ?? p.Signers.FirstOrDefault(s => s.Role == "FIRST")?.Name + "委员";
        var doc = new OfficialDocument().Title($"关于{ctx.CommitteeName}{p.Year}年第 {p.CaseNo} 号提案的答复")
            .Right($"（{r.ClassLabel}）")
            .Text($"{to}：", indent: false)
            .Text($"您提出的《{p.Title}》收悉，现答复如下：")
            .Text(r.Text)
            .Text("感谢您对我们工作的关心和支持。")
            .Right(r.Unit)
            .Right(Web.Shanghai.Prose(DateOnly.FromDateTime(Web.Shanghai.ToLocal(r.RepliedAt))))
            .Text($"签发人：{r.SignedBy}", indent: false);
        return (doc.ToBytes(), $"提案答复-{p.Year}-{p.CaseNo}-{r.Unit}.docx");
    }

    public async Task<(byte[] Content, string Name)> ListAsync(ProposalQuery q, CancellationToken ct = default)
    {
        var rows = await list.HandleAsync(q with { Page = 1, PageSize = 200 }, ct, fresh: true);
        var all = rows.Rows.ToList();
        for (var page = 2; all.Count < rows.Total; page++) all.AddRange((await list.HandleAsync(q with { Page = page, PageSize = 200 }, ct, fresh: true)).Rows);
        return await SheetAsync(all.Select(r => new Dictionary<string, object?>
        {
            ["年度"] = r.Year, ["流水号"] = r.SerialNo, ["案号"] = r.CaseNo, ["案由"] = r.Title, ["提案人"] = r.Proposer, ["提案方式"] = r.ProposerTypeLabel,
            ["类别"] = r.CategoryLabel, ["状态"] = r.StateLabel, ["重点提案"] = r.IsKey ? "是" : "", ["优秀提案"] = r.IsExcellent ? "是" : "",
            ["提交时间"] = r.SubmittedAt is { } s ? Web.Shanghai.Format(s) : "", ["时限"] = r.DueAt is { } d ? Web.Shanghai.Format(d, withTime: false) : "",
        }), "提案", $"提案-{q.Year}.xlsx", ct);
    }

    public async Task<(byte[] Content, string Name)> CluesAsync(ClueQuery q, CancellationToken ct = default)
    {
        var rows = await clues.ListAsync(q with { Page = 1, PageSize = 200 }, ct);
        var all = rows.Rows.ToList();
        for (var page = 2; all.Count < rows.Total; page++) all.AddRange((await clues.ListAsync(q with { Page = page, PageSize = 200 }, ct)).Rows);
        return await SheetAsync(all.Select(r => new Dictionary<string, object?>
        {
            ["年度"] = r.Year, ["标题"] = r.Title, ["来源"] = r.SourceLabel, ["提供者"] = r.Submitter, ["状态"] = r.StateLabel, ["上报"] = r.ReferredTo ?? "",
            ["提交时间"] = r.SubmittedAt is { } s ? Web.Shanghai.Format(s) : "",
        }), "提案线索", $"提案线索-{q.Year}.xlsx", ct);
    }

    public async Task<(byte[] Content, string Name)> OverdueAsync(CancellationToken ct = default) =>
        await SheetAsync((await overdue.HandleAsync(ct)).Select(r => new Dictionary<string, object?>
        {
            ["年度"] = r.Year, ["案号"] = r.CaseNo, ["案由"] = r.Title, ["承办单位"] = r.Unit, ["逾期事项"] = r.Kind,
            ["期限"] = Web.Shanghai.Format(r.DueAt, withTime: false), ["逾期天数"] = r.DaysOverdue,
        }), "逾期清单", "提案逾期清单.xlsx", ct);

    static async Task<(byte[], string)> SheetAsync(IEnumerable<Dictionary<string, object?>> rows, string sheet, string name, CancellationToken ct) =>
        (await Spreadsheet.ToXlsxAsync(rows, sheet, ct), name);
}
