using Microsoft.Playwright;
using Xieshang.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(Xieshang.BrowserTests.Infrastructure.BrowserFixture))]

namespace Xieshang.BrowserTests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port and Debian's Chromium (/usr/bin/chromium) driven by Playwright; no browser is
/// downloaded. Screenshots go to $XIESHANG_ARTIFACTS (test.sh: artifacts/).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public TestApp App { get; } = new();
    public string BaseUrl { get; private set; } = "";
    IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = default!;

    public static string Artifacts => Environment.GetEnvironmentVariable("XIESHANG_ARTIFACTS")
                                      ?? Path.Combine(Path.GetTempPath(), "xieshang-artifacts");

    public async ValueTask InitializeAsync()
    {
        BaseUrl = App.StartKestrel();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) at a phone or desktop width, in Chinese.</summary>
    public async Task<IPage> NewPageAsync(int width)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 },
            IsMobile = width < 600,
            HasTouch = width < 600,
            BaseURL = BaseUrl,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A GET of the JSON API as a demo account, for what a test needs to know before it opens a page.</summary>
    public Task<System.Text.Json.JsonElement> ApiGetAsync(string url, string userName = "staff") => ApiAsync(url, null, userName);

    /// <summary>A POST of the JSON API as a demo account, to bring a record into the state a page test needs.</summary>
    public Task<System.Text.Json.JsonElement> ApiPostAsync(string url, object body, string userName = "staff") => ApiAsync(url, body, userName);

    async Task<System.Text.Json.JsonElement> ApiAsync(string url, object? body, string userName)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/v1/auth/login", new { userName, password = "Demo@2023" });
        var token = System.Text.Json.JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var response = body == null ? await client.GetAsync(url) : await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, url, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement;
    }

    public static async Task LoginAsync(IPage page, string userName, string password = "Demo@2023")
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名或手机号").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        // Wait for the navigation from before the click, so that a fast redirect cannot be missed.
        var left = page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        try
        {
            await left;
        }
        catch (TimeoutException)
        {
            // Say what the page showed instead of only "timeout".
            var body = await page.Locator("body").InnerTextAsync();
            throw new InvalidOperationException($"Login of {userName} did not leave the login page ({page.Url}): {body[..Math.Min(body.Length, 500)]}");
        }
    }
}
