using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Web;

namespace Xieshang.Platform.Account;

/// <summary>Form posts of the header: sign out, switch committee. Both validate the antiforgery token.</summary>
public static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<User> signIn, HttpContext http) =>
        {
            await signIn.SignOutAsync();
            http.Response.Cookies.Delete(RequestContextMiddleware.CommitteeCookie);
            return TypedResults.LocalRedirect("/account/login");
        }).RequirePermission(PlatformPermissions.Account).ExcludeFromDescription();

        app.MapPost("/account/committee", async ([FromForm] Guid committeeId, HttpContext http, AccessResolver resolver, XieshangDb db) =>
        {
            var access = await resolver.ResolveAsync(db, http.User.UserId()!.Value, committeeId, http.RequestAborted);
            if (access == null)
            {
                Flash.Set(http, "您不属于该政协，无法切换。", FlashKind.Error);
                return TypedResults.LocalRedirect("/");
            }
            http.Response.Cookies.Append(RequestContextMiddleware.CommitteeCookie, committeeId.ToString(),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
            Flash.Set(http, $"已切换到{access.CommitteeName}。");
            return TypedResults.LocalRedirect("/");
        }).RequirePermission(PlatformPermissions.Home).ExcludeFromDescription();
    }
}
