using System.Net;
using System.Text.RegularExpressions;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class StaticAssetTests(TestApp app)
{
    [Fact]
    public async Task Stylesheet_LinkedFromThePage_IsServedToAnonymousVisitors()
    {
        var client = app.Anonymous();
        var html = await client.GetStringAsync("/account/login");
        var href = Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.Matches(@"^css/site\.[a-z0-9]+\.css$", href);
        var response = await client.GetAsync("/" + href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("--brand: #b4251d", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stylesheet_AskedForCompressed_IsServedCompressed()
    {
        var client = app.Anonymous();
        var html = await client.GetStringAsync("/account/login");
        var href = Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Get, "/" + href);
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(response.Content.Headers.ContentEncoding);
    }
}
