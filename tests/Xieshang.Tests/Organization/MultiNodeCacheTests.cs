using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Organization;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

/// <summary>
/// Two web nodes on one database and one Redis (REDIS_CONN, started by test.sh): what a node keeps of the roster is
/// forgotten when another node changes it, so neither shows the old one after a save.
/// </summary>
public sealed class MultiNodeCacheTests
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public async Task AChangeOnOneNode_IsSeenAtOnceOnTheOther()
    {
        await using var nodes = await TwoNodes.StartAsync(withRedis: true);
        var (nodeA, nodeB) = (nodes.A, nodes.B);
        var onA = await nodeA.ApiAs("staff");
        var onB = await nodeB.ApiAs("staff");

        var row = Json(await onB.GetStringAsync("/api/v1/organization/members?search=HY0012")).GetProperty("rows")[0];
        var id = row.GetProperty("id").GetGuid();
        var before = Json(await onB.GetStringAsync($"/api/v1/organization/members/{id}")); // both now kept on B
        var total = Json(await onB.GetStringAsync("/api/v1/organization/members")).GetProperty("total").GetInt32();

        // Each change is announced once; B is asked only after it heard of it (no timer).
        var signals = nodeB.Services.GetRequiredService<Xieshang.Platform.CommitteeChanges>();
        var heard = signals.NextReceived;
        var input = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await onA.GetStringAsync($"/api/v1/organization/members/{id}/input"))!;
        input["name"] = JsonSerializer.SerializeToElement("改名委员");
        Assert.Equal(HttpStatusCode.NoContent, (await onA.PutAsJsonAsync($"/api/v1/organization/members/{id}", input)).StatusCode);
        await heard.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.NotEqual("改名委员", before.GetProperty("name").GetString());
        Assert.Equal("改名委员", Json(await onB.GetStringAsync($"/api/v1/organization/members/{id}")).GetProperty("name").GetString());
        Assert.Equal("改名委员", Json(await onB.GetStringAsync("/api/v1/organization/members?search=HY0012")).GetProperty("rows")[0].GetProperty("name").GetString());

        heard = signals.NextReceived;
        Assert.Equal(HttpStatusCode.NoContent, (await onA.PostAsJsonAsync($"/api/v1/organization/members/{id}/end", new { status = "Resigned" })).StatusCode);
        await heard.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal("Resigned", Json(await onB.GetStringAsync($"/api/v1/organization/members/{id}")).GetProperty("status").GetString());
        Assert.Equal(total - 1, Json(await onB.GetStringAsync("/api/v1/organization/members")).GetProperty("total").GetInt32());
    }
}
