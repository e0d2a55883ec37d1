using System.Net;
using Xieshang.Tests.Infrastructure;
using static Xieshang.Tests.Opinions.OpinionApi;

namespace Xieshang.Tests.Opinions;

/// <summary>The item pages: a member writes and submits on the form; staff screen, edit and publish; the leader signs off.</summary>
public sealed class OpinionPageTests : OwnAppTests
{
    [Fact]
    public async Task AnItem_GoesFromTheMembersForm_ToTheBulletin_OnThePages()
    {
        var member = await app.PagesAs("member01");
        var refused = await TestApp.PostFormAsync(member, "/opinions/new", "opinion", new() { ["title"] = "关于电梯的建议", ["body"] = "写得太短" });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("正文：20 至 1,500 个字", html);
        Assert.Contains("写得太短", html);

        var saved = await TestApp.PostFormAsync(member, "/opinions/new", "opinion", new()
            { ["title"] = "关于加快老旧小区加装电梯的建议", ["category"] = "SOCIETY", ["body"] = Body, ["otherReporters"] = "王小明" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = saved.Headers.Location!.OriginalString;
        Assert.Equal("草稿", (await member.GetPageAsync(page)).QuerySelector(".badge")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(member, page, "submit", [])).StatusCode);
        Assert.Equal("待审核", (await member.GetPageAsync(page)).QuerySelector(".badge")!.TextContent);
        Assert.Contains("关于加快老旧小区加装电梯的建议", (await member.GetPageAsync("/me/opinions")).QuerySelector(".activity-list")!.TextContent);

        var staff = await app.PagesAs("staff");
        Assert.Contains("王建华等 2 人", (await staff.GetPageAsync("/opinions?state=SUBMITTED")).QuerySelector("tbody")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(staff, page, "accept", [])).StatusCode);
        var noTitle = await TestApp.PostFormAsync(staff, page, "edit", new() { ["editedTitle"] = "短", ["editedBody"] = Body });
        Assert.Contains("编辑后标题：4 至 100 个字", await noTitle.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(staff, page, "edit", new()
            { ["editedTitle"] = "关于加快推进老旧小区加装电梯的建议", ["editedBody"] = Body.Replace("设立专项补贴", "设立市区两级专项补贴") })).StatusCode);
        var edited = await staff.GetPageAsync(page);
        Assert.Equal("待签发", edited.QuerySelector(".badge")!.TextContent);
        Assert.Equal(["推进", "市区两级"], edited.QuerySelectorAll("section[aria-labelledby=diff-title] p ins").Select(e => e.TextContent));

        var leader = await app.PagesAs("leader");
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(leader, page, "sign", [])).StatusCode);
        var bulletins = await staff.GetPageAsync("/opinions/bulletins");
        var item = bulletins.QuerySelector("input[name=item]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(staff, "/opinions/bulletins", "bulletin", new() { ["item"] = item, ["kind"] = "SINGLE" })).StatusCode);
        Assert.Contains("第 1 期", (await staff.GetPageAsync("/opinions/bulletins")).QuerySelector("tbody")!.TextContent);
        var published = await member.GetPageAsync(page);
        Assert.Equal("已编发", published.QuerySelector(".badge")!.TextContent);
        Assert.Contains("《社情民意》2026年第 1 期（单篇采用）", published.QuerySelector(".facts")!.TextContent);
    }
}
