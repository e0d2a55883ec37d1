using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Grassroots;

/// <summary>The grassroots figures of the demo's 2023, computed from the records.</summary>
public sealed class GrassrootsStatisticsTests(TestApp app)
{
    [Fact]
    public async Task Statistics2023_CountRoomsIssuesSessionsAndCoverage()
    {
        var staff = await app.ApiAs("staff");
        var stats = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/grassroots/statistics?year=2023")).RootElement;
        Assert.Equal(259 + 13, stats.GetProperty("rooms").GetInt32());
        // One issue a village, and the 26 property-management topics.
        Assert.Equal(259 + 26, stats.GetProperty("issues").GetInt32());
        Assert.Equal(26, stats.GetProperty("sessions").GetInt32());
        Assert.Equal(26, stats.GetProperty("villagesWithSession").GetInt32());
        Assert.Equal(259, stats.GetProperty("villages").GetInt32());
        var byState = stats.GetProperty("byState");
        Assert.True(byState.GetProperty("REJECTED").GetInt32() > 0 && byState.GetProperty("TRANSFERRED").GetInt32() > 0 && byState.GetProperty("CLOSED").GetInt32() > 26);
        Assert.Equal(stats.GetProperty("issues").GetInt32(), byState.EnumerateObject().Sum(p => p.Value.GetInt32()));
        var resolved = stats.GetProperty("resolved").GetInt32();
        Assert.Equal(resolved, new[] { "ANSWERED", "TRANSFERRED", "RESOLVED", "PUBLISHED", "CLOSED" }.Sum(s => byState.GetProperty(s).GetInt32()));
        Assert.InRange(stats.GetProperty("satisfactionRate").GetDouble(), 0.5, 1.0);
        Assert.Equal(13, stats.GetProperty("byTownship").GetArrayLength());
        Assert.Equal(stats.GetProperty("issues").GetInt32(), stats.GetProperty("byTownship").EnumerateArray().Sum(t => t.GetProperty("issues").GetInt32()));

        Assert.Equal(0, stats.GetProperty("byRoom").GetArrayLength());
        // For one town: a row per room (each village's, and the town's own), adding up to the town's row.
        var town = stats.GetProperty("byTownship")[0];
        var rooms = JsonDocument.Parse(await staff.GetStringAsync($"/api/v1/grassroots/statistics?year=2023&township={town.GetProperty("id").GetGuid()}")).RootElement.GetProperty("byRoom");
        Assert.Equal(town.GetProperty("rooms").GetInt32(), rooms.GetArrayLength());
        Assert.Equal(town.GetProperty("issues").GetInt32(), rooms.EnumerateArray().Sum(r => r.GetProperty("issues").GetInt32()));
        Assert.Equal(town.GetProperty("villagesWithSession").GetInt32(), rooms.EnumerateArray().Sum(r => r.GetProperty("villagesWithSession").GetInt32()));

        var file = await staff.GetAsync("/api/v1/grassroots/statistics/export?year=2023");
        file.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal(403, (int)(await (await app.ApiAs("member06")).GetAsync("/api/v1/grassroots/statistics?year=2023")).StatusCode);
    }
}
