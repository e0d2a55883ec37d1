using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>
/// A role granted or revoked on one node holds on every node at once: the save announces topic "access" after the
/// commit (Redis carries it), and each node's kept access hangs on it — not 30 seconds later.
/// </summary>
public sealed class AccessChangeTests
{
    static async Task<string[]> RolesOn(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/v1/me")).RootElement.GetProperty("roles")
            .EnumerateArray().Select(r => r.GetString()!).Order().ToArray();

    /// <summary>
    /// Asks again each time the node hears of a change, until the answer comes (armed before asking: no change is missed).
    /// </summary>
    static async Task<T> WhenHeard<T>(CommitteeChanges signals, Func<Task<T>> ask, Func<T, bool> done)
    {
        while (true)
        {
            var next = signals.NextReceived;
            var answer = await ask();
            if (done(answer)) return answer;
            await next.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task ARoleGrantedAndRevokedOnOneNode_HoldsOnTheOther_AtOnce()
    {
        await using var nodes = await TwoNodes.StartAsync(withRedis: true);
        var (nodeA, nodeB) = (nodes.A, nodes.B);
        var signals = nodeB.Services.GetRequiredService<CommitteeChanges>();
        var memberOnB = await nodeB.ApiAs("member05");
        Assert.Equal(["Member"], await RolesOn(memberOnB)); // now kept on B

        var adminOnA = await nodeA.ApiAs("admin");
        var granted = await adminOnA.PostAsJsonAsync("/api/v1/platform/roles", new { userName = "member05", role = "InfoOfficer" });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
        Assert.Equal(["InfoOfficer", "Member"], await WhenHeard(signals, () => RolesOn(memberOnB), r => r.Length == 2));

        var id = JsonDocument.Parse(await granted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await adminOnA.DeleteAsync($"/api/v1/platform/roles/{id}")).StatusCode);
        Assert.Equal(["Member"], await WhenHeard(signals, () => RolesOn(memberOnB), r => r.Length == 1));
    }

    [Fact]
    public async Task ARoleInAnotherCommittee_AddsThatCommittee_ToTheUsersChoice_OnTheOtherNode()
    {
        await using var nodes = await TwoNodes.StartAsync(withRedis: true);
        var (nodeA, nodeB) = (nodes.A, nodes.B);
        var signals = nodeB.Services.GetRequiredService<CommitteeChanges>();
        var resolver = nodeB.Services.GetRequiredService<AccessResolver>();
        await using var read = nodeB.Services.CreateAsyncScope();
        var db = read.ServiceProvider.GetRequiredService<XieshangDb>();
        var user = await db.Users.Where(u => u.UserName == "member06").Select(u => u.Id).SingleAsync();
        async Task<string[]> Committees() => (await resolver.CommitteesCachedAsync(db, user)).Select(c => c.Name).ToArray();
        Assert.Equal(["淮阴区政协"], await Committees()); // now kept on B

        await using (var scope = await nodeA.ScopeAs("admin", "清江浦区政协"))
        {
            var grant = await scope.ServiceProvider.GetRequiredService<GrantRole>()
                .HandleAsync(new GrantRoleRequest("member06", Role.InfoOfficer));
            Assert.True(grant.Ok);
        }
        Assert.Equal(["淮阴区政协", "清江浦区政协"], await WhenHeard(signals, Committees, c => c.Length == 2));
    }
}
