using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Instructions;

/// <summary>批示件台账 narrowed by state and kind of record, its counts opening those instructions, and its sheet.</summary>
public sealed class LedgerTests : OwnAppTests
{
    const string Api = "/api/v1/instructions";

    static string State(JsonElement row) => row.GetProperty("workflow").GetProperty("state").GetString()!;

    /// <summary>This year (the clock's 2026-11-25): on the demo's SOE report, one instruction past its feedback due, one answered, one just given.</summary>
    async Task<HttpClient> SeedAsync()
    {
        var staff = await app.ApiAs("staff");
        var report = Json(await staff.GetStringAsync("/api/v1/results?year=2023")).EnumerateArray()
            .Single(r => r.GetProperty("kind").GetString() == "RESEARCH_REPORT").GetProperty("id").GetGuid();
        async Task<Guid> Add(string leader, string on) => (await Ok(await staff.PostAsJsonAsync(Api, new
        {
            targetType = "result", targetId = report, level = "DISTRICT", leaderName = leader, instructedOn = on, text = "请抓紧研究落实。", department = "区国资委",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Add("区长", "2026-09-01");
        var answered = await Add("副区长", "2026-10-20");
        await Add("区委书记", "2026-11-24");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"{Api}/{answered}/actions/feedback", new { note = "区国资委已制定实施方案。" })).StatusCode);
        return staff;
    }

    [Fact]
    public async Task TheYearsLedger_NarrowsByStateAndKind_AsItsOwnRowsSay()
    {
        var staff = await SeedAsync();
        var all = Json(await staff.GetStringAsync($"{Api}?year=2026")).EnumerateArray().ToList();
        var expected = new (string Filter, Func<JsonElement, bool> Matches, string[] Leaders)[]
        {
            ("OPEN", r => State(r) == "OPEN", ["区长", "区委书记"]), ("OVERDUE", r => r.GetProperty("overdue").GetBoolean(), ["区长"]),
            ("ANSWERED", r => State(r) == "ANSWERED", ["副区长"]), ("CLOSED", r => State(r) == "CLOSED", []),
        };
        foreach (var (filter, matches, leaders) in expected)
        {
            var rows = Json(await staff.GetStringAsync($"{Api}?year=2026&state={filter}&targetType=result")).EnumerateArray().ToList();
            Assert.Equal(leaders.Order(), rows.Select(r => r.GetProperty("leaderName").GetString()).Order());
            Assert.Equal(all.Where(r => matches(r) && r.GetProperty("targetType").GetString() == "result").Select(r => r.GetProperty("id").GetGuid()).Order(),
                rows.Select(r => r.GetProperty("id").GetGuid()).Order());
        }
        Assert.Empty(Json(await staff.GetStringAsync($"{Api}?year=2026&targetType=proposal")).EnumerateArray());
        Assert.Equal("本年没有登记在提案上的领导批示。",
            (await (await app.PagesAs("staff")).GetPageAsync("/instructions?year=2026&targetType=proposal")).QuerySelector(".empty")!.TextContent);
        // An empty filter, as a form's 全部 sends it, is no filter.
        Assert.Equal(all.Count, Json(await staff.GetStringAsync($"{Api}?year=2026&state=&targetType=")).GetArrayLength());
    }

    [Fact]
    public async Task AnUnknownFilter_IsRefusedInChinese_OnTheApiThePageAndTheSheet()
    {
        var staff = await app.ApiAs("staff");
        Assert.Contains("状态：", await Refused(await staff.GetAsync($"{Api}?year=2023&state=LOST"), HttpStatusCode.BadRequest));
        Assert.Contains("批示对象：", await Refused(await staff.GetAsync($"{Api}?year=2023&targetType=meeting"), HttpStatusCode.BadRequest));
        Assert.Contains("targetType", await Refused(await staff.GetAsync($"{Api}?targetId={Guid.NewGuid()}"), HttpStatusCode.BadRequest));
        Assert.Contains("状态：", await Refused(await staff.GetAsync($"{Api}/export?year=2023&state=LOST"), HttpStatusCode.BadRequest));
        Assert.Contains("年度", await Refused(await staff.GetAsync($"{Api}/export?year=99999"), HttpStatusCode.BadRequest));

        var page = await (await app.PagesAs("staff")).GetPageAsync("/instructions?year=2023&state=LOST");
        Assert.Contains("状态：", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public async Task ThePagesCounts_OpenTheirInstructions_AndTheSheetHoldsTheFilteredRows()
    {
        await SeedAsync();
        var pages = await app.PagesAs("staff");
        var page = await pages.GetPageAsync("/instructions?year=2026&targetType=result");
        var counts = page.QuerySelectorAll("p a").Where(a => a.GetAttribute("href")!.Contains("state=")).ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal(new Dictionary<string, string?>
        {
            ["待反馈 2 件"] = "/instructions?year=2026&state=OPEN&targetType=result", ["逾期 1 件"] = "/instructions?year=2026&state=OVERDUE&targetType=result",
            ["已反馈 1 件"] = "/instructions?year=2026&state=ANSWERED&targetType=result", ["已办结 0 件"] = "/instructions?year=2026&state=CLOSED&targetType=result",
        }, counts);
        var drilled = await pages.GetPageAsync(counts["待反馈 2 件"]!);
        Assert.Equal(["区委书记", "区长"], drilled.QuerySelectorAll("table tbody th a").Select(a => a.TextContent));
        Assert.Equal("OPEN", drilled.QuerySelector("#state option[selected]")!.GetAttribute("value"));
        Assert.Equal("result", drilled.QuerySelector("#kind option[selected]")!.GetAttribute("value"));

        var link = drilled.QuerySelectorAll("a").Single(a => a.TextContent == "导出 Excel").GetAttribute("href")!;
        Assert.Equal("/instructions/export?year=2026&state=OPEN&targetType=result", link);
        var sheet = await pages.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Equal("批示件台账-2026-待反馈.xlsx", sheet.Content.Headers.ContentDisposition!.FileNameStar);
        var rows = (await new MemoryStream(await sheet.Content.ReadAsByteArrayAsync()).QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([("区委书记", "待反馈"), ("区长", "待反馈（逾期）")], rows.Select(r => ((string)r["批示领导"], (string)r["状态"])));
        Assert.All(rows, r => Assert.Equal(("协商成果", "区国资委"), ((string)r["批示对象"], (string)r["承办部门"])));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs("member01")).GetAsync($"{Api}/export?year=2026")).StatusCode);
    }
}
