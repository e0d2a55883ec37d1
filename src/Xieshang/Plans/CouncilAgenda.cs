using Xieshang.Platform.Documents;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Plans;

/// <summary>
/// The monthly chairs' council's agenda on the work list (月推进), as Word: each open task of the year with its lead
/// leader, unit, deadline and the month's progress (or that none was entered), then the overdue tasks and those due
/// next month — generated from the list, nothing typed twice.
/// </summary>
public sealed class CouncilAgenda(RequestContext ctx, ListWorkItems list)
{
    public async Task<(byte[] Content, string Name)?> DocxAsync(int year, int month, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12) return null;
        var view = await list.YearAsync(year, ct);
        var key = $"{year}-{month:00}";
        var next = new DateOnly(year, month, 1).AddMonths(1);
        var open = view.Items.Where(i => i.Workflow.State == "OPEN").ToList();
        var doc = new OfficialDocument().Title($"{ctx.CommitteeName}主席会议")
            .Centered($"{year}年{month}月工作清单推进情况").Heading1("一、本月推进情况");
        var n = 0;
        foreach (var i in open)
        {
            doc.Heading2($"（{++n}）{i.Title}");
            doc.Text($"牵头领导：{i.LeadLeader}；责任单位：{i.ResponsibleUnit}；完成时限：{i.Deadline:yyyy年M月d日}{(i.Overdue ? "（已逾期）" : "")}。");
            doc.Text(i.Progress.FirstOrDefault(p => p.Month == key) is { } p ? $"本月进展：{p.Text}" : "本月进展：未报送。");
        }
        if (open.Count == 0) doc.Text("本年度清单事项均已完成。");
        doc.Heading1("二、逾期未完成事项");
        var overdue = open.Where(i => i.Overdue).ToList();
        doc.Text(overdue.Count == 0 ? "无。" : string.Join("；", overdue.Select(i => $"{i.Title}（{i.LeadLeader}，时限 {i.Deadline:M月d日}）")) + "。");
        doc.Heading1("三、下月到期事项");
        var due = open.Where(i => i.Deadline >= next && i.Deadline < next.AddMonths(1)).ToList();
        doc.Text(due.Count == 0 ? "无。" : string.Join("；", due.Select(i => $"{i.Title}（{i.LeadLeader}，时限 {i.Deadline:M月d日}）")) + "。");
        return (doc.ToBytes(), $"{year}年{month}月主席会议工作清单推进情况.docx");
    }
}
