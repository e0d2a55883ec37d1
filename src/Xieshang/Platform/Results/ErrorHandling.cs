using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Xieshang.Platform.Results;

/// <summary>
/// Errors as ProblemDetails with Chinese titles for the API; friendly Chinese pages (/error/{code}) for everything else.
/// Unexpected exceptions are logged and answered 500; nothing is swallowed.
/// </summary>
public static class ErrorHandling
{
    public static bool IsApi(this HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    public static string Title(int status) => status switch
    {
        400 => "请求内容格式不正确，请检查后重试。",
        401 => "请先登录。",
        403 => "您没有访问此内容的权限。",
        404 => "您访问的内容不存在。",
        405 => "不支持此请求方式。",
        409 => "数据已被他人修改，请刷新后重试。",
        413 => "上传的内容过大。",
        415 => "不支持的内容类型。",
        429 => "请求过于频繁，请稍后再试。",
        _ => status >= 500 ? "服务器内部错误，请稍后再试。" : "请求未能完成。",
    };

    public static IApplicationBuilder UseXieshangErrors(this WebApplication app)
    {
        // API exceptions are answered by ApiExceptionHandler; a page that throws gets a plain Chinese page
        // (not a re-executed Blazor page, which would fail for a POST).
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WritePlainPageAsync });
        // Outer: an empty error response to a page request is re-rendered as the friendly Blazor page, at the same URL.
        // (Only at top level: WebApplication branches cannot re-route.)
        // A fresh service scope for the re-executed page: the failed page's Blazor services are already initialised.
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        // Inner, acting first: the API gets ProblemDetails; a non-GET page request (which Blazor would reject on
        // re-execution) gets a plain Chinese page. Either way the body is written, so the outer one stands aside.
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.IsApi())
                await TypedResults.Problem(title: Title(http.Response.StatusCode), statusCode: http.Response.StatusCode).ExecuteAsync(http);
            else if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
                await WritePlainPageAsync(http);
        });
        return app;
    }

    static async Task WritePlainPageAsync(HttpContext http)
    {
        var status = http.Response.StatusCode is >= 400 ? http.Response.StatusCode : 500;
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var title = System.Net.WebUtility.HtmlEncode(Title(status));
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{title}</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\" class=\"error-page\">" +
            $"<p class=\"error-code\">{status}</p><h1>{title}</h1><p><a class=\"btn btn-primary\" href=\"/\">返回首页</a></p></main></body></html>");
    }
}

/// <summary>Maps the exceptions a client can cause on the API to their status codes.</summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!http.IsApi()) return false;
        var (status, title) = exception switch
        {
            DbUpdateConcurrencyException => (409, ErrorHandling.Title(409)),
            BadHttpRequestException bad when bad.StatusCode == 413 => (413, ErrorHandling.Title(413)),
            BadHttpRequestException => (400, "请求内容格式不正确，请检查 JSON 与字段类型。"),
            _ => (500, ErrorHandling.Title(500)),
        };
        if (status == 500) log.LogError(exception, "Unhandled exception on {Path}", http.Request.Path.Value);
        http.Response.StatusCode = status;
        ProblemHttpResult problem = TypedResults.Problem(title: title, statusCode: status);
        await problem.ExecuteAsync(http);
        return true;
    }
}
