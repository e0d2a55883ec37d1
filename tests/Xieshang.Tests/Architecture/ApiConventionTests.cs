using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Api;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Architecture;

public sealed class ApiConventionTests(TestApp app)
{
    [Fact]
    public void EveryApiEndpoint_HasANameAndAChineseSummary()
    {
        var rows = ApiDocs.Rows(app.Services.GetRequiredService<EndpointDataSource>()).ToList();
        Assert.NotEmpty(rows);
        Assert.Empty(rows.Where(r => string.IsNullOrEmpty(r.Name) || string.IsNullOrEmpty(r.Summary)).Select(r => $"{r.Method} {r.Path}"));
        Assert.All(rows, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Summary!));
    }

    [Fact]
    public void EveryApiEndpoint_IsUnderV1()
    {
        var rows = ApiDocs.Rows(app.Services.GetRequiredService<EndpointDataSource>());
        Assert.All(rows, r => Assert.StartsWith("/api/v1/", r.Path));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi_ForThoseAllowedToReadIt()
    {
        var staff = await app.ApiAs("staff");
        var json = JsonDocument.Parse(await staff.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.StartsWith("3.", json.GetProperty("openapi").GetString());
        Assert.Equal("协商 Xieshang API", json.GetProperty("info").GetProperty("title").GetString());
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/v1/auth/login", out _));

        var member = await app.ApiAs("member04");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task ApiReferencePage_InDemoMode_ListsTheLoginEndpoint()
    {
        var client = await app.PagesAs("staff");
        var page = await client.GetPageAsync("/api-docs");
        Assert.Contains(page.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains("/api/v1/auth/login") && tr.TextContent.Contains("无需登录"));
    }
}
