using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Plans;

/// <summary>清单化管理: tasks with lead leaders and deadlines, monthly progress by their own leaders, weekly dispatch, the council's agenda and the overdue view.</summary>
public sealed class WorkListTests : OwnAppTests
{
    const string Api = "/api/v1/worklist";

    static JsonElement Item(JsonElement list, string title) => list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title);

    [Fact]
    public async Task TheDemoList_HasTheYearsTasks_AndTheOverdueOne()
    {
        var staff = await app.ApiAs("staff");
        var y2023 = Json(await staff.GetStringAsync($"{Api}/2023"));
        Assert.Equal(16, y2023.GetProperty("items").GetArrayLength()); // the plan's 11 topics and 5 other tasks
        Assert.Equal(16, y2023.GetProperty("done").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, Item(y2023, "养老产业体系建设").GetProperty("topicId").ValueKind);
        Assert.Equal(2, Item(y2023, "推进“一厅一室”建设，建成界别议事厅 16 个、委员工作室 24 个").GetProperty("progress").GetArrayLength());

        var overdue = Json(await staff.GetStringAsync($"{Api}/overdue")).EnumerateArray().Select(i => (i.GetProperty("title").GetString(), i.GetProperty("deadline").GetString())).ToList();
        Assert.Equal([("编印《淮阴文史》新一辑", "2026-10-31")], overdue);
        var page = await (await app.PagesAs("staff")).GetPageAsync("/plans/worklist/overdue");
        Assert.Single(page.QuerySelectorAll("table tbody tr"));
    }

    [Fact]
    public async Task ThePagesTable_FollowsTheList_AndTheDay()
    {
        var (staff, pages) = (await app.ApiAs("staff"), await app.PagesAs("staff"));
        async Task<AngleSharp.Dom.IElement> Row(HttpClient client, string title) =>
            (await client.GetPageAsync("/plans/worklist?year=2026")).QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith(title));
        const string title = "开展“提案月”主题活动";
        var item = Item(Json(await staff.GetStringAsync($"{Api}/2026")), title);
        Assert.DoesNotContain("逾期", (await Row(pages, title)).TextContent); // read once: the day's table is kept

        await Ok(await staff.PostAsJsonAsync($"{Api}/items/{item.GetProperty("id").GetGuid()}/progress", new { month = "2026-11", text = "线索征集座谈会已开 8 场。" }));
        Assert.Contains("2026-11：线索征集座谈会已开 8 场。", (await Row(pages, title)).TextContent);

        // The day after its deadline the same table marks it overdue.
        var deadline = DateOnly.Parse(item.GetProperty("deadline").GetString()!);
        app.Clock.Advance(TimeSpan.FromDays(deadline.DayNumber - new DateOnly(2026, 11, 25).DayNumber + 1));
        var overdue = await Row(await app.PagesAs("staff"), title);
        Assert.Equal("overdue", overdue.GetAttribute("class"));
        Assert.Contains("（逾期）", overdue.TextContent);
    }

    [Fact]
    public async Task ALeader_EntersProgressOnTheirOwnTasks_NotOnAnotherLeaders()
    {
        var (staff, chair, vice, member) = (await app.ApiAs("staff"), await app.ApiAs("leader"), await app.ApiAs("vice01"), await app.ApiAs("member01"));
        var list = Json(await staff.GetStringAsync($"{Api}/2026"));
        var chairs = Item(list, "筹备召开下一次全体会议").GetProperty("id").GetGuid();
        var vices = Item(list, "开展“提案月”主题活动").GetProperty("id").GetGuid();

        Assert.Contains("本人牵头", await Refused(await vice.PostAsJsonAsync($"{Api}/items/{chairs}/progress", new { month = "2026-11", text = "代为填写的进展。" }),
            HttpStatusCode.Forbidden));
        Assert.Single(Json(await staff.GetStringAsync($"{Api}/items/{chairs}")).GetProperty("progress").EnumerateArray()); // nothing added
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"{Api}/items/{vices}/progress", new { month = "2026-11", text = "委员填写。" })).StatusCode);
        Assert.Contains("以后月份", await Refused(await vice.PostAsJsonAsync($"{Api}/items/{vices}/progress", new { month = "2026-12", text = "下月计划。" }),
            HttpStatusCode.BadRequest));
        Assert.Contains("2026年的月份", await Refused(await vice.PostAsJsonAsync($"{Api}/items/{vices}/progress", new { month = "2025-12", text = "去年的。" }),
            HttpStatusCode.BadRequest));

        // The same month again replaces the entry; the office may enter for any task.
        await Ok(await vice.PostAsJsonAsync($"{Api}/items/{vices}/progress", new { month = "2026-11", text = "已组织 8 场提案线索征集座谈会，收集线索 46 条。" }));
        var after = await Ok(await staff.PostAsJsonAsync($"{Api}/items/{chairs}/progress", new { month = "2026-11", text = "大会方案已报区委审定。" }));
        Assert.Equal("大会方案已报区委审定。", after.GetProperty("progress")[0].GetProperty("text").GetString());
        var vicesItem = Json(await staff.GetStringAsync($"{Api}/items/{vices}"));
        Assert.Equal(["已组织 8 场提案线索征集座谈会，收集线索 46 条。"], vicesItem.GetProperty("progress").EnumerateArray().Select(p => p.GetProperty("text").GetString()));

        // The chairs' council hears November: its entries are fixed from then.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"{Api}/2026/months/11/review", new { heldOn = "2026-11-25" })).StatusCode);
        Assert.Equal(2, (await Ok(await chair.PostAsJsonAsync($"{Api}/2026/months/11/review", new { heldOn = "2026-11-25" }))).GetInt32());
        Assert.Contains("已经主席会议听取", await Refused(await vice.PostAsJsonAsync($"{Api}/items/{vices}/progress", new { month = "2026-11", text = "补充。" }),
            HttpStatusCode.Conflict));

        // The agenda for the month is generated from the list.
        var docx = await staff.GetAsync($"{Api}/2026/months/11/agenda.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("本月进展：已组织 8 场提案线索征集座谈会", text);
        Assert.Contains("编印《淮阴文史》新一辑", text[text.IndexOf("二、逾期未完成事项", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task TheOffice_ListsTasks_RecordsTheWeeklyDispatch_AndCompletesThem()
    {
        var staff = await app.ApiAs("staff");
        var leaders = Json(await staff.GetStringAsync("/api/v1/plans/choices")).GetProperty("leaders");
        var vice = leaders.EnumerateArray().First(l => l.GetProperty("roleLabel").GetString() == "副主席").GetProperty("id").GetGuid();
        Assert.Contains("牵头领导", await Refused(await staff.PostAsJsonAsync($"{Api}/2026/items", new { title = "开展界别协商活动", responsibleUnit = "办公室", deadline = "2026-12-20" }),
            HttpStatusCode.BadRequest));
        Assert.Contains("2026年内", await Refused(await staff.PostAsJsonAsync($"{Api}/2026/items", new
        {
            title = "开展界别协商活动", leadLeaderId = vice, responsibleUnit = "办公室", deadline = "2027-01-20",
        }), HttpStatusCode.BadRequest));
        var id = (await Ok(await staff.PostAsJsonAsync($"{Api}/2026/items", new { title = "开展界别协商活动", leadLeaderId = vice, responsibleUnit = "办公室", deadline = "2026-12-20" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await staff.PostAsJsonAsync($"{Api}/dispatches", new { weekOf = "2026-11-26", text = "界别协商活动方案本周内报主席审定。", workItemId = id }), HttpStatusCode.Created);
        var dispatch = Json(await staff.GetStringAsync($"{Api}/2026")).GetProperty("dispatches")[0];
        Assert.Equal(("2026-11-23", "开展界别协商活动"), (dispatch.GetProperty("weekOf").GetString(), dispatch.GetProperty("workItemTitle").GetString())); // kept as its Monday

        Assert.Contains("完成情况", await Refused(await staff.PostAsJsonAsync($"{Api}/items/{id}/actions/complete", new { }), HttpStatusCode.BadRequest));
        var done = await Ok(await staff.PostAsJsonAsync($"{Api}/items/{id}/actions/complete", new { note = "开展界别协商 4 场。" }));
        Assert.Equal(("DONE", "开展界别协商 4 场。"), (done.GetProperty("workflow").GetProperty("state").GetString(), done.GetProperty("outcome").GetString()));
        Assert.Contains("已完成", await Refused(await staff.PostAsJsonAsync($"{Api}/items/{id}/progress", new { month = "2026-11", text = "完成后的进展。" }), HttpStatusCode.Conflict));

        // A topic's task follows its topic.
        var topicTask = Item(Json(await staff.GetStringAsync($"{Api}/2023")), "教育综合改革").GetProperty("id").GetGuid();
        Assert.Contains("随议题", await Refused(await staff.PostAsJsonAsync($"{Api}/items/{topicTask}/actions/reopen", new { }), HttpStatusCode.Conflict));
    }
}
