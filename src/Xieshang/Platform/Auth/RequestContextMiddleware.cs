using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Auth;

/// <summary>
/// Fills <see cref="RequestContext"/> after authentication: the user, the committee they act in now (the one chosen
/// with the switcher, remembered in a cookie or sent as X-Committee by API clients, else their first) and its grants.
/// A committee the user has no role in is ignored, so a forged cookie or header opens nothing.
/// </summary>
public sealed class RequestContextMiddleware(RequestDelegate next)
{
    public const string CommitteeCookie = "xs.committee";
    public const string CommitteeHeader = "X-Committee";

    public async Task InvokeAsync(HttpContext http, RequestContext request, AccessResolver resolver, XieshangDb db)
    {
        request.IpAddress = http.Connection.RemoteIpAddress?.ToString();
        var userId = http.User.UserId();
        if (userId is { } uid)
        {
            request.SetUser(uid, http.User.FindFirst(AuthSetup.NameClaim)?.Value ?? http.User.Identity?.Name ?? "");
            var wanted = http.Request.Headers[CommitteeHeader].FirstOrDefault() ?? http.Request.Cookies[CommitteeCookie];
            Access? access = null;
            Guid committeeId = default;
            if (Guid.TryParse(wanted, out committeeId))
                access = await resolver.ResolveAsync(db, uid, committeeId, http.RequestAborted);
            if (access == null && await resolver.DefaultCommitteeAsync(db, uid, http.RequestAborted) is { } first)
            {
                committeeId = first;
                access = await resolver.ResolveAsync(db, uid, first, http.RequestAborted);
            }
            if (access != null)
            {
                request.SetCommittee(committeeId, access.CommitteeName, access.Roles, access.Permissions);
                request.Committees = await resolver.CommitteesCachedAsync(db, uid, http.RequestAborted);
            }
        }
        await next(http);
    }
}
