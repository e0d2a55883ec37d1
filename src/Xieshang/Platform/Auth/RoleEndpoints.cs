using Microsoft.AspNetCore.Http.HttpResults;

namespace Xieshang.Platform.Auth;

/// <summary>The role-assignment page's actions as JSON: the same handlers.</summary>
public static class RoleEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/platform/roles").WithTags("平台").RequirePermission(PlatformPermissions.RolesManage);
        g.MapGet("/", (ListRoleHolders list, Role? role, string? q, int? page, CancellationToken ct) =>
                list.HandleAsync(role, q, page ?? 1, 50, ct))
            .WithName("ListRoleHolders").WithSummary("本政协的角色分配");
        g.MapPost("/", async Task<Results<Created<RoleHolderRow>, ProblemHttpResult>> (GrantRoleRequest request, GrantRole grant, CancellationToken ct) =>
            {
                var r = await grant.HandleAsync(request, ct);
                return r.Ok ? TypedResults.Created($"/api/v1/platform/roles/{r.Value!.Id}", r.Value)
                    : r.Error!.ToProblem();
            })
            .WithName("GrantRole").WithSummary("授予角色");
        g.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, RevokeRole revoke, CancellationToken ct) =>
            {
                var r = await revoke.HandleAsync(id, ct);
                return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
            })
            .WithName("RevokeRole").WithSummary("撤销角色");
    }
}
