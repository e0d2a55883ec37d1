using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Xieshang.Organization.Import;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Organization;

/// <summary>The roster import: template, dry run with a row-and-column report, all-or-nothing import. Changes the roster.</summary>
public sealed class RosterImportTests : OwnAppTests
{
    const string Api = "/api/v1/organization/members/import";

    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    static async Task<int> MemberCount(HttpClient c) =>
        Json(await c.GetStringAsync("/api/v1/organization/members")).GetProperty("total").GetInt32();

    record Names(string Sector, string OtherSector, string DutyGroup, string OtherDutyGroup, string Committee);

    static async Task<Names> NamesAsync(HttpClient staff)
    {
        var template = await staff.GetByteArrayAsync($"{Api}/template");
        List<string> Column(string sheet, string header) =>
            MiniExcel.Query(new MemoryStream(template), useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()
                .Select(r => r[header].ToString()!).ToList();
        var sectors = Column("界别", "界别");
        var groups = Column("履职小组", "履职小组");
        return new(sectors[0], sectors[1], groups[0], groups[1], Column("专委会", "专委会")[0]);
    }

    static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: "委员名册");
        return stream.ToArray();
    }

    static Dictionary<string, object?> Row(string no, string name, string? mobile, string sector, string? group = null, string? committees = null,
        object? birthYear = null, string gender = "女") => new()
    {
        ["委员证号"] = no, ["姓名"] = name, ["性别"] = gender, ["出生年份"] = birthYear, ["政治面貌"] = "无党派人士", ["手机号"] = mobile,
        ["工作单位"] = "淮阴区某单位", ["职务"] = "主任", ["届次"] = "第十届", ["政协职务"] = "委员", ["常委"] = "否",
        ["界别"] = sector, ["履职小组"] = group, ["专委会"] = committees,
    };

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "名册.xlsx") =>
        await client.PostAsync(Api, new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } });

    /// <summary>The import's state once the worker has stopped working on it (waits on the worker, not on a timer).</summary>
    async Task<JsonElement> SettledAsync(HttpClient client, Guid id)
    {
        var worker = app.Services.GetRequiredService<RosterImportWorker>();
        for (var i = 0; i < 50; i++)
        {
            var next = worker.NextPass;
            var view = Json(await client.GetStringAsync($"{Api}/{id}"));
            if (!view.GetProperty("running").GetBoolean()) return view;
            await next.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        }
        throw new TimeoutException("The import did not settle.");
    }

    static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Template_HasTheChineseHeaders_AndThisCommitteesNames()
    {
        var staff = await app.ApiAs("staff");
        var response = await staff.GetAsync($"{Api}/template");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(["委员名册", "填写说明", "界别", "履职小组", "专委会"], MiniExcel.GetSheetNames(new MemoryStream(bytes)));
        Assert.Equal(RosterTemplate.Columns, MiniExcel.GetColumns(new MemoryStream(bytes), useHeaderRow: true).Select(c => c.ToString()!).ToArray());
        Assert.Equal(25, MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "界别").Count());
        Assert.Equal(60, MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true, sheetName: "履职小组").Count());
    }

    [Fact]
    public async Task NotAnXlsx_IsRefusedAtUpload()
    {
        var staff = await app.ApiAs("staff");
        var text = await UploadAsync(staff, "姓名,手机号\n张三,13800000000"u8.ToArray(), "名册.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("文件不是 .xlsx 格式的 Excel 表格", await text.Content.ReadAsStringAsync());
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];
        var xls = await UploadAsync(staff, ole, "名册.xls");
        Assert.Contains("另存为 .xlsx", await xls.Content.ReadAsStringAsync());
        var huge = await UploadAsync(staff, new byte[RosterImports.MaxBytes + 1]);
        Assert.Contains("文件超过 20 MB", await huge.Content.ReadAsStringAsync());
        Assert.Empty(Json(await staff.GetStringAsync(Api)).EnumerateArray());
    }

    [Fact]
    public async Task DryRun_ReportsEachProblemByRowAndColumn_AndWritesNothing()
    {
        var staff = await app.ApiAs("staff");
        var n = await NamesAsync(staff);
        var existingMobile = Json(await staff.GetStringAsync(
            $"/api/v1/organization/members/{Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0003")).GetProperty("rows")[0].GetProperty("id").GetGuid()}"))
            .GetProperty("mobile").GetString();
        var rows = new[]
        {
            Row("HY9001", "甲委员", "13911110001", n.Sector, n.DutyGroup),                     // row 2: good
            Row("HY9002", "乙委员", "13911110001", "不存在的界别"),                             // row 3: same phone as row 2, unknown sector
            Row("HY9003", "丙委员", existingMobile, n.Sector, birthYear: "八十年代"),            // row 4: phone of a member on the roster, bad year
            Row("HY9004", "丁委员", "12345", n.Sector, "不存在的小组", "不存在的专委会", gender: "未知"), // row 5: several
        };
        var id = await IdOf(await UploadAsync(staff, Workbook(rows)));
        var view = await SettledAsync(staff, id);
        Assert.Equal("Invalid", view.GetProperty("status").GetString());
        var problems = view.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("row").GetInt32()}|{p.GetProperty("column").GetString()}|{p.GetProperty("message").GetString()}").ToList();
        Assert.Contains("3|手机号|13911110001 与第 2 行重复；一个号码只能属于一位委员。", problems);
        Assert.Contains("3|界别|“不存在的界别”不是本政协的界别（见模板“界别”表）。", problems);
        Assert.Contains(problems, p => p.StartsWith($"4|手机号|{existingMobile} 已登记为"));
        Assert.Contains("4|出生年份|“八十年代”应为四位数字年份，如 1975。", problems);
        Assert.Contains("5|性别|“未知”应为“男”或“女”。", problems);
        Assert.Contains("5|手机号|“12345”不是 11 位手机号。", problems);
        Assert.Contains("5|履职小组|“不存在的小组”不是本政协的履职小组（见模板“履职小组”表）。", problems);
        Assert.Contains("5|专委会|“不存在的专委会”不是本政协的专委会（见模板“专委会”表）。", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("2|"));
        Assert.Equal(8, view.GetProperty("problemCount").GetInt32());

        var confirm = await staff.PostAsync($"{Api}/{id}/confirm", null);
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        Assert.Equal(250, await MemberCount(staff));
    }

    [Fact]
    public async Task Import_AddsAndUpdates_KeepingTheHistory_AllAtOnce()
    {
        var staff = await app.ApiAs("staff");
        var n = await NamesAsync(staff);
        var existing = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0004")).GetProperty("rows")[0];
        var existingId = existing.GetProperty("id").GetGuid();
        var profile = Json(await staff.GetStringAsync($"/api/v1/organization/members/{existingId}"));
        var targetGroup = profile.GetProperty("dutyGroup").GetString() == n.DutyGroup ? n.OtherDutyGroup : n.DutyGroup;
        var rows = new[]
        {
            Row("HY9001", "甲委员", 13911110001L.ToString(), n.Sector, n.DutyGroup, n.Committee, 1978),
            Row("HY9002", "乙委员", null, n.OtherSector, birthYear: 1985.0),
            Row("HY0004", profile.GetProperty("name").GetString()!, profile.GetProperty("mobile").GetString(), profile.GetProperty("sector").GetString()!,
                targetGroup, gender: profile.GetProperty("gender").GetString() == "Male" ? "男" : "女"),
        };
        var id = await IdOf(await UploadAsync(staff, Workbook(rows)));
        var check = await SettledAsync(staff, id);
        Assert.Equal("Checked", check.GetProperty("status").GetString());
        Assert.Equal(2, check.GetProperty("newCount").GetInt32());
        Assert.Equal(1, check.GetProperty("updateCount").GetInt32());
        Assert.Equal(250, await MemberCount(staff)); // the dry run wrote nothing

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"{Api}/{id}/confirm", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"{Api}/{id}/confirm", null)).StatusCode);
        var done = await SettledAsync(staff, id);
        Assert.Equal("Imported", done.GetProperty("status").GetString());
        Assert.Equal(252, await MemberCount(staff));
        var trail = Json(await (await app.ApiAs("admin")).GetStringAsync($"/api/v1/platform/audit?recordId={id}")).GetProperty("rows")
            .EnumerateArray().Select(r => r.GetProperty("actionLabel").GetString()).ToList();
        Assert.Equal(["已导入", "确认导入委员名册", "检查通过，待确认导入", "上传委员名册"], trail);

        var added = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY9001")).GetProperty("rows")[0];
        Assert.Equal(n.DutyGroup, added.GetProperty("dutyGroup").GetString());
        var addedProfile = Json(await staff.GetStringAsync($"/api/v1/organization/members/{added.GetProperty("id").GetGuid()}"));
        Assert.Equal("13911110001", addedProfile.GetProperty("mobile").GetString());
        Assert.Equal(1978, addedProfile.GetProperty("birthYear").GetInt32());
        var moved = Json(await staff.GetStringAsync($"/api/v1/organization/members/{existingId}"));
        Assert.Equal(targetGroup, moved.GetProperty("dutyGroup").GetString());
        var history = moved.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("grouping").GetString() == "DutyGroup");
        Assert.Equal(profile.GetProperty("dutyGroup").GetString(), history.GetProperty("from").GetString());
        Assert.Equal("名册导入（名册.xlsx）", history.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Import_RechecksAtConfirmation_AndWritesNothingWhenTheDataMovedOn()
    {
        var staff = await app.ApiAs("staff");
        var n = await NamesAsync(staff);
        var id = await IdOf(await UploadAsync(staff, Workbook([Row("HY9001", "甲委员", "13911110001", n.Sector), Row("HY9002", "乙委员", "13911110002", n.Sector)])));
        Assert.Equal("Checked", (await SettledAsync(staff, id)).GetProperty("status").GetString());

        // Between the check and the confirmation, somebody enters 乙委员's number by hand for another new member.
        var sectorId = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0001")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var input = Json(await staff.GetStringAsync($"/api/v1/organization/members/{sectorId}/input"));
        var created = await staff.PostAsJsonAsync("/api/v1/organization/members", new
        {
            name = "手工委员", gender = "Male", party = "中共党员", mobile = "13911110002", term = "第十届", memberNo = "HY9500",
            sectorId = input.GetProperty("sectorId").GetGuid(), isStanding = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"{Api}/{id}/confirm", null)).StatusCode);
        var done = await SettledAsync(staff, id);
        Assert.Equal("Invalid", done.GetProperty("status").GetString());
        Assert.Contains("未写入任何数据", done.GetProperty("message").GetString());
        Assert.Equal(251, await MemberCount(staff)); // the hand-entered one only: 甲委员 was not written either
    }

    [Fact]
    public async Task ANewMobileThatIsAnotherLogin_IsReportedInTheDryRun()
    {
        var staff = await app.ApiAs("staff");
        var id = Json(await staff.GetStringAsync("/api/v1/organization/members?search=HY0008")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var p = Json(await staff.GetStringAsync($"/api/v1/organization/members/{id}"));
        var row = Row("HY0008", p.GetProperty("name").GetString()!, "13800000001", p.GetProperty("sector").GetString()!, p.GetProperty("dutyGroup").GetString(),
            gender: p.GetProperty("gender").GetString() == "Male" ? "男" : "女");
        var view = await SettledAsync(staff, await IdOf(await UploadAsync(staff, Workbook([row]))));
        Assert.Equal("Invalid", view.GetProperty("status").GetString());
        Assert.Equal("13800000001 已是另一个登录账号的用户名或手机号。", view.GetProperty("problems")[0].GetProperty("message").GetString());
        Assert.Equal(2, view.GetProperty("problems")[0].GetProperty("row").GetInt32());
    }

    [Fact]
    public async Task TooManyRows_AreRefusedNamingTheRow()
    {
        var staff = await app.ApiAs("staff");
        var rows = Enumerable.Range(0, RosterImports.MaxRows + 1).Select(i => new Dictionary<string, object?> { ["委员证号"] = $"X{i}", ["姓名"] = "某" });
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "委员名册");
        var id = await IdOf(await UploadAsync(staff, stream.ToArray()));
        var view = await SettledAsync(staff, id);
        Assert.Equal("Invalid", view.GetProperty("status").GetString());
        Assert.Equal($"缺少必填列“性别”。请使用下载的模板，第一行为列名。", view.GetProperty("problems")[0].GetProperty("message").GetString());

        var full = Enumerable.Range(0, RosterImports.MaxRows + 1).Select(i => Row($"X{i}", "某", null, "某界"));
        var id2 = await IdOf(await UploadAsync(staff, Workbook(full)));
        var view2 = await SettledAsync(staff, id2);
        Assert.Equal("Invalid", view2.GetProperty("status").GetString());
        Assert.StartsWith($"第 {RosterImports.MaxRows + 2:N0} 行：超过每次导入的上限 {RosterImports.MaxRows:N0} 行", view2.GetProperty("message").GetString());
        Assert.Equal(250, await MemberCount(staff));
    }

    [Fact]
    public async Task DamagedWorkbook_GetsAClearMessage()
    {
        var staff = await app.ApiAs("staff");
        var good = Workbook([Row("HY9001", "甲委员", null, "某界")]);
        // A zip with the parts of a workbook but a broken sheet: passes the type check, fails in the reader.
        using var damaged = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(damaged, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new System.IO.Compression.ZipArchive(new MemoryStream(good)))
            foreach (var e in source.Entries)
            {
                await using var w = zip.CreateEntry(e.FullName).Open();
                if (e.FullName.StartsWith("xl/worksheets/")) await w.WriteAsync("<worksheet><sheetData><row"u8.ToArray());
                else { await using var r = e.Open(); await r.CopyToAsync(w); }
            }
        var id = await IdOf(await UploadAsync(staff, damaged.ToArray()));
        var view = await SettledAsync(staff, id);
        Assert.Equal("Invalid", view.GetProperty("status").GetString());
        Assert.StartsWith("文件无法读取", view.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Pages_UploadCheckAndConfirm()
    {
        var staff = await app.ApiAs("staff");
        var n = await NamesAsync(staff);
        var pages = await app.PagesAs("staff");
        var form = await pages.GetStringAsync("/organization/members/import");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var upload = await pages.PostAsync("/organization/members/import/upload", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Workbook([Row("HY9001", "甲委员", "13911110001", n.Sector)])), "file", "名册.xlsx" },
        });
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var url = upload.Headers.Location!.ToString();
        var id = Guid.Parse(url.Split('/').Last());
        await SettledAsync(staff, id);
        var page = await pages.GetPageAsync(url);
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Contains("确认导入（新增 1，更新 0）", page.QuerySelector("button.btn-primary")!.TextContent);

        var confirmed = await TestApp.PostFormAsync(pages, url, "confirm", new() { ["ConfirmId"] = id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Imported", (await SettledAsync(staff, id)).GetProperty("status").GetString());
        var list = await pages.GetPageAsync("/organization/members/import");
        Assert.Contains("已导入", list.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task Members_CannotImport()
    {
        var member = await app.ApiAs("member06");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"{Api}/template")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(member, [1, 2, 3])).StatusCode);
    }
}
