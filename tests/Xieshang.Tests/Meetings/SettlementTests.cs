using System.Net.Http.Json;
using MiniExcelLibs;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Meetings.MeetingApi;

namespace Xieshang.Tests.Meetings;

/// <summary>Ending, minutes, closing and the settlement of attendance; corrections settle again.</summary>
public sealed class SettlementTests(TestApp app)
{
    [Fact]
    public async Task Close_NeedsMinutes_ThenSettlesAbsencesAndPoints_AndACorrectionSettlesAgain()
    {
        var id = await PublishedAsync(app, "STANDING_COMMITTEE", "结算测试：常委会议", Today(10), Today(12), ["HY0001", "HY0002", "HY0003"]);
        var staff = await app.ApiAs("staff");
        // HY0001 is a standing member (every sixth seat is); HY0002 and HY0003 sit in as observers.
        await PostJson(await app.ApiAs("member02"), $"/api/v1/activities/{id}/check-in", new { code = await CodeAsync(staff, id) });
        await PostJson(await app.ApiAs("member03"), $"/api/v1/activities/{id}/check-in", new { code = await CodeAsync(staff, id) });
        await PostJson(staff, $"/api/v1/activities/{id}/actions/start");
        await PostJson(staff, $"/api/v1/activities/{id}/actions/end");
        Assert.Contains("纪要", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/actions/close", new { }), 409));

        Assert.Contains("类别", await Refused(await staff.PostAsJsonAsync($"/api/v1/activities/{id}/documents", new { kind = "NOTES", title = "纪要" }), 400));
        await PostJson(staff, $"/api/v1/activities/{id}/documents", new { kind = "MINUTES", title = "常委会议纪要", text = "会议听取了……" });
        var closed = await PostJson(staff, $"/api/v1/activities/{id}/actions/close");
        Assert.Equal("CLOSED", closed.GetProperty("workflow").GetProperty("state").GetString());

        var sheet = await SheetAsync(staff, id);
        Assert.Equal("ABSENT", sheet["HY0001"].GetProperty("state").GetString());
        Assert.Equal(-5m, sheet["HY0001"].GetProperty("points").GetDecimal()); // G4: a standing member absent
        Assert.Equal(2m, sheet["HY0002"].GetProperty("points").GetDecimal()); // A3: observer present
        var counts = await GetJson(staff, $"/api/v1/activities/{id}/attendance");
        Assert.Equal(1, counts.GetProperty("byState").GetProperty("ABSENT").GetInt32());
        Assert.Equal(2, counts.GetProperty("byState").GetProperty("CHECKED_IN").GetInt32());
        Assert.Equal(3, counts.GetProperty("expected").GetInt32());

        // HY0001 was there after all: the desk corrects it, and the activity settles again.
        await PostJson(staff, $"/api/v1/activities/{id}/participants/{await SeatAsync(app, "HY0001")}/check-in");
        sheet = await SheetAsync(staff, id);
        Assert.Equal("CHECKED_IN", sheet["HY0001"].GetProperty("state").GetString());
        Assert.Equal(3m, sheet["HY0001"].GetProperty("points").GetDecimal()); // A2: standing member present
        Assert.StartsWith("A2", sheet["HY0001"].GetProperty("pointsBasis").GetString());

        // Someone who came without being on the list, added afterwards at the desk: a walk-in, settled at half points.
        await PostJson(staff, $"/api/v1/activities/{id}/participants/{await SeatAsync(app, "HY0008")}/check-in");
        sheet = await SheetAsync(staff, id);
        Assert.Equal("WALK_IN", sheet["HY0008"].GetProperty("state").GetString());
        Assert.Equal(1m, sheet["HY0008"].GetProperty("points").GetDecimal()); // A3 observer 2, halved
    }

    [Fact]
    public async Task PlenarySpeeches_AddToThePoints_AndTheSheetExportsToExcel()
    {
        var id = await PublishedAsync(app, "PLENARY", "结算测试：全体会议", Today(9), Today(17), ["HY0004", "HY0006"]);
        var staff = await app.ApiAs("staff");
        await PostJson(await app.ApiAs("member04"), $"/api/v1/activities/{id}/check-in", new { code = await CodeAsync(staff, id) });
        var sheet = await SheetAsync(staff, id);
        var speech = await staff.PutAsJsonAsync($"/api/v1/activities/participations/{sheet["HY0006"].GetProperty("id").GetGuid()}/speech", new { speech = "ORAL", title = "关于养老服务的发言" });
        Assert.Contains("口头发言须本人到会", await Refused(speech, 409));
        var ok = await staff.PutAsJsonAsync($"/api/v1/activities/participations/{sheet["HY0004"].GetProperty("id").GetGuid()}/speech", new { speech = "ORAL", title = "推进居家社区养老" });
        ok.EnsureSuccessStatusCode();
        await PostJson(staff, $"/api/v1/activities/{id}/actions/end");
        await PostJson(staff, $"/api/v1/activities/{id}/documents", new { kind = "BRIEF", title = "大会简报第1期" });
        await PostJson(staff, $"/api/v1/activities/{id}/actions/close");
        sheet = await SheetAsync(staff, id);
        Assert.Equal(3m * 2 + 6m, sheet["HY0004"].GetProperty("points").GetDecimal()); // A1 two half-days, E1 oral
        Assert.Equal(-10m, sheet["HY0006"].GetProperty("points").GetDecimal()); // G3 plenary absence

        var file = await staff.GetAsync($"/api/v1/activities/{id}/participants/export");
        file.EnsureSuccessStatusCode();
        var rows = (await file.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r["委员证号"]?.ToString() == "HY0004" && r["发言"]?.ToString() == "口头发言" && r["状态"]?.ToString() == "已签到");
    }
}
