using Microsoft.Playwright;
using Xieshang.BrowserTests.Infrastructure;

namespace Xieshang.BrowserTests;

/// <summary>一厅一室 in a real browser: a member on a phone records a contact; the halls' pages for staff.</summary>
public sealed class LiaisonJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AMember_OnAPhone_RecordsAContactWithTheSector()
    {
        var page = await browser.NewPageAsync(375);
        await BrowserFixture.LoginAsync(page, "member05");
        await page.GotoAsync("/me/liaison");
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        var form = page.WaitForURLAsync("**/liaison/record");
        await page.GetByRole(AriaRole.Link, new() { Name = "记录一次联系" }).ClickAsync();
        await form;
        await page.AssertAccessibleAsync();
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("liaison-record-375");
        await page.GetByLabel("请上来（请到厅室）").CheckAsync();
        await page.GetByLabel("主题").FillAsync("请上来：民营企业融资座谈");
        await page.Locator("input[name=contact]").First.CheckAsync();
        await page.GetByLabel("成效（听取了哪些意见、办成了什么，可不填）").FillAsync("收集融资难题 4 条。");
        var back = page.WaitForURLAsync("**/me/liaison");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await back;
        Assert.Contains("请上来：民营企业融资座谈", await page.Locator("#records-title + ul").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("liaison-mine-375");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task StaffPages_AreAccessible_AndFitTheScreen(int width)
    {
        var hall = (await browser.ApiGetAsync("/api/v1/halls?year=2023")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var contact = (await browser.ApiGetAsync($"/api/v1/liaison/contacts?hall={hall}")).GetProperty("rows")[0].GetProperty("id").GetGuid();
        var page = await browser.NewPageAsync(width);
        await BrowserFixture.LoginAsync(page, "staff");
        foreach (var (url, name) in new[] { ("/liaison?year=2023", "halls"), ($"/liaison/halls/{hall}?year=2023", "hall"), ("/liaison/contacts", "contacts"),
                     ($"/liaison/contacts/{contact}", "contact"), ($"/liaison/records?year=2023&hall={hall}", "records"), ($"/liaison/record?hall={hall}", "record") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.AssertNoHorizontalScrollAsync();
            await page.ScreenshotAsync($"liaison-{name}-{width}");
        }
    }
}
