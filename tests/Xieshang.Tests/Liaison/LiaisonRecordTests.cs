using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Liaison;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Liaison;

/// <summary>Members record their contacts with the people of their sector; staff keep the halls' contacts and work content.</summary>
public sealed class LiaisonRecordTests : OwnAppTests
{

    static async Task<Guid> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Json(await response.Content.ReadAsStringAsync()).GetProperty("id").GetGuid();
    }

    async Task<int> Count<T>() where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<T>().IgnoreQueryFilters().CountAsync();
    }

    [Fact]
    public async Task AMember_AddsAContact_RecordsAVisit_AndTheHallCountsIt()
    {
        var member = await app.ApiAs("member01");
        var hallId = Json(await member.GetStringAsync("/api/v1/liaison/contacts?mine=true")).GetProperty("rows")[0].GetProperty("hallId").GetGuid();
        var before = Json(await member.GetStringAsync($"/api/v1/halls/{hallId}"));
        var contact = await Created(await member.PostAsJsonAsync("/api/v1/liaison/contacts",
            new { name = "赵德胜", @class = "PUBLIC_REP", organization = "王营镇东风村", title = "村民代表", phone = "138-0000-7777" }));
        var row = Json(await member.GetStringAsync($"/api/v1/liaison/contacts/{contact}"));
        Assert.Equal("中共界议事厅", row.GetProperty("hall").GetString());
        Assert.Equal(hallId, row.GetProperty("hallId").GetGuid());
        Assert.Equal("13800007777", row.GetProperty("phone").GetString());

        var record = await Created(await member.PostAsJsonAsync("/api/v1/liaison/records", new
        {
            date = "2026-11-20", mode = "OFFLINE_VISIT", topic = "走访东风村：村道养护", outcome = "听取意见 3 条，形成社情民意信息 1 篇。", contactIds = new[] { contact },
        }));
        var mine = Json(await member.GetStringAsync("/api/v1/liaison/records?mine=true&year=2026")).GetProperty("rows").EnumerateArray().ToList();
        var saved = mine.Single(r => r.GetProperty("id").GetGuid() == record);
        Assert.Equal("走下去（上门走访）", saved.GetProperty("modeLabel").GetString());
        Assert.Equal(["赵德胜"], saved.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        var after = Json(await member.GetStringAsync($"/api/v1/halls/{hallId}"));
        Assert.Equal(before.GetProperty("records").GetInt32() + 1, after.GetProperty("records").GetInt32());
        Assert.Equal(before.GetProperty("recordsByMode").GetProperty("OFFLINE_VISIT").GetInt32() + 1, after.GetProperty("recordsByMode").GetProperty("OFFLINE_VISIT").GetInt32());
        Assert.Equal(before.GetProperty("contactsByClass").GetProperty("PUBLIC_REP").GetInt32() + 1, after.GetProperty("contactsByClass").GetProperty("PUBLIC_REP").GetInt32());
        Assert.Equal(JsonValueKind.Null, Json(await (await app.ApiAs("member06")).GetStringAsync($"/api/v1/liaison/contacts/{contact}")).GetProperty("phone").ValueKind);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<AuditEntry>().IgnoreQueryFilters()
                .Where(a => a.RecordId == record.ToString()).ToListAsync();
            Assert.Equal(["liaison.record.add"], audit.Select(a => a.Action));
            Assert.DoesNotContain("赵德胜", audit[0].Summary);
        }

        // Editing with the version read; a second edit from the same stale read is refused and changes nothing.
        var version = saved.GetProperty("version").GetInt32();
        var edit = new { date = "2026-11-20", mode = "ONLINE", topic = "线上回访：村道养护", contactIds = new[] { contact }, version };
        Assert.Equal(HttpStatusCode.NoContent, (await member.PutAsJsonAsync($"/api/v1/liaison/records/{record}", edit)).StatusCode);
        Assert.Contains("已被他人修改", await Refused(await member.PutAsJsonAsync($"/api/v1/liaison/records/{record}", edit with { }), HttpStatusCode.Conflict));
        Assert.Equal("ONLINE", Json(await member.GetStringAsync($"/api/v1/liaison/records/{record}")).GetProperty("mode").GetString());

        // A contact that a record names stays; the record can go, and then the contact.
        Assert.Contains("已有联系记录", await Refused(await member.DeleteAsync($"/api/v1/liaison/contacts/{contact}"), HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"/api/v1/liaison/records/{record}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"/api/v1/liaison/contacts/{contact}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/liaison/contacts/{contact}")).StatusCode);
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_AndNothingIsStored()
    {
        var member = await app.ApiAs("member01");
        var first = Json(await member.GetStringAsync("/api/v1/liaison/contacts?mine=true")).GetProperty("rows")[0];
        var (mine, myHall) = (first.GetProperty("id").GetGuid(), first.GetProperty("hallId").GetGuid());
        var staff = await app.ApiAs("staff");
        var elsewhere = Json(await staff.GetStringAsync("/api/v1/liaison/contacts?search=淮阴黑猪养殖合作社")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var (records, contacts) = (await Count<LiaisonRecord>(), await Count<ContactObject>());

        object Record(string date = "2026-11-20", string mode = "INVITE_IN", string topic = "议事厅座谈：网格化服务", Guid[]? contactIds = null) =>
            new { date, mode, topic, contactIds = contactIds ?? [mine] };
        async Task<string> Post(object body, HttpStatusCode status = HttpStatusCode.BadRequest) =>
            await Refused(await member.PostAsJsonAsync("/api/v1/liaison/records", body), status);

        Assert.Contains("不能晚于今天", await Post(Record(date: "2026-12-01")));
        Assert.Contains("日期", await Post(Record(date: "11/20/2026")));
        Assert.Contains("方式", await Post(Record(mode: "CARRIER_PIGEON")));
        Assert.Contains("主题", await Post(Record(topic: new string('议', 101))));
        Assert.Contains("至少选择一位", await Post(Record(contactIds: [])));
        Assert.Contains("本议事厅", await Post(Record(contactIds: [elsewhere])));
        Assert.Contains("不存在", await Post(Record(contactIds: [Guid.NewGuid()])));
        // A member records for themself only, through their own hall.
        var other = Json(await staff.GetStringAsync("/api/v1/liaison/records?year=2023")).GetProperty("rows").EnumerateArray()
            .First(r => r.GetProperty("hallId").GetGuid() != myHall);
        Assert.Contains("本人", await Post(new { date = "2026-11-20", mode = "ONLINE", topic = "代人记录", contactIds = new[] { mine },
            membershipId = other.GetProperty("membershipId").GetGuid() }, HttpStatusCode.Forbidden));
        Assert.Contains("本人所在界别议事厅", await Post(new { date = "2026-11-20", mode = "ONLINE", topic = "他厅记录", contactIds = new[] { mine },
            hallId = other.GetProperty("hallId").GetGuid() }, HttpStatusCode.Forbidden));
        Assert.Contains("本人", await Refused(await member.PutAsJsonAsync($"/api/v1/liaison/records/{other.GetProperty("id").GetGuid()}", Record()), HttpStatusCode.Forbidden));
        Assert.Contains("本人", await Refused(await member.DeleteAsync($"/api/v1/liaison/records/{other.GetProperty("id").GetGuid()}"), HttpStatusCode.Forbidden));

        Assert.Contains("手机号", await Refused(await member.PostAsJsonAsync("/api/v1/liaison/contacts", new { name = "钱多多", @class = "PROFESSIONAL", phone = "12345" }), HttpStatusCode.BadRequest));
        Assert.Contains("类别", await Refused(await member.PostAsJsonAsync("/api/v1/liaison/contacts", new { name = "钱多多", @class = "VIP" }), HttpStatusCode.BadRequest));
        Assert.Contains("本人联系", await Refused(await member.PutAsJsonAsync($"/api/v1/liaison/contacts/{elsewhere}", new { name = "改名", @class = "PROFESSIONAL" }), HttpStatusCode.Forbidden));
        // Members without a seat (handling units) may not write at all; 403 from the route.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs("unit01")).PostAsJsonAsync("/api/v1/liaison/records", Record())).StatusCode);

        Assert.Equal(records, await Count<LiaisonRecord>());
        Assert.Equal(contacts, await Count<ContactObject>());
    }

    [Fact]
    public async Task Staff_KeepContactsAndWorkContent_AndRecordForAMember()
    {
        var staff = await app.ApiAs("staff");
        var report = Json(await staff.GetStringAsync("/api/v1/halls?year=2026")).GetProperty("rows").EnumerateArray().ToList();
        var hall = report.First(r => r.GetProperty("name").GetString() == "教育界议事厅").GetProperty("id").GetGuid();
        var view = Json(await staff.GetStringAsync($"/api/v1/halls/{hall}?year=2026"));
        var memberId = view.GetProperty("members")[0].GetProperty("id").GetGuid();
        var studio = view.GetProperty("studios")[0].GetProperty("id").GetGuid();

        var contact = await Created(await staff.PostAsJsonAsync("/api/v1/liaison/contacts",
            new { name = "孙明理", @class = "PROFESSIONAL", organization = "淮阴中学", title = "特级教师", hallId = hall, studioId = studio, memberNos = "HY0013 HY0038" }));
        var row = Json(await staff.GetStringAsync($"/api/v1/liaison/contacts/{contact}"));
        Assert.Equal(["HY0013", "HY0038"], row.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("memberNo").GetString()));
        Assert.Contains("HY9999", await Refused(await staff.PutAsJsonAsync($"/api/v1/liaison/contacts/{contact}",
            new { name = "孙明理", @class = "PROFESSIONAL", hallId = hall, memberNos = "HY0013 HY9999" }), HttpStatusCode.BadRequest));

        var record = await Created(await staff.PostAsJsonAsync("/api/v1/liaison/records",
            new { date = "2026-11-24", mode = "INVITE_IN", topic = "请上来：课后服务座谈", contactIds = new[] { contact }, studioId = studio, memberNo = "HY0013" }));
        var saved = Json(await staff.GetStringAsync($"/api/v1/liaison/records/{record}"));
        Assert.Equal(studio, saved.GetProperty("studioId").GetGuid());
        Assert.Equal(1, Json(await staff.GetStringAsync($"/api/v1/liaison/contacts/{contact}")).GetProperty("records").GetInt32());

        // The year's work content: written, then changed with the version read; a stale change is refused.
        var url = $"/api/v1/halls/{hall}/work-content/2027";
        Assert.Contains("10 至 4,000 字", await Refused(await staff.PutAsJsonAsync(url, new { content = "太短" }), HttpStatusCode.BadRequest));
        Assert.Contains("负责委员", await Refused(await staff.PutAsJsonAsync(url, new { content = "围绕县中高质量发展联系教育界群众。", leadMemberNo = "HY9999" }), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync(url, new { content = "围绕县中高质量发展联系教育界群众。", leadMemberNo = "HY0013" })).StatusCode);
        var work = Json(await staff.GetStringAsync($"/api/v1/halls/{hall}?year=2027")).GetProperty("work");
        Assert.Equal("HY0013", work.GetProperty("leadMemberNo").GetString());
        var stale = work.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync(url, new { content = "围绕课后服务联系教育界群众。", version = stale })).StatusCode);
        Assert.Contains("已被他人修改", await Refused(await staff.PutAsJsonAsync(url, new { content = "覆盖别人的修改内容。", version = stale }), HttpStatusCode.Conflict));
        Assert.Equal("围绕课后服务联系教育界群众。", Json(await staff.GetStringAsync($"/api/v1/halls/{hall}?year=2027")).GetProperty("work").GetProperty("content").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs("member01")).PutAsJsonAsync(url, new { content = "委员不能制定工作内容。" })).StatusCode);

        // A hall with contacts and records cannot be deleted from the structure.
        var deleted = await staff.DeleteAsync($"/api/v1/organization/structure/studios/{studio}");
        Assert.Contains("不能删除", await Refused(deleted, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task TheRecordForm_OnAPhone_SavesOrSaysWhy()
    {
        var pages = await app.PagesAs("member01");
        var form = await pages.GetPageAsync("/liaison/record");
        var contact = form.QuerySelector("input[name=contact]")!.GetAttribute("value")!;
        var refused = await TestApp.PostFormAsync(pages, "/liaison/record", "record", new()
        {
            ["date"] = "2026-11-23", ["mode"] = "INVITE_IN", ["topic"] = "请上来：网格员座谈",
        });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("至少选择一位", html);
        Assert.Contains("请上来：网格员座谈", html);

        var saved = await TestApp.PostFormAsync(pages, "/liaison/record", "record", new()
        {
            ["date"] = "2026-11-23", ["mode"] = "INVITE_IN", ["topic"] = "请上来：网格员座谈", ["contact"] = contact, ["outcome"] = "收集意见 5 条。",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var mine = await pages.GetPageAsync("/me/liaison");
        Assert.Contains("请上来：网格员座谈", mine.QuerySelector("#records-title + ul")!.TextContent);
    }
}
