using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Xieshang.Platform.Auth;

namespace Xieshang.Platform.Files;

public static class FileEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/files").WithTags("平台").RequirePermission(PlatformPermissions.Files);
        api.MapPost("/", async Task<Results<Created<FileRow>, ProblemHttpResult>> (
                [FromForm] string ownerType, [FromForm] string ownerId, IFormFile file, FileUseCases files, CancellationToken ct) =>
            {
                await using var stream = file.OpenReadStream();
                var r = await files.UploadAsync(ownerType, ownerId, file.FileName, stream, file.Length, ct);
                return r.Ok ? TypedResults.Created($"/api/v1/files/{r.Value!.Id}", r.Value)
                    : r.Error!.ToProblem();
            })
            // API clients send a token, not a cookie, so there is no cross-site form to guard against here.
            .DisableAntiforgery()
            .WithName("UploadFile").WithSummary("上传附件（multipart：ownerType、ownerId、file）");
        api.MapGet("/", (string ownerType, string ownerId, FileUseCases files, CancellationToken ct) => files.ListAsync(ownerType, ownerId, ct))
            .WithName("ListFiles").WithSummary("某条记录的附件");
        api.MapGet("/{id:guid}", DownloadAsync).WithName("DownloadFile").WithSummary("下载附件");

        // Pages link to the same download, and post uploads from a form (antiforgery-checked) and come back.
        app.MapGet("/files/{id:guid}", DownloadAsync).RequirePermission(PlatformPermissions.Files).ExcludeFromDescription();
        app.MapPost("/files/upload", async ([FromForm] string ownerType, [FromForm] string ownerId, [FromForm] string returnUrl,
                IFormFile? file, FileUseCases files, HttpContext http, CancellationToken ct) =>
            {
                var back = returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/";
                if (file == null) { Web.Flash.Set(http, "请选择要上传的文件。", Web.FlashKind.Error); return TypedResults.LocalRedirect(back); }
                await using var stream = file.OpenReadStream();
                var r = await files.UploadAsync(ownerType, ownerId, file.FileName, stream, file.Length, ct);
                Web.Flash.Set(http, r.Ok ? $"已上传“{r.Value!.FileName}”。" : r.Error!.Message, r.Ok ? Web.FlashKind.Success : Web.FlashKind.Error);
                return TypedResults.LocalRedirect(back);
            })
            .RequirePermission(PlatformPermissions.Files).ExcludeFromDescription();
    }

    static async Task<IResult> DownloadAsync(Guid id, FileUseCases files, HttpContext http, CancellationToken ct)
    {
        var r = await files.OpenAsync(id, ct);
        if (!r.Ok) return r.Error!.ToProblem();
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(r.Value!.Content, r.Value.ContentType, r.Value.FileName);
    }
}
