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
        const string junk = "?page=abc&days=%E4%B8%80&year=-1&role=Nope&q=%27%22%3C%3E&required=x";
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page + junk);
            if ((int)response.StatusCode >= 500) failures.Add($"{page}: {(int)response.StatusCode}");
        }
        Assert.Empty(failures);
    }
}
