using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Infrastructure.ApiResponses;
using static Xieshang.Tests.Opinions.OpinionApi;

namespace Xieshang.Tests.Opinions;

/// <summary>Reporting up: each level is its own record; the item's page shows the whole chain; results come from the level that decided.</summary>
public sealed class OpinionReportTests : OwnAppTests
{
    async Task<HttpClient> AdminOf(string committee)
    {
        var client = await app.ApiAs("admin");
        client.DefaultRequestHeaders.Add("X-Committee", (await app.CommitteeId(committee)).ToString());
        return client;
    }

    static List<(string?, string?)> Chain(JsonElement view) =>
        view.GetProperty("reports").EnumerateArray().Select(r => (r.GetProperty("level").GetString(), r.GetProperty("result").GetString())).ToList();

    [Fact]
    public async Task AnItem_GoesUpLevelByLevel_EachLevelDecidesOnItsOwnCopy_AndTheFirstSeesTheWholeChain()
    {
        var (member, staff, leader) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("leader"));
        var draft = (await Ok(await member.PostAsJsonAsync(Api, new { title = "关于家庭过期药品回收处理问题应予关注的建议", body = Body }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await Ok(await Act(member, draft, "submit"));
        Assert.Contains("已编发", await Refused(await staff.PostAsync($"{Api}/{draft}/report", null), HttpStatusCode.Conflict));
        await PublishAsync(staff, leader, draft);

        Assert.Equal("淮安市政协", (await Ok(await staff.GetAsync($"{Api}/{draft}"))).GetProperty("parentOnPlatform").GetString());
        var sent = await Ok(await staff.PostAsync($"{Api}/{draft}/report", null));
        Assert.Equal([("CITY", "PENDING")], Chain(sent));
        Assert.Equal("淮安市政协", sent.GetProperty("reports")[0].GetProperty("receiverName").GetString());
        Assert.Contains("不能重复报送", await Refused(await staff.PostAsync($"{Api}/{draft}/report", null), HttpStatusCode.Conflict));
        // The district does not decide for the city.
        Assert.Contains("自行确定", await Refused(await staff.PostAsJsonAsync($"{Api}/{draft}/report/result", new { result = "SINGLE" }), HttpStatusCode.Conflict));

        // The city finds its own copy in its queue; the district cannot open it, nor can a committee that never received the item record anything.
        var city = await AdminOf("淮安市政协");
        var copy = Json(await city.GetStringAsync($"{Api}?state=SUBMITTED")).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("title").GetString() == "关于家庭过期药品回收处理问题应予关注的建议");
        var copyId = copy.GetProperty("id").GetGuid();
        Assert.Equal("下级政协报送", copy.GetProperty("sourceLabel").GetString());
        Assert.Equal("淮阴区政协", copy.GetProperty("reporters").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{Api}/{copyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(city, copyId, "return", new { note = "请补充数据" })).StatusCode); // adopted or retained, not sent back
        var other = await app.ApiAs("qjp-staff");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"{Api}/{draft}/report/result", new { result = "SINGLE" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await city.PostAsJsonAsync($"{Api}/{draft}/report/result", new { result = "SINGLE" })).StatusCode);

        // The city carries it in its bulletin: the district's report says so, and so do its figures (kept until then).
        async Task<JsonElement> Figures() => Json(await staff.GetStringAsync($"{Api}/statistics?year=2026"));
        Assert.Equal(0, (await Figures()).GetProperty("adoptedByCity").GetInt32());
        await PublishAsync(city, city, copyId);
        Assert.Equal(1, (await Figures()).GetProperty("adoptedByCity").GetInt32());
        var district = await Ok(await member.GetAsync($"{Api}/{draft}"));
        Assert.Equal([("CITY", "SINGLE")], Chain(district));
        Assert.Equal("淮安市政协《社情民意》2026年第 1 期", district.GetProperty("reports")[0].GetProperty("bulletinNo").GetString());

        // The city sends it on; the province retains it (not adopted), then takes it up again.
        await Ok(await city.PostAsync($"{Api}/{copyId}/report", null));
        var province = await AdminOf("江苏省政协");
        var provincial = Json(await province.GetStringAsync($"{Api}?state=SUBMITTED")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        Assert.Equal("淮安市政协", (await Ok(await province.GetAsync($"{Api}/{provincial}"))).GetProperty("receivedFrom").GetString());
        int NotAdoptedByProvince(JsonElement f) => f.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("level").GetString() == "PROVINCIAL")
            .GetProperty("notAdopted").GetInt32();
        Assert.Equal(0, NotAdoptedByProvince(await Figures()));
        Assert.Equal(HttpStatusCode.Forbidden, (await Act(province, provincial, "forward", new { note = "省发展改革委" })).StatusCode); // the national level's decision
        await Ok(await Act(province, provincial, "retain", new { note = "与已编发信息重复" }));
        // The city's report changed; the district, where the item began, is told too.
        Assert.Equal(1, NotAdoptedByProvince(await Figures()));
        Assert.Equal([("CITY", "SINGLE"), ("PROVINCIAL", "NOT_ADOPTED")], Chain(await Ok(await staff.GetAsync($"{Api}/{draft}"))));
        await Ok(await Act(province, provincial, "accept"));
        Assert.Equal([("CITY", "SINGLE"), ("PROVINCIAL", "PENDING")], Chain(await Ok(await city.GetAsync($"{Api}/{copyId}"))));

        // The province carries it and sends it to the national committee, which passes it to the ministries concerned.
        await Ok(await Act(province, provincial, "edit", new { editedTitle = "关于家庭过期药品回收处理问题应予关注的建议", editedBody = Body }));
        await Ok(await Act(province, provincial, "sign"));
        await Ok(await province.PostAsJsonAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { provincial }, kind = "SINGLE" }), HttpStatusCode.Created);
        await Ok(await province.PostAsync($"{Api}/{provincial}/report", null));
        var national = await AdminOf("全国政协");
        var nationalCopy = Json(await national.GetStringAsync($"{Api}?state=SUBMITTED")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        Assert.Contains("forward", Actions(await Ok(await national.GetAsync($"{Api}/{nationalCopy}"))));
        Assert.Contains("转送的部门", await Refused(await Act(national, nationalCopy, "forward", new { note = " " }), HttpStatusCode.BadRequest));
        Assert.Equal(0, (await Figures()).GetProperty("adoptedByNational").GetInt32());
        var forwarded = await Ok(await Act(national, nationalCopy, "forward", new { note = "国家发展改革委、国家卫生健康委" }));
        Assert.Equal("FORWARDED", forwarded.GetProperty("workflow").GetProperty("state").GetString());
        var chain = await Ok(await staff.GetAsync($"{Api}/{draft}"));
        Assert.Equal([("CITY", "SINGLE"), ("PROVINCIAL", "SINGLE"), ("NATIONAL", "FORWARDED")], Chain(chain));
        Assert.Equal("转送国家发展改革委、国家卫生健康委", chain.GetProperty("reports")[2].GetProperty("note").GetString());
        var figures = await Figures();
        Assert.Equal((1, 1), (figures.GetProperty("adoptedByNational").GetInt32(),
            figures.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("level").GetString() == "NATIONAL").GetProperty("forwarded").GetInt32()));
    }

    [Fact]
    public async Task WhenTheLevelAbove_IsNotOnThePlatform_StaffRecordItsResultByHand()
    {
        // This district's city committee is not on the platform.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
            var huaiyin = await db.Set<Committee>().SingleAsync(c => c.Name == "淮阴区政协", TestContext.Current.CancellationToken);
            huaiyin.ParentId = null;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var (member, staff, leader) = (await app.ApiAs("member01"), await app.ApiAs("staff"), await app.ApiAs("leader"));
        var id = await PublishedAsync(member, staff, leader, "关于勿让汉字注音符号失传的建议");
        Assert.Contains("报送到哪个政协", await Refused(await staff.PostAsync($"{Api}/{id}/report", null), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"{Api}/{id}/report", new { receiverName = "淮安市政协" })).StatusCode);
        var sent = await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/report", new { receiverName = "淮安市政协" }));
        Assert.True(sent.GetProperty("reports")[0].GetProperty("byHand").GetBoolean());

        Assert.Contains("全国政协一级", await Refused(await staff.PostAsJsonAsync($"{Api}/{id}/report/result", new { result = "FORWARDED" }), HttpStatusCode.BadRequest));
        Assert.Contains("今天之前", await Refused(await staff.PostAsJsonAsync($"{Api}/{id}/report/result", new { result = "SINGLE", date = "2030-01-01" }), HttpStatusCode.BadRequest));
        Assert.Contains("采用情况：请选择", await Refused(await staff.PostAsJsonAsync($"{Api}/{id}/report/result", new { result = "MAYBE" }), HttpStatusCode.BadRequest));
        Assert.Equal([("CITY", "PENDING")], Chain(await Ok(await staff.GetAsync($"{Api}/{id}"))));

        var recorded = await Ok(await staff.PostAsJsonAsync($"{Api}/{id}/report/result", new { result = "COMPOSITE", date = "2026-11-25", bulletinNo = "《淮安政协信息》第 30 期" }));
        Assert.Equal([("CITY", "COMPOSITE")], Chain(recorded));
        Assert.Equal("《淮安政协信息》第 30 期", recorded.GetProperty("reports")[0].GetProperty("bulletinNo").GetString());
    }
}
