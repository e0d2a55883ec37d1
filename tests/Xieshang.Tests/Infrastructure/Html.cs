using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Xieshang.Tests.Infrastructure;

public static class Html
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url) =>
        Parse(await client.GetStringAsync(url));
}
