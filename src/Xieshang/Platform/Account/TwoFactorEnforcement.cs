using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Account;

/// <summary>
/// Where staff must use two-factor sign-in (Production, or Security:RequireTwoFactorForStaff), a staff session that
/// did not use it may only reach the account pages: pages redirect there, the API answers 403.
/// </summary>
public sealed class TwoFactorEnforcement(RequestDelegate next, IConfiguration config, IHostEnvironment env)
{
    public const string Message = "工作人员账号须先开启两步验证：请在网页上登录，按提示绑定手机验证器。";
    readonly bool required = TwoFactor.Required(config, env);

    public async Task InvokeAsync(HttpContext http, RequestContext ctx)
    {
        if (!required || !ctx.IsAuthenticated || http.User.HasClaim("amr", "mfa") || !ctx.Roles.Any(r => Roles.Staff.Contains(r)) || Exempt(http.Request.Path))
        {
            await next(http);
            return;
        }
        if (http.IsApi())
            await TypedResults.Problem(title: Message, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
        else
            http.Response.Redirect("/account/security?required=1");
    }

    static bool Exempt(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/error") || path.StartsWithSegments("/forbidden")
        || path.StartsWithSegments("/api/v1/auth") || path.StartsWithSegments("/preferences")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/alive") || path.StartsWithSegments("/metrics")
        || Path.HasExtension(path.Value); // stylesheets and other static files
}
