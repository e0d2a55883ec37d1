using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Xieshang.Platform.Auth;

namespace Xieshang.Platform.Api;

public sealed record ApiEndpointRow(string Tag, string Method, string Path, string? Name, string? Summary, string Access);

/// <summary>The OpenAPI document (/openapi/v1.json) and the rows of the API reference page, both from the endpoints themselves.</summary>
public static class ApiDocs
{
    public static IServiceCollection AddXieshangOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new OpenApiInfo
            {
                Title = "协商 Xieshang API",
                Version = "v1",
                Description = "政协履职平台接口。先以 POST /api/v1/auth/login 取得 accessToken，再以 Authorization: Bearer <token> 调用；" +
                              "错误以 ProblemDetails 返回，title 为中文说明。工作流记录统一提供 state、actions 与 POST …/{id}/actions/{action}。",
            };
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "POST /api/v1/auth/login 返回的 accessToken",
            };
            return Task.CompletedTask;
        }));

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapOpenApi().RequirePermission(PlatformPermissions.ApiReference);

    public static IEnumerable<ApiEndpointRow> Rows(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .Select(e => new ApiEndpointRow(
                e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "",
                string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []),
                e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName,
                e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary,
                Access(e)))
            .OrderBy(r => r.Tag).ThenBy(r => r.Path).ThenBy(r => r.Method);

    static string Access(RouteEndpoint e)
    {
        if (e.Metadata.GetMetadata<IAllowAnonymous>() != null) return "无需登录";
        var policy = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)
            .FirstOrDefault(p => p?.StartsWith(Permission.PolicyPrefix) == true);
        if (policy == null) return "需登录";
        var name = policy[Permission.PolicyPrefix.Length..];
        return Modules.AllPermissions.FirstOrDefault(p => p.Name == name)?.Label ?? name;
    }
}
