using Microsoft.Playwright;
using Xieshang.BrowserTests.Infrastructure;

namespace Xieshang.BrowserTests;

/// <summary>社情民意 in a real browser: a member writes an item on a phone; the office's pages, the editor's changes among them, at both widths.</summary>
public sealed class OpinionJourneyTests(BrowserFixture browser)
{
    const string Body = "部分老旧小区加装电梯推进缓慢，居民意见不一，资金分摊难以协调。建议出台分摊指导标准，简化审批流程，设立专项补贴。";

    [Fact]
    public async Task AMember_OnAPhone_WritesAndSubmitsAnItem()
    {
        var page = await browser.NewPageAsync(375);
        await BrowserFixture.LoginAsync(page, "member09");
        await page.GotoAsync("/me/opinions");
        await page.AssertAccessibleAsync();
        var form = page.WaitForURLAsync("**/opinions/new");
        await page.GetByRole(AriaRole.Link, new() { Name = "撰写信息" }).ClickAsync();
        await form;
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByLabel("标题").FillAsync("关于规范电动自行车集中充电的建议");
        await page.GetByLabel("正文（情况、分析、建议）").FillAsync("小区电动自行车飞线充电现象突出，存在火灾隐患。建议增设集中充电桩，明确物业管理责任。");
        await page.GetByLabel("非委员反映人（姓名，用顿号分隔）").FillAsync("张社区");
        await page.ScreenshotAsync("opinion-form-375");
        var saved = page.WaitForURLAsync(url => !url.EndsWith("/opinions/new"));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await saved;
        await page.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync(".badge:text('待审核')");
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("opinion-submitted-375");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task OfficePages_AreAccessible_AndFitTheScreen(int width)
    {
        // An edited item waiting for sign-off shows both texts and the changes; another, signed, waits on the bulletin page.
        async Task<Guid> EditedAsync(string title)
        {
            var id = (await browser.ApiPostAsync("/api/v1/opinions", new { title, body = Body }, "member08")).GetProperty("id").GetGuid();
            await browser.ApiPostAsync($"/api/v1/opinions/{id}/actions/submit", new { }, "member08");
            await browser.ApiPostAsync($"/api/v1/opinions/{id}/actions/accept", new { });
            await browser.ApiPostAsync($"/api/v1/opinions/{id}/actions/edit", new { editedTitle = title.Replace("加快", "加快推进"), editedBody = Body.Replace("设立专项补贴", "设立市区两级专项补贴") });
            return id;
        }
        var edited = await EditedAsync($"关于加快老旧小区加装电梯的建议（{width}）");
        var signed = await EditedAsync($"关于加快老旧小区改造的建议（{width}）");
        await browser.ApiPostAsync($"/api/v1/opinions/{signed}/actions/sign", new { }, "leader");
        // Carried in the bulletin and instructed on: its page has the chain, instruction and publication forms; the ledger has a row.
        await browser.ApiPostAsync("/api/v1/opinion-bulletins", new { itemIds = new[] { signed }, kind = "SINGLE" });
        await browser.ApiPostAsync("/api/v1/instructions", new
        {
            targetType = "opinion", targetId = signed, level = "DISTRICT", leaderName = "区委书记", instructedOn = "2026-11-20", text = "请区住建局研究。", department = "区住建局",
        });
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "staff");
        foreach (var (url, name) in new[] { ("/opinions", "list"), ($"/opinions/{edited}", "edited"), ("/opinions/bulletins", "bulletins"), ("/help/workflows/opinion", "workflow"), ("/opinions/statistics", "statistics"), ("/instructions", "instructions"),
                     ($"/opinions/{signed}", "published") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.AssertNoHorizontalScrollAsync();
            await page.ScreenshotAsync($"opinions-{name}-{width}");
        }
    }
}
