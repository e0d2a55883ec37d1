namespace Xieshang.Web;

public enum FlashKind { Success, Error, Info }

public sealed record FlashMessage(string Text, FlashKind Kind);

/// <summary>
/// One-shot messages across post-redirect-get: written to a short cookie before the redirect, taken out by
/// <see cref="FlashMiddleware"/> on the next request (before the response starts) and shown by the layout.
/// </summary>
public static class Flash
{
    const string Cookie = "xs.flash";
    const string Key = "xs.flash";

    public static void Set(HttpContext http, string text, FlashKind kind = FlashKind.Success) =>
        http.Response.Cookies.Append(Cookie, $"{(int)kind}|{Uri.EscapeDataString(text)}",
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromMinutes(2) });

    public static FlashMessage? Get(HttpContext http) => http.Items[Key] as FlashMessage;

    internal static void Take(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Cookie, out var raw)) return;
        http.Response.Cookies.Delete(Cookie);
        var bar = raw.IndexOf('|');
        if (bar < 1 || !int.TryParse(raw[..bar], out var kind) || !Enum.IsDefined((FlashKind)kind)) return;
        http.Items[Key] = new FlashMessage(Uri.UnescapeDataString(raw[(bar + 1)..]), (FlashKind)kind);
    }
}

public sealed class FlashMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Path.StartsWithSegments("/api")) Flash.Take(http);
        return next(http);
    }
}
