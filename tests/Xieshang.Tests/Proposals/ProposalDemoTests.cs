using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Proposals;

/// <summary>The demo's proposal work of 2023, as the report has it, computed from the records.</summary>
public sealed class ProposalDemoTests(TestApp app)
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public async Task Year2023_HasTheProposalMonthsClues_TheCollectiveProposals_AndEveryState()
    {
        var staff = await app.ApiAs("staff");
        var stats = Json(await staff.GetStringAsync("/api/v1/proposals/statistics?year=2023"));
        Assert.Equal(106, stats.GetProperty("clues").GetInt32());
        Assert.Equal(11, stats.GetProperty("cluesReferredUp").GetInt32());
        Assert.Equal(7, stats.GetProperty("collective").GetInt32());
        Assert.True(stats.GetProperty("received").GetInt32() > 50);
        Assert.True(stats.GetProperty("units").GetArrayLength() >= 5);
        Assert.Contains(stats.GetProperty("units").EnumerateArray(), u => u.GetProperty("onTimeRate").ValueKind == JsonValueKind.Number);

        // Every state a submitted proposal can be in is represented in the office's list.
        foreach (var state in new[] { "SUBMITTED", "UNDER_REVIEW", "RETURNED", "FILED", "NOT_FILED", "MERGED", "CONVERTED", "ASSIGNING", "RETURN_REQUESTED",
                     "HANDLING", "REPLY_REVIEW", "REPLIED", "EVALUATED", "REHANDLING", "CLOSED", "TRACKING", "WITHDRAWN" })
            Assert.True(Json(await staff.GetStringAsync($"/api/v1/proposals?year=2023&state={state}")).GetProperty("total").GetInt32() > 0, state);

        // The clues referred up wait in the city's own queue.
        var city = await app.ApiAs("admin");
        city.DefaultRequestHeaders.Add("X-Committee", (await app.CommitteeId("淮安市政协")).ToString());
        var queue = Json(await city.GetStringAsync("/api/v1/proposal-clues?year=2023&source=LOWER_COMMITTEE"));
        Assert.Equal(11, queue.GetProperty("total").GetInt32());

        // A department's clerk has its share of them.
        Assert.True(Json(await (await app.ApiAs("unit01")).GetStringAsync("/api/v1/proposals/unit?all=true")).GetProperty("total").GetInt32() > 0);
    }
}
