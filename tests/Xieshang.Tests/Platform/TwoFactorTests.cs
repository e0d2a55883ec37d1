using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xieshang.Platform.Account;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>Two-factor sign-in where it is required for staff (as in Production).</summary>
public sealed class TwoFactorTests : IAsyncLifetime
{
    TestApp app = default!;

    public async ValueTask InitializeAsync()
    {
        app = new TestApp().With("Security:RequireTwoFactorForStaff", "true").With("Jobs:Enabled", "false");
        await app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    static async Task<string> Title(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;

    async Task<(HttpClient Client, string Key, IReadOnlyList<string> RecoveryCodes)> EnableForAsync(string userName)
    {
        var client = await app.PagesAs(userName);
        var setup = await client.GetPageAsync("/account/security");
        var key = setup.QuerySelector("code.key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var enabled = await TestApp.PostFormAsync(client, "/account/security", "enable", new() { ["EnableCode"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var page = Html.Parse(await enabled.Content.ReadAsStringAsync());
        var codes = page.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(8, codes.Count);
        return (client, key, codes);
    }

    [Fact]
    public async Task Staff_WithoutTwoFactor_IsSentToTheSecurityPage()
    {
        var client = await app.PagesAs("leader");
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/security?required=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Member_IsNotAskedForTwoFactor()
    {
        var client = await app.PagesAs("member05");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Staff_AfterTurningItOn_GetsIn_AndTheApiWantsTheCodeFromNowOn()
    {
        var (client, key, _) = await EnableForAsync("staff");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var api = app.Anonymous();
        var noCode = await api.PostAsJsonAsync("/api/v1/auth/login", new { userName = "staff", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        var withCode = await api.PostAsJsonAsync("/api/v1/auth/login",
            new { userName = "staff", password = "Demo@2023", twoFactorCode = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }

    [Fact]
    public async Task Api_StaffWithoutTwoFactor_IsRefusedAToken()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "unit01", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // a handling unit is not staff
        response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(TwoFactorEnforcement.Message, await Title(response));
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        var (_, _, codes) = await EnableForAsync("qjp-staff");
        var api = app.Anonymous();
        var first = await api.PostAsJsonAsync("/api/v1/auth/login", new { userName = "qjp-staff", password = "Demo@2023", twoFactorCode = codes[0] });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await api.PostAsJsonAsync("/api/v1/auth/login", new { userName = "qjp-staff", password = "Demo@2023", twoFactorCode = codes[0] });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task WrongCode_DoesNotTurnItOn()
    {
        var client = await app.PagesAs("unit02");
        var response = await TestApp.PostFormAsync(client, "/account/security", "enable", new() { ["EnableCode"] = "123456" });
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("验证码不正确，请核对手机上的时间后重试。", page.QuerySelector(".flash-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("code.key"));
    }

    [Fact]
    public async Task ChangePassword_WithAWeakOne_IsRefusedInChinese_AndWithAGoodOneWorks()
    {
        var client = await app.PagesAs("member06");
        var weak = await TestApp.PostFormAsync(client, "/account/security", "password",
            new() { ["CurrentPassword"] = "Demo@2023", ["NewPassword"] = "abc", ["ConfirmPassword"] = "abc" });
        Assert.Contains("密码至少需要 8 位。", Html.Parse(await weak.Content.ReadAsStringAsync()).QuerySelector(".flash-error")!.TextContent);
        var good = await TestApp.PostFormAsync(client, "/account/security", "password",
            new() { ["CurrentPassword"] = "Demo@2023", ["NewPassword"] = "Xieshang#2026", ["ConfirmPassword"] = "Xieshang#2026" });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "member06", password = "Xieshang#2026" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
