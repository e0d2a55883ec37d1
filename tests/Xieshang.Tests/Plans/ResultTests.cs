using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;

namespace Xieshang.Tests.Plans;

/// <summary>Results: a 建议案 adopted then sent, instructed on (its topic follows), passed on as a proposal and an information item; a speech at a higher plenary.</summary>
public sealed class ResultTests : OwnAppTests
{
    const string Api = "/api/v1/results";
    const string Body = "针对社区居家养老服务供给不足的问题，建议统筹建设街道综合养老服务中心，推广家庭养老床位，完善助餐助浴服务网络。";

    static string State(JsonElement view) => view.GetProperty("result").GetProperty("workflow").GetProperty("state").GetString()!;

    [Fact]
    public async Task ARecommendation_IsAdoptedSentInstructedAndPassedOn()
    {
        var (staff, leader, member) = (await app.ApiAs("staff"), await app.ApiAs("leader"), await app.ApiAs("member01"));
        object Input(string kind, string? body = Body) => new { year = 2026, kind, title = "关于发展社区居家养老服务的建议案", body };
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync(Api, Input("RECOMMENDATION"))).StatusCode);
        Assert.Contains("正文", await Refused(await staff.PostAsJsonAsync(Api, Input("RECOMMENDATION", "太短")), HttpStatusCode.BadRequest));
        Assert.Contains("哪次全会", await Refused(await staff.PostAsJsonAsync(Api, Input("SPEECH")), HttpStatusCode.BadRequest));
        var id = (await Ok(await staff.PostAsJsonAsync(Api, Input("RECOMMENDATION")), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Task<HttpResponseMessage> Act(HttpClient c, string action, object body) => c.PostAsJsonAsync($"{Api}/{id}/actions/{action}", body);

        // A 建议案 goes up only once the standing committee has adopted it.
        Assert.Contains("常委会议审议通过", await Refused(await Act(staff, "send", new { on = "2026-11-25", sentTo = "区委、区政府" }), HttpStatusCode.Forbidden));
        Assert.Contains("成果报送或在大会交流后", await Refused(await staff.PostAsJsonAsync("/api/v1/instructions", new
        {
            targetType = "result", targetId = id, level = "DISTRICT", leaderName = "区委书记", instructedOn = "2026-11-25", text = "请研究。",
        }), HttpStatusCode.Conflict));
        Assert.Equal("ADOPTED", State(await Ok(await Act(leader, "adopt", new { on = "2026-11-20" }))));
        Assert.Contains("报送对象", await Refused(await Act(staff, "send", new { on = "2026-11-25" }), HttpStatusCode.BadRequest));
        Assert.Contains("不能晚于今天", await Refused(await Act(staff, "send", new { on = "2026-12-25", sentTo = "区委、区政府" }), HttpStatusCode.BadRequest));
        Assert.Equal("SENT", State(await Ok(await Act(staff, "send", new { on = "2026-11-25", sentTo = "区委、区政府" }))));
        Assert.Contains("已通过或报送", await Refused(await staff.PutAsJsonAsync($"{Api}/{id}", Input("RECOMMENDATION")), HttpStatusCode.Conflict));

        await Ok(await staff.PostAsJsonAsync("/api/v1/instructions", new
        {
            targetType = "result", targetId = id, level = "DISTRICT", leaderName = "区委书记", instructedOn = "2026-11-25", text = "请区民政局认真研究吸纳。", department = "区民政局",
        }), HttpStatusCode.Created);
        // The same through the page's shared instruction form (a child component's form, posted to the result's page).
        var pages = await app.PagesAs("staff");
        var posted = await TestApp.PostFormAsync(pages, $"/plans/results/{id}", "instruction", new()
        {
            ["level"] = "CITY", ["leaderName"] = "市委书记", ["instructedOn"] = "2026-11-25", ["text"] = "请市民政局总结推广。", ["department"] = "市民政局",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var view = Json(await staff.GetStringAsync($"{Api}/{id}"));
        Assert.Equal(["区民政局", "市民政局"], view.GetProperty("instructions").EnumerateArray().Select(i => i.GetProperty("department").GetString()).Order());
        Assert.Contains(Json(await staff.GetStringAsync("/api/v1/instructions?year=2026")).EnumerateArray(),
            i => i.GetProperty("targetType").GetString() == "result" && i.GetProperty("targetLink").GetString() == $"/plans/results/{id}");

        // 成果转化: a collective proposal draft and an information item draft of the office, linked back; once each.
        var proposal = (await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/convert", new { to = "PROPOSAL" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var opinion = (await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/convert", new { to = "OPINION" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Contains("已经转化过", await Refused(await staff.PostAsJsonAsync($"{Api}/{id}/convert", new { to = "PROPOSAL" }), HttpStatusCode.Conflict));
        var linked = Json(await staff.GetStringAsync($"{Api}/{id}")).GetProperty("result");
        Assert.Equal((proposal, opinion), (linked.GetProperty("proposalId").GetGuid(), linked.GetProperty("opinionItemId").GetGuid()));
        var draft = Json(await staff.GetStringAsync($"/api/v1/proposals/{proposal}"));
        Assert.Equal(("关于发展社区居家养老服务的建议案", "COLLECTIVE"), (draft.GetProperty("title").GetString(), draft.GetProperty("proposerType").GetString()));
        var item = Json(await staff.GetStringAsync($"/api/v1/opinions/{opinion}"));
        Assert.Equal("关于发展社区居家养老服务的建议案", item.GetProperty("title").GetString());
        // Each converted record names the result it came from, and its page links back.
        Assert.Equal((id, "建议案"), (draft.GetProperty("fromResult").GetProperty("id").GetGuid(), draft.GetProperty("fromResult").GetProperty("kindLabel").GetString()));
        Assert.Equal(id, item.GetProperty("fromResult").GetProperty("id").GetGuid());
        foreach (var converted in new[] { $"/proposals/{proposal}", $"/opinions/{opinion}" })
            Assert.NotNull((await pages.GetPageAsync(converted)).QuerySelector($"dl.facts a[href='/plans/results/{id}']"));

        // The 建议案 as Word, headed by the standing committee.
        var docx = await staff.GetAsync($"{Api}/{id}/document.docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("淮阴区政协常务委员会", text);
        Assert.Contains("关于发展社区居家养老服务的建议案", text);
    }

    [Fact]
    public async Task ASpeechAtTheCitysPlenary_IsGiven_AndAnInstructionOnItMovesItsTopic()
    {
        var (staff, leader) = (await app.ApiAs("staff"), await app.ApiAs("leader"));
        var choices = Json(await staff.GetStringAsync("/api/v1/plans/choices"));
        await Ok(await staff.PostAsJsonAsync("/api/v1/plans", new { year = 2026 }), HttpStatusCode.Created);
        var topic = (await Ok(await staff.PostAsJsonAsync("/api/v1/plans/2026/topics", new
        {
            title = "推进居家和社区养老服务", around = "LIVELIHOOD", format = "STANDING_DELIBERATION", leadLeaderId = choices.GetProperty("leaders")[0].GetProperty("id").GetGuid(),
            leadCommitteeId = choices.GetProperty("committees")[0].GetProperty("id").GetGuid(), deadline = "2026-12-31",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Ok(await leader.PostAsJsonAsync("/api/v1/plans/2026/actions/review", new { }));
        await Ok(await leader.PostAsJsonAsync("/api/v1/plans/2026/actions/approve", new { approvedBy = "中共淮安市淮阴区委常委会", approvedOn = "2026-01-10" }));
        foreach (var (action, body) in new (string, object)[] { ("schedule", new { meetingOn = "2026-12-20" }) })
            await Ok(await staff.PostAsJsonAsync($"/api/v1/plans/topics/{topic}/actions/{action}", body));
        app.Clock.Advance(TimeSpan.FromDays(26)); // 2026-12-21
        (staff, leader) = (await app.ApiAs("staff"), await app.ApiAs("leader"));
        foreach (var action in new[] { "hold", "form_outputs", "send" })
            await Ok(await staff.PostAsJsonAsync($"/api/v1/plans/topics/{topic}/actions/{action}", new { }));

        var id = (await Ok(await staff.PostAsJsonAsync(Api, new
        {
            year = 2026, kind = "SPEECH", title = "推进居家和社区养老服务高质量发展", body = Body, topicId = topic, author = "淮阴区政协", venue = "淮安市政协九届一次会议",
            venueLevel = "CITY", mode = "ORAL",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Contains("仅建议案", await Refused(await leader.PostAsJsonAsync($"{Api}/{id}/actions/adopt", new { on = "2026-12-21" }), HttpStatusCode.Forbidden));
        Assert.Equal("DELIVERED", State(await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/actions/deliver", new { on = "2026-12-21" }))));
        await Ok(await staff.PostAsJsonAsync("/api/v1/instructions", new
        {
            targetType = "result", targetId = id, level = "CITY", leaderName = "市委书记", instructedOn = "2026-12-21", text = "发言很有针对性，请市民政局吸纳。", department = "市民政局",
        }), HttpStatusCode.Created);
        Assert.Equal("INSTRUCTED", Json(await staff.GetStringAsync($"/api/v1/plans/topics/{topic}")).GetProperty("workflow").GetProperty("state").GetString());
        var row = Json(await staff.GetStringAsync($"{Api}?year=2026")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(("淮安市政协九届一次会议", "CITY", 1), (row.GetProperty("venue").GetString(), row.GetProperty("venueLevel").GetString(), row.GetProperty("instructions").GetInt32()));
    }
}
