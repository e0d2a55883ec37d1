using Xieshang.Platform.Auth;

namespace Xieshang.Platform.Audit;

public static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platform/audit", (SearchAudit search, string? q, string? recordType, string? recordId, int? days, int? page, CancellationToken ct) =>
                search.HandleAsync(new AuditQuery(q, recordType, recordId, days, page ?? 1), ct))
            .WithTags("平台").RequirePermission(PlatformPermissions.AuditRead)
            .WithName("SearchAudit").WithSummary("查询本政协的操作日志（可按记录查看其办理历史）");
}
