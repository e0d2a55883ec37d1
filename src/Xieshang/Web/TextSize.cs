using Microsoft.AspNetCore.Mvc;
using Xieshang.Platform;

namespace Xieshang.Web;

/// <summary>大字模式 (age-friendly large text): a preference cookie, switched by a small form in the footer.</summary>
public static class TextSize
{
    public const string Cookie = "xs.text";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/preferences/text-size", ([FromForm] string size, [FromForm] string? returnUrl, HttpContext http) =>
        {
            http.Response.Cookies.Append(Cookie, size == "big" ? "big" : "normal",
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            return TypedResults.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();
}
