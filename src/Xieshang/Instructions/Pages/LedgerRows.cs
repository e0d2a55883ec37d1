using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Xieshang.Instructions.Pages;

/// <summary>The ledger's rows as one piece of encoded markup (a city's year runs to hundreds; see <see cref="Web.Layout.NavHtml"/>).</summary>
public static class LedgerRows
{
    public static MarkupString Of(IEnumerable<InstructionRow> rows)
    {
        var sb = new StringBuilder(16384);
        foreach (var r in rows)
        {
            sb.Append(r.Overdue ? "<tr class=\"overdue\">" : "<tr>");
            sb.Append("<th scope=\"row\"><a href=\"/instructions/").Append(r.Id).Append("\">").Append(E(r.LeaderName)).Append("</a>")
                .Append(r.LeaderTitle.Length > 0 ? E($"（{r.LeaderTitle}）") : "").Append("</th>");
            sb.Append("<td class=\"nowrap\">").Append(E(r.LevelLabel)).Append("</td><td class=\"nowrap\">").Append(r.InstructedOn.ToString("yyyy-MM-dd")).Append("</td>");
            sb.Append("<td>").Append(E(r.TargetLabel)).Append("：");
            if (r.TargetLink.Length > 0) sb.Append("<a href=\"").Append(E(r.TargetLink)).Append("\">").Append(E(r.TargetTitle)).Append("</a>");
            else sb.Append(E(r.TargetTitle));
            sb.Append("</td><td>").Append(E(r.Department ?? "未指定")).Append("</td><td class=\"nowrap\">").Append(r.FeedbackDue?.ToString("yyyy-MM-dd") ?? "—")
                .Append("</td><td class=\"nowrap\">").Append(E(r.Workflow.StateLabel)).Append(r.Overdue ? "（反馈已逾期）" : "").Append("</td></tr>");
        }
        return new MarkupString(sb.ToString());
    }

    static string E(string text) => WebUtility.HtmlEncode(text);
}
