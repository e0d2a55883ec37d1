using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Auth;

public static class AuthSetup
{
    /// <summary>Pages sign in with the Identity cookie; the JSON API with bearer tokens. Both are accepted everywhere.</summary>
    public const string Smart = "smart";
    // Policies name only the forwarding scheme: naming both would challenge both, and the bearer 401 would win over
    // the cookie's redirect to the login page.
    public static readonly string[] Schemes = [Smart];
    public const string NameClaim = "xs:name";

    public static IServiceCollection AddXieshangAuth(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<AccessResolver>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                o.DefaultChallengeScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = "xs.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            // The API answers 401/403 with a body, never a redirect to an HTML page.
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
            // Identity's stamp check builds a sign-in manager and a user manager on every request (about 5 % of a page)
            // only to find, nearly always, that its interval has not passed: ask that first, as it would.
            o.Events.OnValidatePrincipal = ctx => StampCheckDue(ctx) ? SecurityStampValidator.ValidatePrincipalAsync(ctx) : Task.CompletedTask;
        });

        services.AddIdentityCore<User>(o =>
            {
                o.User.AllowedUserNameCharacters = ""; // Chinese names and phone numbers are valid user names
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<XieshangDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<XieshangClaimsFactory>();

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(Schemes).RequireAuthenticatedUser().Build())
            // Anything that declares nothing needs a signed-in user; a test makes sure everything declares something.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(Schemes).RequireAuthenticatedUser().Build());
        return services;
    }

    static bool StampCheckDue(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext ctx)
    {
        var options = ctx.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return ctx.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
    }

    static Task ApiOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

/// <summary>Adds the display name so pages can greet without a query.</summary>
public sealed class XieshangClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AuthSetup.NameClaim, user.DisplayName));
        return identity;
    }
}
