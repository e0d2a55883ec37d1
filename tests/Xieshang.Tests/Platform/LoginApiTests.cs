using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Auth;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

public sealed class LoginApiTests(TestApp app)
{
    static async Task<string> TitleOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;

    async Task<User> NewUser(string userName, string password = "Demo@2023", string? phone = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = userName, DisplayName = userName, PhoneNumber = phone };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Description)));
        return user;
    }

    [Fact]
    public async Task Login_WithDemoPassword_ReturnsBearerToken()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "staff", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
    }

    [Fact]
    public async Task Me_WithToken_ReturnsCurrentCommitteeAndPermissions()
    {
        var client = await app.ApiAs("staff");
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me")).RootElement;
        Assert.Equal("淮阴区政协", me.GetProperty("committeeName").GetString());
        Assert.Contains("OfficeStaff", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("platform.home", me.GetProperty("permissions").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Login_WithWrongPassword_Returns401WithChineseMessage()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "unit04", password = "wrong" }); // an account no parallel test signs in with
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("用户名或密码错误。", await TitleOf(response));
    }

    [Fact]
    public async Task Login_WithUnknownUser_Returns401WithTheSameMessage()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "nobody", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("用户名或密码错误。", await TitleOf(response));
    }

    [Fact]
    public async Task Login_WithMalformedJson_Returns400InChinese()
    {
        var response = await app.Anonymous().PostAsync("/api/v1/auth/login",
            new StringContent("{\"userName\": \"staff\", ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求内容格式不正确", await TitleOf(response));
    }

    [Fact]
    public async Task Login_WithMissingFields_Returns400NamingTheField()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "", password = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入用户名或手机号。", text);
        Assert.Contains("请输入密码。", text);
    }

    [Fact]
    public async Task Login_ByPhoneNumber_Succeeds()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "13800000001", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ChineseUserName_CanBeCreatedAndSignIn()
    {
        await NewUser("张晓明");
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "张晓明", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_IsLockedOutEvenWithTheRightOne()
    {
        await NewUser("lockout-user");
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "lockout-user", password = "wrong" });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "lockout-user", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("账号已锁定", await TitleOf(response));
    }

    [Fact]
    public async Task WeakPassword_IsRejectedWithChineseReasons()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var result = await users.CreateAsync(new User { UserName = "weak-user", DisplayName = "weak" }, "abc");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description == "密码至少需要 8 位。");
    }

    [Fact]
    public async Task Login_WithTwoFactorEnabled_NeedsTheAuthenticatorCode()
    {
        var user = await NewUser("totp-user");
        string key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var u = (await users.FindByIdAsync(user.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(u);
            key = (await users.GetAuthenticatorKeyAsync(u))!;
            await users.SetTwoFactorEnabledAsync(u, true);
        }
        var client = app.Anonymous();
        var without = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "totp-user", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(SignIn.TwoFactorRequired, await TitleOf(without));

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "totp-user", password = "Demo@2023", twoFactorCode = "000000" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        var with = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "totp-user", password = "Demo@2023", twoFactorCode = code });
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task Api_WithoutToken_Returns401ProblemInChinese()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("请先登录。", await TitleOf(response));
    }

    [Fact]
    public async Task Api_UnknownRoute_Returns404ProblemInChinese()
    {
        var client = await app.ApiAs("staff");
        var response = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("您访问的内容不存在。", await TitleOf(response));
    }

    [Fact]
    public async Task Api_WithoutPermission_Returns403ProblemInChinese()
    {
        var client = await app.ApiAs("member01");
        var response = await client.GetAsync("/api/v1/platform/roles");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("您没有访问此内容的权限。", await TitleOf(response));
    }
}

public sealed class TwoFactorApiTests(TestApp app)
{
    [Fact]
    public async Task TwoFactor_ThroughTheApi_SetUpEnableAndThenRequiredAtLogin()
    {
        var client = await app.ApiAs("member20");
        var setup = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/account/two-factor")).RootElement;
        Assert.False(setup.GetProperty("enabled").GetBoolean());
        var key = setup.GetProperty("key").GetString()!;
        Assert.StartsWith("data:image/png;base64,", setup.GetProperty("qrDataUri").GetString());

        var wrong = await client.PostAsJsonAsync("/api/v1/account/two-factor/enable", new { code = "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await client.PostAsJsonAsync("/api/v1/account/two-factor/enable", new { code = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(8, System.Text.Json.JsonDocument.Parse(await enabled.Content.ReadAsStringAsync()).RootElement.GetArrayLength());

        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "member20", password = "Demo@2023" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }
}

public sealed class ConcurrentSignInTests(TestApp app)
{
    [Fact]
    public async Task ParallelSignIns_AfterAWrongPassword_AllSucceed()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<User>>();
            Assert.True((await users.CreateAsync(new User { UserName = "parallel-user", DisplayName = "并发" }, "Demo@2023")).Succeeded);
        }
        for (var round = 0; round < 3; round++)
        {
            await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "parallel-user", password = "wrong" });
            var logins = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
                app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = "parallel-user", password = "Demo@2023" })));
            Assert.All(logins, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }
    }
}
