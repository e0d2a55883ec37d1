using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using Xieshang.Platform;

namespace Xieshang.Web.Layout;

/// <summary>
/// The menu as one piece of encoded markup, shown twice by the layout (side bar and phone menu). As Blazor elements its
/// few hundred frames cost every staff page more than its own table (like the directory's options, see <see cref="OptionsHtml"/>).
/// </summary>
public static class NavHtml
{
    public static MarkupString Of(IEnumerable<IGrouping<string, MenuItem>> groups, string current)
    {
        var sb = new StringBuilder(4096);
        foreach (var group in groups)
        {
            sb.Append("<div class=\"nav-group\"><h2 class=\"nav-group-title\">").Append(WebUtility.HtmlEncode(group.Key)).Append("</h2><ul>");
            foreach (var item in group)
            {
                var href = item.Href.TrimStart('/');
                var active = href == current || (href.Length > 0 && current.StartsWith(href + "/", StringComparison.Ordinal));
                sb.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(item.Href)).Append('"');
                if (active) sb.Append(" aria-current=\"page\"");
                sb.Append('>').Append(WebUtility.HtmlEncode(item.Label)).Append("</a></li>");
            }
            sb.Append("</ul></div>");
        }
        return new MarkupString(sb.ToString());
    }
}
