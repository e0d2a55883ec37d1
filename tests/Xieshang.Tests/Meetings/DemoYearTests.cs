using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Meetings.MeetingApi;

namespace Xieshang.Tests.Meetings;

/// <summary>The report's 2023, as the statistics compute it from the demo records.</summary>
public sealed class DemoYearTests(TestApp app)
{
    [Fact]
    public async Task Statistics2023_CountTheReportsActivitiesByType()
    {
        var stats = await GetJson(await app.ApiAs("staff"), "/api/v1/activities/statistics?year=2023");
        var byType = stats.GetProperty("byType");
        Assert.Equal(5, byType.GetProperty("LECTURE").GetInt32());
        Assert.Equal(1, byType.GetProperty("TRAINING").GetInt32());
        Assert.Equal(2, byType.GetProperty("INSPECTION").GetInt32());
        Assert.Equal(1, byType.GetProperty("APPRAISAL").GetInt32());
        Assert.Equal(2, byType.GetProperty("DEMOCRATIC_SUPERVISION").GetInt32());
        Assert.Equal(1, byType.GetProperty("COUNTERPART_CONSULTATION").GetInt32());
        Assert.Equal(26, byType.GetProperty("ROOM_CONSULTATION").GetInt32());
        Assert.Equal(12, byType.GetProperty("CHAIRS_COUNCIL").GetInt32());
        Assert.InRange(byType.GetProperty("OFFICE_MEETING").GetInt32(), 50, 53);
        Assert.Equal(2, byType.GetProperty("STANDING_DELIBERATION").GetInt32());
        Assert.Equal(1, byType.GetProperty("PLENARY").GetInt32());
        Assert.Equal(4, stats.GetProperty("campaigns").GetInt32());
        Assert.True(stats.GetProperty("attendances").GetInt32() > 500);
    }

    [Fact]
    public async Task Campaigns2023_HaveTheirThemes_AndTheQ3OneHoldsTheRoomConsultations()
    {
        var staff = await app.ApiAs("staff");
        var campaigns = (await GetJson(staff, "/api/v1/campaigns?year=2023")).EnumerateArray().ToList();
        Assert.Equal(["乡村振兴", "优化营商环境", "民生议事月", "提案月"], campaigns.Select(c => c.GetProperty("theme").GetString()));
        var q3 = await GetJson(staff, $"/api/v1/campaigns/{campaigns[2].GetProperty("id").GetGuid()}");
        Assert.Equal(27, q3.GetProperty("campaign").GetProperty("activities").GetInt32()); // 26 consultations and the solid-waste supervision
        Assert.True(q3.GetProperty("campaign").GetProperty("participants").GetInt32() > 20);
        var property = (await GetJson(staff, "/api/v1/activities?year=2023&type=ROOM_CONSULTATION&search=物业管理")).GetProperty("total").GetInt32();
        Assert.Equal(26, property);
    }

    [Fact]
    public async Task Rates2023_ArePresentOverExpected_AndExportToExcel()
    {
        var staff = await app.ApiAs("staff");
        var rates = (await GetJson(staff, "/api/v1/activities/rates?year=2023")).EnumerateArray().ToList();
        Assert.True(rates.Count >= 240);
        var first = rates.First(r => r.GetProperty("memberNo").GetString() == "HY0001");
        var expected = first.GetProperty("expected").GetInt32();
        var present = first.GetProperty("present").GetInt32();
        Assert.True(expected > 0 && present <= expected);
        Assert.Equal(Math.Round((double)present / expected, 4), first.GetProperty("rate").GetDouble());
        var file = await staff.GetAsync("/api/v1/activities/rates/export?year=2023");
        file.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
    }
}
