using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>Whatever is typed into the address bar, no page answers 500.</summary>
public sealed class BadQueryTests(TestApp app)
{
    [Fact]
    public async Task EveryPage_WithJunkInTheQueryString_AnswersWithoutAServerError()
    {
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() != null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct()
            .Where(p => p != "/error") // the error page answers 500 on purpose when visited directly
            .ToList();
        Assert.Contains("/admin/audit", pages);
        var client = await app.PagesAs("admin");
        const string junk = "?page=abc&days=%E4%B8%80&year=-1&role=Nope&q=%27%22%3C%3E&required=x&sector=abc&standing=maybe&workGroup=%00";
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page + junk);
            if ((int)response.StatusCode >= 500) failures.Add($"{page}: {(int)response.StatusCode}");
        }
        Assert.Empty(failures);
    }
}

public sealed class BadFormTests(TestApp app)
{
    [Theory]
    [InlineData("/admin/holidays", "holiday", "Input.Date", "不是日期")]
    [InlineData("/admin/holidays", "holiday", "Input.Kind", "Bogus")]
    [InlineData("/admin/roles", "grant", "Input.Role", "Emperor")]
    [InlineData("/admin/roles", "grant", "Input.Role", "99")]
    public async Task FormPost_WithAnUnparsableValue_ShowsTheFormAgainWithoutAServerError(string url, string form, string field, string value)
    {
        var client = await app.PagesAs("admin");
        var fields = new Dictionary<string, string> { ["Input.UserName"] = "member01", ["Input.Name"] = "测试", ["Input.Date"] = "2029-01-01", [field] = value };
        var response = await TestApp.PostFormAsync(client, url, form, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.QuerySelectorAll(".validation-message"));
    }
}
