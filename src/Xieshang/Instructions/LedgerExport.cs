using Xieshang.Platform.Documents;
using Xieshang.Platform.Results;

namespace Xieshang.Instructions;

/// <summary>批示件台账 as an .xlsx sheet, filtered as on the page: the office sends it to the chairs and the departments.</summary>
public sealed class LedgerExport(Instructions ledger)
{
    public async Task<Result<(byte[] Content, string Name)>> HandleAsync(LedgerQuery query, CancellationToken ct = default)
    {
        var rows = await ledger.FilterAsync(query, ct);
        if (!rows.Ok) return rows.Error!;
        var state = Instructions.StateFilters.FirstOrDefault(s => s.Code == query.State).Label;
        var content = await Spreadsheet.ToXlsxAsync(rows.Value!.Select(r => new Dictionary<string, object?>
        {
            ["批示领导"] = r.LeaderName, ["职务"] = r.LeaderTitle, ["层级"] = r.LevelLabel, ["批示日期"] = r.InstructedOn.ToString("yyyy-MM-dd"),
            ["批示对象"] = r.TargetLabel, ["标题"] = r.TargetTitle, ["批示内容"] = r.Text, ["承办部门"] = r.Department ?? "未指定",
            ["反馈期限"] = r.FeedbackDue?.ToString("yyyy-MM-dd"), ["状态"] = r.Overdue ? $"{r.Workflow.StateLabel}（逾期）" : r.Workflow.StateLabel,
            ["反馈情况"] = r.Feedback, ["反馈时间"] = r.FeedbackAt is { } at ? Web.Shanghai.Format(at) : null,
        }), "批示件台账", ct);
        return (content, $"批示件台账-{query.Year}{(state == null ? "" : "-" + state)}.xlsx");
    }
}
