using Microsoft.Playwright;
using Xieshang.BrowserTests.Infrastructure;

namespace Xieshang.BrowserTests;

/// <summary>Proposals in a real browser: a member writes one on a phone; the office's pages at both widths.</summary>
public sealed class ProposalJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AMember_OnAPhone_WritesAndSubmitsAProposal()
    {
        var page = await browser.NewPageAsync(375);
        await BrowserFixture.LoginAsync(page, "member07");
        await page.GotoAsync("/me/proposals");
        await page.AssertAccessibleAsync();
        var form = page.WaitForURLAsync("**/proposals/new");
        await page.GetByRole(AriaRole.Link, new() { Name = "撰写提案" }).ClickAsync();
        await form;
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByLabel("案由（标题）").FillAsync("关于加强校园周边交通安全管理的建议");
        await page.GetByLabel("情况", new() { Exact = true }).FillAsync("上下学高峰时段校门口车辆拥堵，存在安全隐患。");
        await page.GetByLabel("分析", new() { Exact = true }).FillAsync("接送车辆无序停放，缺少交通疏导。");
        await page.GetByLabel("建议", new() { Exact = true }).FillAsync("设置临时停车区，安排交警和志愿者疏导。");
        await page.ScreenshotAsync("proposal-form-375");
        var saved = page.WaitForURLAsync(url => !url.EndsWith("/proposals/new"));
        await page.GetByRole(AriaRole.Button, new() { Name = "暂存" }).ClickAsync();
        await saved;
        await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync(".badge:text('待立案')");
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("proposal-submitted-375");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task OfficeAndUnitPages_AreAccessible_AndFitTheScreen(int width)
    {
        // A filed proposal with the 交办 form, then the unit's queue and the reply form.
        var id = (await browser.ApiPostAsync("/api/v1/proposals", new
        {
            title = $"关于完善社区养老服务设施的建议（{width}）", situation = "部分社区缺少日间照料中心。", analysis = "建设资金和场地不足。", suggestions = "利用闲置用房建设日间照料中心。",
        }, "member08")).GetProperty("id").GetGuid();
        await browser.ApiPostAsync($"/api/v1/proposals/{id}/actions/submit", new { }, "member08");
        await browser.ApiPostAsync($"/api/v1/proposals/{id}/actions/start_review", new { });
        await browser.ApiPostAsync($"/api/v1/proposals/{id}/actions/file", new { });
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "staff");
        var clue = (await browser.ApiGetAsync("/api/v1/proposal-clues?year=2023")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        foreach (var (url, name) in new[] { ("/proposals", "list"), ($"/proposals/{id}", "filed"), ("/help/workflows/proposal", "workflow"),
                     ("/proposals/statistics?year=2023", "statistics"), ("/proposals/overdue", "overdue"), ("/proposals/clues?year=2023", "clues"),
                     ($"/proposals/clues/{clue}", "clue"), ("/proposals/clues/new", "clue-new"), ("/proposals/settings", "settings") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.AssertNoHorizontalScrollAsync();
            await page.ScreenshotAsync($"proposals-{name}-{width}");
        }
        var units = await browser.ApiGetAsync("/api/v1/organization/units?handlingUnits=true");
        var civil = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "区民政局").GetProperty("id").GetGuid();
        await browser.ApiPostAsync($"/api/v1/proposals/{id}/actions/assign", new { mode = "SINGLE", leadId = civil });
        await browser.ApiPostAsync($"/api/v1/proposals/{id}/actions/sign", new { }, "unit01");
        var unit = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(unit, "unit01");
        foreach (var (url, name) in new[] { ("/unit/proposals", "unit-queue"), ($"/proposals/{id}", "unit-reply") })
        {
            await unit.GotoAsync(url);
            await unit.AssertAccessibleAsync();
            await unit.AssertNoHorizontalScrollAsync();
            await unit.ScreenshotAsync($"proposals-{name}-{width}");
        }
    }
}
