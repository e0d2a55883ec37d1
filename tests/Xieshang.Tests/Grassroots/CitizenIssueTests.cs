using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Grassroots;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Grassroots;

/// <summary>码上议 from the citizen's phone to the room's staff and back. An app of its own: submissions count against flood limits.</summary>
public sealed class CitizenIssueTests : OwnAppTests
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : Json(text);
    }

    static async Task<string> Refused(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {text}");
        return Json(text).GetProperty("title").GetString()!;
    }

    async Task<string> RoomCodeAsync()
    {
        var rooms = Json(await (await app.ApiAs("staff")).GetStringAsync("/api/v1/rooms"));
        Assert.Equal(259 + 13, rooms.GetArrayLength());
        return rooms.EnumerateArray().First(r => r.GetProperty("level").GetString() == "村（社区）").GetProperty("code").GetString()!;
    }

    async Task<int> IssueCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<CitizenIssue>().IgnoreQueryFilters().CountAsync();
    }

    [Fact]
    public async Task ACitizen_SubmitsWithoutAnAccount_FollowsItByCode_AndRatesTheResultOnce()
    {
        var code = await RoomCodeAsync();
        var citizen = app.Anonymous();
        var room = await Ok(await citizen.GetAsync($"/api/v1/public/rooms/{code.ToLower()}"));
        Assert.EndsWith("协商议事室", room.GetProperty("name").GetString());

        var submitted = await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues",
            new { title = "村口路灯不亮", text = "村口路灯坏了，请联系我 13912345678 了解情况。", contactName = "王小明", phone = "13912345678" }));
        var tracking = submitted.GetProperty("trackingCode").GetString()!;
        var view = await Ok(await citizen.GetAsync($"/api/v1/public/issues/{tracking}"));
        Assert.Equal("SUBMITTED", view.GetProperty("state").GetString());
        // Personal data is masked on the public side, in the fields and in the text.
        Assert.Equal("王**", view.GetProperty("sender").GetString());
        Assert.Contains("139****5678", view.GetProperty("text").GetString());
        Assert.DoesNotContain("13912345678", view.ToString());
        Assert.Contains("办理结果公示后才能评价", await Refused(await citizen.PostAsJsonAsync($"/api/v1/public/issues/{tracking}/rating", new { rating = "SATISFIED" }), 409));

        // The room's staff: receive, answer, publish — the citizen sees the answer and rates it.
        var staff = await app.ApiAs("staff");
        var id = (await Ok(await staff.GetAsync($"/api/v1/grassroots/issues?search={tracking}"))).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var detail = await Ok(await staff.GetAsync($"/api/v1/grassroots/issues/{id}"));
        Assert.Equal("13912345678", detail.GetProperty("phone").GetString());
        await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/receive", new { }));
        Assert.Contains("答复内容", await Refused(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/answer", new { }), 400));
        await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/answer", new { note = "已安排电工明天维修。" }));
        await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/publish", new { }));

        view = await Ok(await citizen.GetAsync($"/api/v1/public/issues/{tracking}"));
        Assert.Equal("已安排电工明天维修。", view.GetProperty("result").GetString());
        Assert.True(view.GetProperty("canRate").GetBoolean());
        Assert.Contains("请选择", await Refused(await citizen.PostAsJsonAsync($"/api/v1/public/issues/{tracking}/rating", new { rating = "GREAT" }), 400));
        var rated = await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/issues/{tracking}/rating", new { rating = "SATISFIED" }));
        Assert.Equal("CLOSED", rated.GetProperty("state").GetString());
        Assert.Contains("已评价过", await Refused(await citizen.PostAsJsonAsync($"/api/v1/public/issues/{tracking}/rating", new { rating = "NOT_SATISFIED" }), 409));
        var audit = Json(await (await app.ApiAs("admin")).GetStringAsync($"/api/v1/platform/audit?recordId={id}"));
        Assert.Contains(audit.GetProperty("rows").EnumerateArray(), e => e.GetProperty("actorName").GetString() == "群众（码上议）" && e.GetProperty("actionLabel").GetString() == "评价");
    }

    [Fact]
    public async Task NotSatisfied_ReopensOnce_ThroughConsultationAndMeasures()
    {
        var code = await RoomCodeAsync();
        var citizen = app.Anonymous();
        var tracking = (await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "小区没有物业", text = "卫生绿化无人管理，希望协商。", anonymous = true })))
            .GetProperty("trackingCode").GetString()!;
        var staff = await app.ApiAs("staff");
        var id = (await Ok(await staff.GetAsync($"/api/v1/grassroots/issues?search={tracking}"))).GetProperty("rows")[0].GetProperty("id").GetGuid();
        async Task Act(string action, object body) => await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/{action}", body));
        await Act("receive", new { });
        await Act("accept_topic", new { });
        Assert.Contains("协商时间", await Refused(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/schedule", new { }), 400));
        await Act("schedule", new { startsAt = "2026-12-05 15:00" });
        // The session is a room consultation of the meetings module, in the room, with the duty group's members invited.
        var sessionId = (await Ok(await staff.GetAsync($"/api/v1/grassroots/issues/{id}"))).GetProperty("activityId").GetGuid();
        var session = await Ok(await staff.GetAsync($"/api/v1/activities/{sessionId}"));
        Assert.Equal("ROOM_CONSULTATION", session.GetProperty("type").GetString());
        Assert.Equal("DRAFT", session.GetProperty("workflow").GetProperty("state").GetString());
        Assert.True((await Ok(await staff.GetAsync($"/api/v1/activities/{sessionId}/attendance"))).GetProperty("listed").GetInt32() > 0);
        await Act("record_consultation", new { note = "同意引入物业服务。" });
        Assert.Contains("完成时限", await Refused(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/agree_measures", new { note = "引入物业", target = "社区居委会", dueOn = "明年" }), 400));
        await Act("agree_measures", new { note = "引入物业服务，成立业主议事小组。", target = "社区居委会", dueOn = "2027-03-31" });
        await Act("resolve", new { note = "物业已进驻。" });
        await Act("publish", new { });
        var reopened = await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/issues/{tracking}/rating", new { rating = "NOT_SATISFIED" }));
        Assert.Equal("TOPIC_ACCEPTED", reopened.GetProperty("state").GetString());
        Assert.Equal("匿名", reopened.GetProperty("sender").GetString());
        // The second round ends with the rating, whatever it is.
        await Act("schedule", new { startsAt = "2027-01-05 15:00" });
        await Act("record_consultation", new { note = "调整物业收费。" });
        await Act("agree_measures", new { note = "收费降低。", target = "社区居委会", dueOn = "2027-06-30" });
        await Act("resolve", new { note = "已调整。" });
        await Act("publish", new { });
        var closed = await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/issues/{tracking}/rating", new { rating = "NOT_SATISFIED" }));
        Assert.Equal("CLOSED", closed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task BadInput_IsRefusedInChinese_AndStoresNothing()
    {
        var code = await RoomCodeAsync();
        var citizen = app.Anonymous();
        var before = await IssueCountAsync();
        async Task<string> Bad(object body, int status = 400) => await Refused(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", body), status);
        Assert.Contains("网页代码", await Bad(new { title = "问题", text = "<script>alert(1)</script>路灯坏了" }));
        Assert.Contains("2,000", await Bad(new { title = "问题", text = new string('长', 2001) }));
        Assert.Contains("标题", await Bad(new { title = "", text = "路灯坏了很久了" }));
        Assert.Contains("手机号", await Bad(new { title = "路灯", text = "路灯坏了很久了", phone = "12345" }));
        Assert.Contains("没有这个议事室", await Refused(await citizen.PostAsJsonAsync("/api/v1/public/rooms/ZZZZZZZZ/issues", new { title = "路灯", text = "路灯坏了很久了" }), 404));
        Assert.Contains("查询码不正确", await Refused(await citizen.GetAsync("/api/v1/public/issues/<script>"), 404));
        // The spam trap: looks like success to the bot, stores nothing.
        var trap = await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "优惠", text = "点击链接领取", website = "http://spam" }));
        Assert.Equal(404, (int)(await citizen.GetAsync($"/api/v1/public/issues/{trap.GetProperty("trackingCode").GetString()}")).StatusCode);
        Assert.Equal(before, await IssueCountAsync());

        // A closed room says so on its page and takes nothing new.
        var staff = await app.ApiAs("staff");
        var room = Json(await staff.GetStringAsync("/api/v1/rooms")).EnumerateArray().First(r => r.GetProperty("code").GetString() == code);
        Assert.Equal(204, (int)(await staff.PutAsJsonAsync($"/api/v1/rooms/{room.GetProperty("id").GetGuid()}",
            new { firstConvener = "王书记", isOpen = false, version = room.GetProperty("version").GetInt32() })).StatusCode);
        Assert.False((await Ok(await citizen.GetAsync($"/api/v1/public/rooms/{code}"))).GetProperty("isOpen").GetBoolean());
        Assert.Contains("已停用", await Bad(new { title = "路灯", text = "路灯坏了很久了" }, 404));
        Assert.Contains("已停用", (await citizen.GetPageAsync($"/m/{code}")).QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task Floods_FromOneSenderOrOnePhone_AreSlowedDown_AndTimeLiftsTheLimit()
    {
        var code = await RoomCodeAsync();
        var citizen = app.Anonymous();
        for (var i = 0; i < PublicIssues.MaxPerPhonePerDay; i++)
            await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = $"问题{i}", text = "路灯坏了很久了", phone = "13800001111" }));
        Assert.Contains("同一手机号每天最多", await Refused(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues",
            new { title = "再提一条", text = "路灯坏了很久了", phone = "13800001111" }), 429));
        for (var i = PublicIssues.MaxPerPhonePerDay; i < PublicIssues.MaxPerSenderPer10Minutes; i++)
            await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = $"问题{i}", text = "路灯坏了很久了" }));
        Assert.Contains("提交太频繁", await Refused(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "又一条", text = "路灯坏了很久了" }), 429));
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "过了十分钟", text = "路灯坏了很久了" }));
    }

    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    static MultipartFormDataContent Photo(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        return form;
    }

    [Fact]
    public async Task Photos_AreImagesOnly_AtMostThree_SoonAfterSubmitting_AndSeenByStaffOnly()
    {
        var code = await RoomCodeAsync();
        var citizen = app.Anonymous();
        var tracking = (await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "路面塌陷", text = "村道中间塌了一个坑。" })))
            .GetProperty("trackingCode").GetString()!;
        var url = $"/api/v1/public/issues/{tracking}/photos";
        Assert.Contains("不支持的文件类型", await Refused(await citizen.PostAsync(url, Photo("<script>alert(1)</script>"u8.ToArray(), "坑.png")), 400));
        for (var i = 0; i < IssuePhotos.MaxPhotos; i++)
            Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsync(url, Photo(Png, $"坑{i}.png"))).StatusCode);
        Assert.Contains("最多 3 张", await Refused(await citizen.PostAsync(url, Photo(Png, "坑4.png")), 409));
        Assert.Contains("查询码不正确", await Refused(await citizen.PostAsync("/api/v1/public/issues/ABCDEFGHJK/photos", Photo(Png, "x.png")), 404));

        var staff = await app.PagesAs("staff");
        var id = (await Ok(await (await app.ApiAs("staff")).GetAsync($"/api/v1/grassroots/issues?search={tracking}"))).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var page = await staff.GetPageAsync($"/grassroots/issues/{id}");
        var links = page.QuerySelectorAll("#p-title + ul a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(links[0])).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await app.Anonymous().GetAsync(links[0])).StatusCode);

        var later = (await Ok(await citizen.PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "井盖缺失", text = "路口井盖丢了。" }))).GetProperty("trackingCode").GetString()!;
        app.Clock.Advance(IssuePhotos.Window + TimeSpan.FromMinutes(1));
        Assert.Contains("半小时后", await Refused(await citizen.PostAsync($"/api/v1/public/issues/{later}/photos", Photo(Png, "井.png")), 409));
    }

    async Task<(HttpClient Staff, Guid Id, string Tracking)> ImplementingAsync(string title)
    {
        var code = await RoomCodeAsync();
        var tracking = (await Ok(await app.Anonymous().PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title, text = "需要上级协调解决。" })))
            .GetProperty("trackingCode").GetString()!;
        var staff = await app.ApiAs("staff");
        var id = (await Ok(await staff.GetAsync($"/api/v1/grassroots/issues?search={tracking}"))).GetProperty("rows")[0].GetProperty("id").GetGuid();
        foreach (var (action, body) in new (string, object)[] { ("receive", new { }), ("accept_topic", new { }), ("schedule", new { startsAt = "2026-12-05 15:00" }),
                     ("record_consultation", new { note = "需镇里协调。" }), ("agree_measures", new { note = "上报协调", target = "村委会", dueOn = "2027-01-31" }) })
            await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/{action}", body));
        return (staff, id, tracking);
    }

    [Fact]
    public async Task Escalation_ToTheTownRoom_OpensAnIssueThere_AndToAnotherModule_LeavesAReferral()
    {
        var (staff, id, tracking) = await ImplementingAsync("跨村道路修建");
        Assert.Contains("去向", await Refused(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/escalate", new { note = "跨村", target = "MOON" }), 400));
        await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/escalate", new { note = "涉及两个村，需镇里统筹。", target = "TOWN_ROOM" }));
        Assert.Contains("已上报", (await Ok(await app.Anonymous().GetAsync($"/api/v1/public/issues/{tracking}"))).GetProperty("result").GetString());
        var up = (await Ok(await staff.GetAsync("/api/v1/grassroots/issues?state=RECEIVED&search=跨村道路修建"))).GetProperty("rows")[0];
        Assert.Matches("(镇|街道)协商议事室$", up.GetProperty("room").GetString()!);

        var (_, second, _) = await ImplementingAsync("企业排污扰民");
        await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{second}/actions/escalate", new { note = "建议形成提案。", target = "PROPOSAL_CLUE" }));
        await using var scope = app.Services.CreateAsyncScope();
        var referral = await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<Referral>().IgnoreQueryFilters().SingleAsync(r => r.IssueId == second);
        Assert.Equal(EscalationTarget.ProposalClue, referral.Target);
        Assert.Null(referral.PickedUpAt);
    }

    [Fact]
    public async Task APublishedResult_NobodyRates_ClosesAfterFifteenDays_ByTheJob()
    {
        var code = await RoomCodeAsync();
        var tracking = (await Ok(await app.Anonymous().PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "公告栏破损", text = "村公告栏玻璃碎了。" })))
            .GetProperty("trackingCode").GetString()!;
        var staff = await app.ApiAs("staff");
        var id = (await Ok(await staff.GetAsync($"/api/v1/grassroots/issues?search={tracking}"))).GetProperty("rows")[0].GetProperty("id").GetGuid();
        foreach (var (action, body) in new (string, object)[] { ("receive", new { }), ("answer", new { note = "已更换玻璃。" }), ("publish", new { }) })
            await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/{action}", body));
        async Task<int> Run()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ExpireRatings>().RunAsync(CancellationToken.None);
        }
        Assert.Equal(0, await Run());
        app.Clock.Advance(TimeSpan.FromDays(16));
        Assert.Equal(1, await Run());
        Assert.Equal("CLOSED", (await Ok(await app.Anonymous().GetAsync($"/api/v1/public/issues/{tracking}"))).GetProperty("state").GetString());
        var audit = Json(await (await app.ApiAs("admin")).GetStringAsync($"/api/v1/platform/audit?recordId={id}"));
        Assert.Contains(audit.GetProperty("rows").EnumerateArray(), e => e.GetProperty("actionLabel").GetString() == "评价期满，自动关闭" && e.GetProperty("actorName").GetString() == "系统");
    }

    [Fact]
    public async Task StaffActions_NeedTheirData_AndAMemberCannotHandle()
    {
        var code = await RoomCodeAsync();
        var tracking = (await Ok(await app.Anonymous().PostAsJsonAsync($"/api/v1/public/rooms/{code}/issues", new { title = "邻里纠纷", text = "邻居占用通道。" })))
            .GetProperty("trackingCode").GetString()!;
        var staff = await app.ApiAs("staff");
        var id = (await Ok(await staff.GetAsync($"/api/v1/grassroots/issues?state=SUBMITTED&search={tracking}"))).GetProperty("rows")[0].GetProperty("id").GetGuid();
        Assert.Equal(403, (int)(await (await app.ApiAs("member05")).PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/receive", new { })).StatusCode);
        Assert.Contains("理由", await Refused(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/reject", new { }), 400));
        await Ok(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/reject", new { note = "属于个人纠纷，请通过人民调解解决。" }));
        var view = await Ok(await app.Anonymous().GetAsync($"/api/v1/public/issues/{tracking}"));
        Assert.Equal("REJECTED", view.GetProperty("state").GetString());
        Assert.Equal("属于个人纠纷，请通过人民调解解决。", view.GetProperty("rejectReason").GetString());
        Assert.Contains("不能执行", await Refused(await staff.PostAsJsonAsync($"/api/v1/grassroots/issues/{id}/actions/publish", new { }), 409));
    }
}
