using System.Text.Json;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Opinions;

/// <summary>The demo's 社情民意 of 2023, as the report has it, computed from the records.</summary>
public sealed class OpinionDemoTests(TestApp app)
{
    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public async Task Year2023_HasTheReportsFigures_AndItsNamedItems()
    {
        var staff = await app.ApiAs("staff");
        var stats = Json(await staff.GetStringAsync("/api/v1/opinions/statistics?year=2023"));
        Assert.InRange(stats.GetProperty("submitted").GetInt32(), 121, 129);
        Assert.Equal(85, stats.GetProperty("sentToCity").GetInt32());
        Assert.Equal(28, stats.GetProperty("adoptedByProvince").GetInt32());
        Assert.Equal(28, stats.GetProperty("sentToNational").GetInt32());
        Assert.Equal(1, stats.GetProperty("instructions").GetInt32());
        Assert.Equal(1, stats.GetProperty("publications").GetInt32());
        Assert.True(stats.GetProperty("adoptedByCity").GetInt32() >= 30);

        async Task<JsonElement> Item(string title)
        {
            var row = Json(await staff.GetStringAsync($"/api/v1/opinions?year=2023&search={Uri.EscapeDataString(title)}")).GetProperty("rows")[0];
            return Json(await staff.GetStringAsync($"/api/v1/opinions/{row.GetProperty("id").GetGuid()}"));
        }
        foreach (var title in new[] { "加大中长期贷款投放支持制造业发展仍存在六方面问题亟待关注", "勿让汉字注音符号失传" })
        {
            var chain = (await Item(title)).GetProperty("reports").EnumerateArray().Select(r => (r.GetProperty("level").GetString(), r.GetProperty("result").GetString())).ToList();
            Assert.Equal([("CITY", "SINGLE"), ("PROVINCIAL", "SINGLE"), ("NATIONAL", "PENDING")], chain);
        }
        var instruction = (await Item("家庭过期药品回收处理问题应予关注")).GetProperty("instructions")[0];
        Assert.Equal("市政府主要领导", instruction.GetProperty("leaderName").GetString());
        Assert.Equal("CITY", instruction.GetProperty("level").GetString());
        Assert.Equal("《经济要参》", (await Item("当前民营企业存在的主要债务问题及政策建议")).GetProperty("publications")[0].GetProperty("name").GetString());

        // The national committee has them in its own queue.
        var national = await app.ApiAs("admin");
        national.DefaultRequestHeaders.Add("X-Committee", (await app.CommitteeId("全国政协")).ToString());
        Assert.Equal(28, Json(await national.GetStringAsync("/api/v1/opinions?year=2023")).GetProperty("total").GetInt32());
    }
}
