using System.Net;
using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Liaison;

/// <summary>一厅一室 as the demo's 2023 has it: 16 halls, 24 studios, the four questions answered from the records.</summary>
public sealed class HallReportTests(TestApp app)
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public async Task Report2023_CountsHallsStudiosContactsAndRecords_FromTheRecords()
    {
        var staff = await app.ApiAs("staff");
        var report = Json(await staff.GetStringAsync("/api/v1/halls?year=2023"));
        Assert.Equal(16, report.GetProperty("halls").GetInt32());
        Assert.Equal(24, report.GetProperty("studios").GetInt32());
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        var halls = rows.Where(r => !r.GetProperty("isStudio").GetBoolean()).ToList();
        Assert.Equal(16, halls.Count);
        Assert.Equal(24, rows.Count(r => r.GetProperty("isStudio").GetBoolean()));
        // Nine contact objects a hall, three of each class; two records a month through 2023.
        Assert.Equal(16 * 9, report.GetProperty("contacts").GetInt32());
        Assert.Equal(16 * 24, report.GetProperty("records").GetInt32());
        Assert.All(halls, h =>
        {
            Assert.Equal(3, h.GetProperty("sectorMembers").GetInt32());
            Assert.Equal(3, h.GetProperty("publicReps").GetInt32());
            Assert.Equal(3, h.GetProperty("professionals").GetInt32());
            Assert.Equal(h.GetProperty("records").GetInt32(),
                h.GetProperty("visits").GetInt32() + h.GetProperty("invitesIn").GetInt32() + h.GetProperty("online").GetInt32());
            Assert.True(h.GetProperty("hasWorkContent").GetBoolean());
        });
        Assert.Equal(report.GetProperty("records").GetInt32(), halls.Sum(h => h.GetProperty("records").GetInt32()));
        Assert.True(rows.Where(r => r.GetProperty("isStudio").GetBoolean()).Sum(r => r.GetProperty("records").GetInt32()) > 0);

        // A year without records has the halls and nothing else.
        var empty = Json(await staff.GetStringAsync("/api/v1/halls?year=2019"));
        Assert.Equal(16, empty.GetProperty("halls").GetInt32());
        Assert.Equal(0, empty.GetProperty("records").GetInt32());

        var file = await staff.GetAsync("/api/v1/halls/export?year=2023");
        file.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task HallPage_AnswersTheFourQuestions()
    {
        var member = await app.ApiAs("member06");
        var report = Json(await member.GetStringAsync("/api/v1/halls?year=2023"));
        var farm = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "农业界议事厅");
        var hall = Json(await member.GetStringAsync($"/api/v1/halls/{farm.GetProperty("id").GetGuid()}?year=2023"));

        // 谁联系: the serving members of the duty sector (the demo puts ten in each sector).
        Assert.Equal(["农业"], hall.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(10, hall.GetProperty("members").GetArrayLength());
        Assert.Equal(farm.GetProperty("membersWhoContacted").GetInt32(), hall.GetProperty("membersWhoContacted").GetInt32());
        Assert.Equal(24, hall.GetProperty("members").EnumerateArray().Sum(m => m.GetProperty("records").GetInt32()));
        // 联系谁: by class.
        Assert.Equal(9, hall.GetProperty("contacts").GetInt32());
        Assert.Equal(3, hall.GetProperty("contactsByClass").GetProperty("PROFESSIONAL").GetInt32());
        // 联系什么: the hall's and its studios' work content for the year, with the member who leads each.
        Assert.Contains("乡村振兴与农业生产", hall.GetProperty("work").GetProperty("content").GetString());
        Assert.False(string.IsNullOrEmpty(hall.GetProperty("work").GetProperty("lead").GetString()));
        Assert.All(hall.GetProperty("studios").EnumerateArray(), s => Assert.Equal(JsonValueKind.Object, s.GetProperty("work").ValueKind));
        // 如何联系: 走下去, 请上来 and online, the latest first.
        Assert.Equal(24, hall.GetProperty("records").GetInt32());
        Assert.Equal(8, hall.GetProperty("recordsByMode").GetProperty("INVITE_IN").GetInt32());
        var recent = hall.GetProperty("recent").EnumerateArray().Select(r => r.GetProperty("date").GetString()).ToList();
        Assert.Equal(20, recent.Count);
        Assert.Equal(recent.OrderDescending(), recent);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/halls/{Guid.NewGuid()}")).StatusCode);
        // Another committee's staff do not see it.
        var other = await app.ApiAs("qjp-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/halls/{farm.GetProperty("id").GetGuid()}?year=2023")).StatusCode);
        Assert.Equal(0, Json(await other.GetStringAsync("/api/v1/liaison/contacts?search=区农业农村局")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Phones_AreSeenByStaffAndTheContactsMembers_Only()
    {
        var staff = await app.ApiAs("staff");
        var all = Json(await staff.GetStringAsync("/api/v1/liaison/contacts?class=PUBLIC_REP")).GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(all);
        Assert.All(all, c => Assert.Equal("PUBLIC_REP", c.GetProperty("class").GetString()));
        Assert.All(all, c => Assert.StartsWith("138", c.GetProperty("phone").GetString()));

        var member = await app.ApiAs("member01");
        var seen = Json(await member.GetStringAsync("/api/v1/liaison/contacts?class=PUBLIC_REP")).GetProperty("rows").EnumerateArray().ToList();
        var mine = Json(await member.GetStringAsync("/api/v1/liaison/contacts?mine=true")).GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(mine);
        Assert.All(mine, c => Assert.NotEqual(JsonValueKind.Null, c.GetProperty("phone").ValueKind));
        var others = seen.Where(c => mine.All(m => m.GetProperty("id").GetGuid() != c.GetProperty("id").GetGuid())).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("phone").ValueKind));
    }

    [Fact]
    public async Task Pages_ShowTheHallsAndTheMembersOwnRecords()
    {
        var staff = await app.PagesAs("staff");
        var list = await staff.GetPageAsync("/liaison?year=2023");
        Assert.Equal(16, list.QuerySelectorAll("tbody th a").Length);
        var hallLink = list.QuerySelectorAll("tbody th a").First(a => a.TextContent == "农业界议事厅").GetAttribute("href")!;
        var hall = await staff.GetPageAsync(hallLink);
        Assert.Equal(["一、谁联系", "二、联系谁", "三、联系什么（2023年工作内容）", "四、如何联系"], hall.QuerySelectorAll("section > h2").Select(h => h.TextContent));
        Assert.NotNull(hall.QuerySelector("form textarea[name=content]"));
        var contacts = await staff.GetPageAsync("/liaison/contacts?class=PROFESSIONAL");
        Assert.Contains("专业人士", contacts.QuerySelector("tbody")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/liaison/records?year=2023&mode=ONLINE")).StatusCode);

        var member = await app.PagesAs("member01");
        var mine = await member.GetPageAsync("/me/liaison");
        Assert.Equal("联系界别群众", mine.QuerySelector("h1")!.TextContent);
        Assert.Contains("我的联系对象", mine.QuerySelectorAll("h2").Last().TextContent);
        var memberHall = await member.GetPageAsync(hallLink);
        Assert.Null(memberHall.QuerySelector("form textarea[name=content]"));
        var denied = await member.GetAsync("/liaison/contacts");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/forbidden", denied.Headers.Location!.AbsolutePath);
    }
}
