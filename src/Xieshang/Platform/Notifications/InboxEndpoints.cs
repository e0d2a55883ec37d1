using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Xieshang.Platform.Auth;

namespace Xieshang.Platform.Notifications;

public static class InboxEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/inbox").WithTags("平台").RequirePermission(PlatformPermissions.Inbox);
        api.MapGet("/", (Inbox inbox, int? page, CancellationToken ct) => inbox.ListAsync(page ?? 1, 20, ct))
            .WithName("ListInbox").WithSummary("我的消息（含未读数）");
        api.MapPost("/{id:guid}/read", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, Inbox inbox, CancellationToken ct) =>
            {
                var r = await inbox.MarkReadAsync(id, ct);
                return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
            })
            .WithName("MarkInboxRead").WithSummary("标记一条消息为已读");
        api.MapPost("/read-all", async (Inbox inbox, CancellationToken ct) => TypedResults.Ok(new { marked = await inbox.MarkAllReadAsync(ct) }))
            .WithName("MarkInboxAllRead").WithSummary("全部标为已读");

        // The inbox page's buttons: open a message (marks it read, then follows its link) and mark all read.
        app.MapPost("/inbox/{id:guid}/open", async (Guid id, [FromForm] string? unused, Inbox inbox, CancellationToken ct) =>
            {
                var r = await inbox.MarkReadAsync(id, ct);
                var link = r.Ok ? r.Value : null;
                return TypedResults.LocalRedirect(link is { Length: > 0 } && link.StartsWith('/') && !link.StartsWith("//") ? link : "/inbox");
            })
            .RequirePermission(PlatformPermissions.Inbox).ExcludeFromDescription();
        app.MapPost("/inbox/read-all", async ([FromForm] string? unused, Inbox inbox, HttpContext http, CancellationToken ct) =>
            {
                var n = await inbox.MarkAllReadAsync(ct);
                Web.Flash.Set(http, n == 0 ? "没有未读消息。" : $"已将 {n} 条消息标为已读。");
                return TypedResults.LocalRedirect("/inbox");
            })
            .RequirePermission(PlatformPermissions.Inbox).ExcludeFromDescription();
    }
}
