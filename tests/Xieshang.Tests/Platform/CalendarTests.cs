using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class CalendarTests(TestApp app)
{
    [Theory]
    [InlineData("2026-09-30", 5, "2026-10-13")] // National Day: 1–7 off, Saturday 10 October worked
    [InlineData("2026-02-13", 1, "2026-02-14")] // Spring Festival make-up Saturday
    [InlineData("2026-02-13", 2, "2026-02-24")] // then 15–23 February off
    [InlineData("2026-11-20", 3, "2026-11-25")] // an ordinary weekend
    public async Task AddWorkingDays_FollowsTheDemoCalendar(string start, int days, string expected)
    {
        await using var scope = await app.ScopeAs("staff");
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
        Assert.Equal(DateOnly.Parse(expected), await calendar.AddWorkingDaysAsync(DateOnly.Parse(start), days));
    }

    [Theory]
    [InlineData("2026-10-13", 5, "2026-09-30")] // back over National Day and its make-up Saturday
    [InlineData("2026-11-25", 3, "2026-11-20")] // back over an ordinary weekend
    public async Task WorkingDaysBefore_IsAddWorkingDaysBackwards(string day, int days, string expected)
    {
        await using var scope = await app.ScopeAs("staff");
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
        Assert.Equal(DateOnly.Parse(expected), await calendar.WorkingDaysBeforeAsync(DateOnly.Parse(day), days));
    }

    [Fact]
    public async Task WorkingDaysLeft_CountsForwardAndOverdueNegative()
    {
        await using var scope = await app.ScopeAs("staff");
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
        var now = new DateTime(2026, 9, 30, 2, 0, 0, DateTimeKind.Utc);
        var due = new DateTime(2026, 10, 13, 15, 59, 59, DateTimeKind.Utc);
        Assert.Equal(5, await calendar.WorkingDaysLeftAsync(now, due));
        Assert.Equal(-5, await calendar.WorkingDaysLeftAsync(due, now));
    }

    [Fact]
    public async Task HolidayApi_AddChangeRemove_EachAudited()
    {
        var client = await app.ApiAs("staff");
        var added = await client.PutAsJsonAsync("/api/v1/platform/holidays", new { date = "2027-01-01", kind = "DayOff", name = "元旦" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var row = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement;
        var id = row.GetProperty("id").GetGuid();

        var changed = await client.PutAsJsonAsync("/api/v1/platform/holidays",
            new { date = "2027-01-01", kind = "DayOff", name = "元旦节", version = row.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var stale = await client.PutAsJsonAsync("/api/v1/platform/holidays", new { date = "2027-01-01", kind = "DayOff", name = "过时", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/platform/holidays/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/platform/holidays/{id}")).StatusCode);

        await using var scope = await app.ScopeAs("staff");
        var actions = await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<AuditEntry>()
            .Where(a => a.RecordId == id.ToString()).OrderBy(a => a.Action).Select(a => a.Action).ToListAsync();
        Assert.Equal(["platform.holiday.add", "platform.holiday.change", "platform.holiday.remove"], actions);
        var change = await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<AuditEntry>()
            .SingleAsync(a => a.RecordId == id.ToString() && a.Action == "platform.holiday.change");
        Assert.Equal("名称：元旦 → 元旦节", change.Summary);
    }

    [Fact]
    public async Task HolidayApi_AWeekdayAsMakeUpDay_IsRefusedInChinese()
    {
        var client = await app.ApiAs("staff");
        var response = await client.PutAsJsonAsync("/api/v1/platform/holidays", new { date = "2027-03-03", kind = "WorkDay", name = "错" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("调休上班日应为周六或周日", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HolidayApi_ForAMember_IsForbidden()
    {
        var client = await app.ApiAs("member15");
        var response = await client.PutAsJsonAsync("/api/v1/platform/holidays", new { date = "2027-05-01", kind = "DayOff", name = "劳动节" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ConcurrentEdits_TheSecondGetsAConflict_AndTheFirstIsKept()
    {
        await using (var setup = await app.ScopeAs("staff"))
            Assert.True((await setup.ServiceProvider.GetRequiredService<HolidayUseCases>()
                .SaveAsync(new SaveHolidayRequest(new DateOnly(2027, 2, 1), HolidayKind.DayOff, "测试"))).Ok);
        await using var a = await app.ScopeAs("staff");
        await using var b = await app.ScopeAs("staff");
        var dbA = a.ServiceProvider.GetRequiredService<XieshangDb>();
        var dbB = b.ServiceProvider.GetRequiredService<XieshangDb>();
        var ha = await dbA.Set<Holiday>().SingleAsync(h => h.Date == new DateOnly(2027, 2, 1));
        var hb = await dbB.Set<Holiday>().SingleAsync(h => h.Date == new DateOnly(2027, 2, 1));
        ha.Name = "甲的修改";
        dbA.Audit("test.edit", "修改", ha);
        Assert.Null(await dbA.SaveOrConflictAsync());
        hb.Name = "乙的修改";
        dbB.Audit("test.edit", "修改", hb);
        Assert.IsType<Conflict>(await dbB.SaveOrConflictAsync());

        await using var check = await app.ScopeAs("staff");
        Assert.Equal("甲的修改", await check.ServiceProvider.GetRequiredService<XieshangDb>().Set<Holiday>()
            .Where(h => h.Date == new DateOnly(2027, 2, 1)).Select(h => h.Name).SingleAsync());
    }

    [Fact]
    public async Task HolidaysPage_ShowsTheYearAndAddsADayByForm()
    {
        var client = await app.PagesAs("staff");
        var page = await client.GetPageAsync("/admin/holidays?year=2026");
        Assert.Contains(page.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains("2026-10-10") && tr.TextContent.Contains("调休上班"));
        var response = await TestApp.PostFormAsync(client, "/admin/holidays?year=2028", "holiday",
            new() { ["Input.Date"] = "2028-01-01", ["Input.Kind"] = "DayOff", ["Input.Name"] = "元旦" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Contains("已保存 2028-01-01", after.QuerySelector(".flash")!.TextContent);
    }
}

public sealed class DueStatusTests
{
    [Theory]
    [InlineData(10, "剩余 10 个工作日", Xieshang.Platform.Workflow.DueLevel.Normal)]
    [InlineData(4, "剩余 4 个工作日", Xieshang.Platform.Workflow.DueLevel.Normal)]
    [InlineData(3, "剩余 3 个工作日", Xieshang.Platform.Workflow.DueLevel.Soon)]
    [InlineData(0, "今天到期", Xieshang.Platform.Workflow.DueLevel.Soon)]
    [InlineData(-2, "已逾期 2 个工作日", Xieshang.Platform.Workflow.DueLevel.Overdue)]
    public void DueStatus_TurnsAmberAtThreeAndRedWhenOverdue(int left, string text, Xieshang.Platform.Workflow.DueLevel level)
    {
        var status = Xieshang.Platform.Workflow.DueStatus.From(left);
        Assert.Equal(text, status.Text);
        Assert.Equal(level, status.Level);
    }
}
