using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform.Auth;

namespace Xieshang.Platform.Account;

public sealed record ChangePasswordRequest(
    [property: Required(ErrorMessage = "请输入当前密码。")] string CurrentPassword,
    [property: Required(ErrorMessage = "请输入新密码。"), MaxLength(200)] string NewPassword);

/// <summary>The account page's password change, for API clients. Two-factor set-up stays on the web page (it shows a QR code).</summary>
public static class AccountApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/account/password", async Task<Results<NoContent, ProblemHttpResult>> (ChangePasswordRequest request, TwoFactor account) =>
            {
                var r = await account.ChangePasswordAsync(request.CurrentPassword, request.NewPassword, request.NewPassword);
                return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
            })
            .WithTags("平台").RequirePermission(PlatformPermissions.Account)
            .WithName("ChangePassword").WithSummary("修改本人密码");
}
