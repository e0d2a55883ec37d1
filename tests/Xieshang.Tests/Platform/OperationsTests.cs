using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class OperationsTests(TestApp app)
{
    [Fact]
    public async Task Metrics_ArePublishedForPrometheus()
    {
        await app.Anonymous().GetAsync("/health");
        var text = await app.Anonymous().GetStringAsync("/metrics");
        Assert.Contains("http_server_request_duration_seconds", text);
    }

    [Fact]
    public async Task Logs_CarryNoPersonalData()
    {
        var client = app.Anonymous();
        // A wrong password on an account no other test of the shared app signs in with: a failed attempt makes
        // Identity reset a counter on the next success, which races with parallel sign-ins of the same account.
        await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "13900000019", password = "wrong-Password1!" });
        var staff = await app.ApiAs("13800000001");
        await staff.GetAsync("/api/v1/me");
        await (await app.PagesAs("leader")).GetAsync("/");
        var logged = string.Join("\n", app.ServerErrors.Entries);
        Assert.NotEmpty(app.ServerErrors.Entries);
        foreach (var secret in new[] { "13800000001", "13900000019", "刘敏", "区政协主席", "Demo@2023", "wrong-Password1!", "staff@huaiyin" })
            Assert.DoesNotContain(secret, logged);
    }
}

/// <summary>Two web nodes on one database: a token or cookie issued by one is accepted by the other.</summary>
public sealed class TwoNodeTests
{
    [Fact]
    public async Task ATokenIssuedByOneNode_IsAcceptedByTheOther()
    {
        await using var nodes = await TwoNodes.StartAsync(withRedis: false);
        var (nodeA, nodeB) = (nodes.A, nodes.B);

        var fromA = await nodeA.ApiAs("staff");
        var onB = nodeB.Anonymous();
        onB.DefaultRequestHeaders.Authorization = fromA.DefaultRequestHeaders.Authorization;
        var me = await onB.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("办公室 刘敏", JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement.GetProperty("name").GetString());
    }
}

/// <summary>Behind a reverse proxy on the same machine: the client's address comes from X-Forwarded-For.</summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task ForwardedClientAddress_IsWhatTheAuditLogRecords()
    {
        await using var app = new TestApp().With("Jobs:Enabled", "false");
        var baseUrl = app.StartKestrel();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "Demo@2023" });
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/platform/roles") { Content = JsonContent.Create(new { userName = "member07", role = "InfoOfficer" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        await using var scope = await app.ScopeAs("admin");
        var entry = await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<AuditEntry>()
            .Where(a => a.Action == "platform.role.grant").OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("203.0.113.7", entry.IpAddress);
    }
}

public sealed class CeilingEndpointTests(TestApp app)
{
    [Fact]
    public async Task Ceiling_RendersTwentyRowsOfTheCurrentCommittee()
    {
        var client = await app.PagesAs("staff");
        var page = await client.GetPageAsync("/bench/ceiling");
        var rows = page.QuerySelectorAll("tr").Skip(1).ToList();
        Assert.Equal(20, rows.Count);
        Assert.Equal("元旦", rows[0].Children[2].TextContent);
    }
}
