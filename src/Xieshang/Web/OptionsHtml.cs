using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Xieshang.Web;

/// <summary>
/// The &lt;option&gt;s of a long drop-down as one piece of markup. A directory's filters list about seventy choices;
/// as Blazor elements they cost the page as much as its database work (measured: the member directory went from 0.40
/// to 0.51 of the ceiling without them), as one encoded string almost nothing.
/// </summary>
public static class OptionsHtml
{
    public static MarkupString Of(IEnumerable<(string Value, string Label)> options, string? selected, string? emptyLabel = "全部")
    {
        var sb = new StringBuilder(1024);
        if (emptyLabel != null) sb.Append("<option value=\"\">").Append(WebUtility.HtmlEncode(emptyLabel)).Append("</option>");
        foreach (var (value, label) in options)
        {
            sb.Append("<option value=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
            if (value == selected) sb.Append(" selected");
            sb.Append('>').Append(WebUtility.HtmlEncode(label)).Append("</option>");
        }
        return new MarkupString(sb.ToString());
    }
}
