using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Xieshang.Plans.Pages;

/// <summary>
/// The work list's rows as one piece of encoded markup: a year's list is eighty tasks and more, and as Blazor elements
/// its frames cost the page four times the ceiling endpoint (the technique of the layout's menu, <see cref="Web.Layout.NavHtml"/>).
/// </summary>
public static class WorkListRows
{
    public static MarkupString Of(IEnumerable<WorkItemRow> items)
    {
        var sb = new StringBuilder(16384);
        foreach (var i in items)
        {
            sb.Append(i.Overdue ? "<tr class=\"overdue\">" : "<tr>");
            sb.Append("<th scope=\"row\"><a href=\"/plans/worklist/").Append(i.Id).Append("\">").Append(E(i.Title)).Append("</a>");
            if (i.TopicId != null) sb.Append("（协商议题）");
            sb.Append("</th><td class=\"nowrap\">").Append(E(i.LeadLeader)).Append("</td><td>").Append(E(i.ResponsibleUnit))
                .Append("</td><td class=\"nowrap\">").Append(i.Deadline.ToString("yyyy-MM-dd")).Append(i.Overdue ? "（逾期）" : "")
                .Append("</td><td class=\"nowrap\">").Append(E(i.Workflow.StateLabel)).Append("</td><td>");
            sb.Append(i.Progress.FirstOrDefault() is { } p ? E($"{p.Month}：{(p.Text.Length <= 40 ? p.Text : p.Text[..40] + "…")}") : "—");
            sb.Append("</td></tr>");
        }
        return new MarkupString(sb.ToString());
    }

    static string E(string text) => WebUtility.HtmlEncode(text);
}
