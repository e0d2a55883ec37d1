using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

public sealed class StructureTests(TestApp app)
{
    [Fact]
    public async Task Summary_OfHuaiyin_GivesTheReportsFigures()
    {
        var client = await app.ApiAs("staff");
        var s = JsonDocument.Parse(await client.GetStringAsync("/api/v1/organization/summary")).RootElement;
        int N(string name) => s.GetProperty(name).GetInt32();
        Assert.Equal([25, 16, 16, 24, 13, 60, 13, 259, 43, 13, 24, 6],
            new[] { N("sectors"), N("dutySectors"), N("halls"), N("studios"), N("workGroups"), N("dutyGroups"), N("townships"),
                N("villages"), N("newRuralCommunities"), N("partyBranches"), N("institutions"), N("specialCommittees") });
    }

    [Fact]
    public async Task Summary_OfQingjiangpu_CountsOnlyItsOwnStructure()
    {
        var client = await app.ApiAs("qjp-staff");
        var s = JsonDocument.Parse(await client.GetStringAsync("/api/v1/organization/summary")).RootElement;
        Assert.Equal(2, s.GetProperty("workGroups").GetInt32());
        Assert.Equal(8, s.GetProperty("villages").GetInt32());
        Assert.Equal(3, s.GetProperty("sectors").GetInt32());
    }

    [Fact]
    public async Task Territory_ListsEveryVillageOnce_UnderItsDutyGroup_WithinItsTownship()
    {
        await using var scope = await app.ScopeAs("staff");
        var tree = await scope.ServiceProvider.GetRequiredService<ListStructure>().TerritoryAsync();
        var villages = tree.SelectMany(w => w.DutyGroups.SelectMany(d => d.Villages)).ToList();
        Assert.Equal(259, villages.Count);
        Assert.Equal(259, villages.Select(v => v.Id).Distinct().Count());
        Assert.Equal(13, tree.Select(w => w.Township).Distinct().Count());

        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        // A duty group covers villages of its own work group's township only.
        var mismatched = await db.Set<Village>()
            .Join(db.Set<DutyGroup>(), v => v.DutyGroupId, d => d.Id, (v, d) => new { v.TownshipId, d.WorkGroupId })
            .Join(db.Set<WorkGroup>(), x => x.WorkGroupId, w => w.Id, (x, w) => new { x.TownshipId, Covered = w.TownshipId })
            .CountAsync(x => x.TownshipId != x.Covered);
        Assert.Equal(0, mismatched);
    }

    [Fact]
    public async Task Sectors_Groups25Into16_EachWithOneHall()
    {
        await using var scope = await app.ScopeAs("leader");
        var tree = await scope.ServiceProvider.GetRequiredService<ListStructure>().SectorsAsync();
        Assert.Equal(16, tree.Count);
        Assert.Equal(25, tree.Sum(d => d.Sectors.Count));
        Assert.All(tree, d => Assert.NotNull(d.Hall));
        Assert.Equal(24, tree.Sum(d => d.Studios.Count));
        Assert.Equal(["民革", "民盟"], tree.Single(d => d.Name == "民主党派一界").Sectors.Select(s => s.Name));
    }

    [Fact]
    public async Task Branches_AreHostedBySpecialCommitteesAndWorkGroups()
    {
        var client = await app.ApiAs("member01");
        var rows = JsonDocument.Parse(await client.GetStringAsync("/api/v1/organization/branches")).RootElement.EnumerateArray().ToList();
        Assert.Equal(13, rows.Count);
        Assert.Equal(6, rows.Count(r => r.GetProperty("hostKind").GetString() == "SpecialCommittee"));
        Assert.Contains(rows, r => r.GetProperty("host").GetString() == "提案委员会");
    }

    [Fact]
    public async Task Structure_IsNotForHandlingUnits()
    {
        var client = await app.ApiAs("unit03");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/organization/summary")).StatusCode);
    }

    [Fact]
    public async Task Pages_ShowTheFiguresAndTheTrees()
    {
        var client = await app.PagesAs("member02");
        var overview = await client.GetPageAsync("/organization");
        var cards = overview.QuerySelectorAll(".card").ToDictionary(c => c.QuerySelector(".card-label")!.TextContent, c => c.QuerySelector(".card-number")!.TextContent);
        Assert.Equal("259", cards["覆盖村（社区）"]);
        Assert.Equal("60", cards["履职小组"]);

        var territory = await client.GetPageAsync("/organization/territory");
        Assert.Equal(13, territory.QuerySelectorAll("details.tree").Length);
        Assert.Contains("渔沟镇委员工作组", territory.QuerySelector("main")!.TextContent);

        var sectors = await client.GetPageAsync("/organization/sectors");
        Assert.Equal(16, sectors.QuerySelectorAll("tbody tr").Length);

        var branches = await client.GetPageAsync("/organization/branches");
        Assert.Contains("《提案工作条例》", branches.QuerySelector("main")!.TextContent);
    }
}
