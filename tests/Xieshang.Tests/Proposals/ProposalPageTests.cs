using System.Net;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Proposals;

/// <summary>The proposal pages: a member writes and submits on the form; staff review on the proposal's page.</summary>
public sealed class ProposalPageTests : OwnAppTests
{
    [Fact]
    public async Task AMember_WritesOnTheForm_Submits_AndStaffFileItOnThePage()
    {
        var member = await app.PagesAs("member01");
        var refused = await TestApp.PostFormAsync(member, "/proposals/new", "proposal", new() { ["title"] = "建议", ["situation"] = "写了一点情况" });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("案由：4 至 100 个字", html);
        Assert.Contains("写了一点情况", html);

        var saved = await TestApp.PostFormAsync(member, "/proposals/new", "proposal", new()
        {
            ["title"] = "关于完善城乡公交网络的建议", ["proposerType"] = "INDIVIDUAL", ["category"] = "SOCIETY",
            ["situation"] = "部分偏远村庄公交班次少，群众出行不便。", ["analysis"] = "线路规划未随人口变化调整。", ["suggestions"] = "优化线路，增开早晚班次，推广预约公交。",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = saved.Headers.Location!.OriginalString;
        var view = await member.GetPageAsync(page);
        Assert.Equal("暂存", view.QuerySelector(".badge")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(member, page, "submit", [])).StatusCode);
        Assert.Equal("待立案", (await member.GetPageAsync(page)).QuerySelector(".badge")!.TextContent);
        var mine = await member.GetPageAsync("/me/proposals");
        Assert.Contains("关于完善城乡公交网络的建议", mine.QuerySelector(".activity-list")!.TextContent);

        var staff = await app.PagesAs("staff");
        var list = await staff.GetPageAsync("/proposals?state=SUBMITTED");
        Assert.Contains("关于完善城乡公交网络的建议", list.QuerySelector("tbody")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(staff, page, "start_review", [])).StatusCode);
        var noReason = await TestApp.PostFormAsync(staff, page, "not_file", []);
        Assert.Contains("请从本会的不立案理由中选择", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(staff, page, "file", new() { ["note"] = "同意立案" })).StatusCode);
        var filed = await staff.GetPageAsync(page);
        Assert.Equal("立案", filed.QuerySelector(".badge")!.TextContent);
        Assert.Contains("2026 年第 1 号", filed.QuerySelector(".facts")!.TextContent);
    }
}
