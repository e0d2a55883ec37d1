using Microsoft.Playwright;
using Xieshang.BrowserTests.Infrastructure;

namespace Xieshang.BrowserTests;

/// <summary>The consultation plan in a real browser: staff put a topic in next year's draft on a phone; the plan and topic pages at both widths.</summary>
public sealed class PlanJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Staff_OnAPhone_PutATopicInTheDraftPlan()
    {
        await browser.ApiPostAsync("/api/v1/plans", new { year = 2028 });
        var page = await browser.NewPageAsync(375);
        await BrowserFixture.LoginAsync(page, "staff");
        await page.GotoAsync("/plans?year=2028");
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByLabel("议题", new() { Exact = true }).FillAsync("推进运河文化带建设");
        await page.GetByLabel("三围绕").SelectOptionAsync(new SelectOptionValue { Label = "围绕社会发展" });
        await page.GetByLabel("协商形式").SelectOptionAsync(new SelectOptionValue { Label = "主席会议专题协商" });
        await page.GetByLabel("牵头领导").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("牵头专委会").SelectOptionAsync(new SelectOptionValue { Label = "文化文史和学习委员会" });
        await page.GetByLabel("完成时限").FillAsync("2028-09-30");
        await page.ScreenshotAsync("plan-add-topic-375");
        await page.GetByRole(AriaRole.Button, new() { Name = "列入计划" }).ClickAsync();
        await page.WaitForSelectorAsync("table a:text('推进运河文化带建设')");
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        // Its page, while the plan is a draft, offers the same fields to change it.
        await page.GetByRole(AriaRole.Link, new() { Name = "推进运河文化带建设" }).ClickAsync();
        await page.WaitForSelectorAsync("h2:text('修改议题')");
        Assert.Equal("2028-09-30", await page.GetByLabel("完成时限").InputValueAsync());
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("plan-topic-draft-375");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task PlanPages_AreAccessible_AndFitTheScreen(int width)
    {
        var plan = await browser.ApiGetAsync("/api/v1/plans/2023");
        var elderly = plan.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("title").GetString() == "养老产业体系建设").GetProperty("id").GetGuid();
        var task = (await browser.ApiGetAsync("/api/v1/worklist/2026")).GetProperty("items").EnumerateArray()
            .Single(t => t.GetProperty("title").GetString() == "筹备召开下一次全体会议").GetProperty("id").GetGuid();
        var result = (await browser.ApiGetAsync("/api/v1/results?year=2023")).EnumerateArray()
            .Single(r => r.GetProperty("kind").GetString() == "RECOMMENDATION").GetProperty("id").GetGuid();
        // A research group under way: its page has the step, draft and group forms.
        var research = (await browser.ApiPostAsync("/api/v1/research", new { year = 2026, title = $"物流产业发展调研（{width}）", memberNos = "HY0003、HY0004", drafterNo = "HY0004" }))
            .GetProperty("id").GetGuid();
        await browser.ApiPostAsync($"/api/v1/research/{research}/actions/start", new { });
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "staff");
        var instruction = (await browser.ApiGetAsync("/api/v1/instructions?year=2023")).EnumerateArray().First().GetProperty("id").GetGuid();
        foreach (var (url, name) in new[] { ($"/instructions/{instruction}", "instruction"), ("/plans/worklist/new?year=2026", "new-work-item"), ("/plans/research?year=2026", "research-list"), ($"/plans/research/{research}", "research"), ("/plans/results?year=2023", "results"), ($"/plans/results/{result}", "result"), ("/help/workflows/result", "result-flow"),
                     ("/plans?year=2023", "plan"), ($"/plans/topics/{elderly}", "topic"), ("/plans?year=2030", "no-plan"),
                     ("/help/workflows/plan", "plan-flow"), ("/help/workflows/topic", "topic-flow"), ("/plans/worklist?year=2026", "worklist"),
                     ($"/plans/worklist/{task}", "work-item"), ("/plans/worklist/overdue", "overdue"), ("/help/workflows/work_item", "work-item-flow") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.AssertNoHorizontalScrollAsync();
            await page.ScreenshotAsync($"plans-{name}-{width}");
        }
    }
}
