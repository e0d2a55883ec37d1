using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform.Auth;

namespace Xieshang.Platform.Account;

public sealed record ChangePasswordRequest(
    [property: Required(ErrorMessage = "请输入当前密码。")] string CurrentPassword,
    [property: Required(ErrorMessage = "请输入新密码。"), MaxLength(200)] string NewPassword);

public sealed record TwoFactorCodeRequest([property: Required(ErrorMessage = "请输入动态验证码。"), MaxLength(20)] string Code);

public sealed record TwoFactorSetupResponse(bool Enabled, string? Key, string? QrDataUri);

/// <summary>The account page's actions for API clients: password change and two-factor set-up.</summary>
public static class AccountApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/account").WithTags("平台").RequirePermission(PlatformPermissions.Account);
        g.MapPost("/password", async Task<Results<NoContent, ProblemHttpResult>> (ChangePasswordRequest request, TwoFactor account) =>
            {
                var r = await account.ChangePasswordAsync(request.CurrentPassword, request.NewPassword, request.NewPassword);
                return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
            })
            .WithName("ChangePassword").WithSummary("修改本人密码");
        g.MapGet("/two-factor", async (TwoFactor account) =>
            {
                if (await account.IsEnabledAsync()) return new TwoFactorSetupResponse(true, null, null);
                var setup = await account.SetupAsync(newKey: false);
                return new TwoFactorSetupResponse(false, setup.Key, setup.QrDataUri);
            })
            .WithName("GetTwoFactor").WithSummary("两步验证状态；未开启时给出验证器密钥与二维码");
        g.MapPost("/two-factor/enable", async Task<Results<Ok<IReadOnlyList<string>>, ProblemHttpResult>> (TwoFactorCodeRequest request, TwoFactor account) =>
            {
                var r = await account.EnableAsync(request.Code);
                return r.Ok ? TypedResults.Ok(r.Value!) : r.Error!.ToProblem();
            })
            .WithName("EnableTwoFactor").WithSummary("以动态验证码开启两步验证，返回一次性恢复码");
        g.MapPost("/two-factor/disable", async Task<Results<NoContent, ProblemHttpResult>> (TwoFactorCodeRequest request, TwoFactor account) =>
            {
                var r = await account.DisableAsync(request.Code);
                return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
            })
            .WithName("DisableTwoFactor").WithSummary("以动态验证码关闭两步验证");
    }
}
