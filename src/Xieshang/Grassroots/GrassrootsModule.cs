using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Grassroots;

/// <summary>基层协商: village and town consultation rooms and 码上议, the QR channel through which citizens raise issues.</summary>
public sealed class GrassrootsModule : IModule
{
    public IEnumerable<Permission> Permissions => GrassrootsPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("基层协商", "码上议", "/grassroots/issues", GrassrootsPermissions.Read, 300),
        new("基层协商", "协商议事室", "/grassroots/rooms", GrassrootsPermissions.Read, 301),
        new("基层协商", "基层协商统计", "/grassroots/statistics", GrassrootsPermissions.Read, 302),
    ];

    public IEnumerable<IWorkflowDefinition> Workflows => [IssueFlow.Flow];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<Rooms>();
        services.AddScoped<PublicIssues>();
        services.AddScoped<IssueActions>();
        services.AddScoped<ListIssues>();
        services.AddScoped<GrassrootsStatistics>();
        services.AddScoped<Platform.Files.IFileOwner, IssuePhotos>();
        services.AddScoped<ExpireRatings>();
        services.AddSingleton<Platform.Jobs.IRecurringJob, ExpireRatingsJob>();
        services.AddScoped<Organization.Contracts.IStructureDependents, RoomDependents>();
    }

    static async Task<FileContentHttpResult> ExportAsync(GrassrootsStatistics q, int? year, Guid? township, TimeProvider clock, CancellationToken ct)
    {
        var (content, name) = await q.ExportAsync(year ?? Web.Shanghai.Today(clock).Year, township, ct);
        return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    public void Map(IEndpointRouteBuilder app)
    {
        var rooms = app.MapGroup("/api/v1/rooms").WithTags("基层协商");
        rooms.MapGet("", (Rooms r, Guid? township, string? search, CancellationToken ct) => r.ListAsync(township, search, ct))
            .RequirePermission(GrassrootsPermissions.Read)
            .WithName("ListRooms").WithSummary("协商议事室（每村、每镇一个）及其公开码 code、召集人");
        rooms.MapPost("/ensure", async (Rooms r, CancellationToken ct) => (await r.EnsureAsync(ct)).OkOrProblem())
            .RequirePermission(GrassrootsPermissions.ManageRooms)
            .WithName("EnsureRooms").WithSummary("为尚无议事室的村（社区）和镇（街道）开设议事室，返回新开数");
        rooms.MapPut("/{id:guid}", async (Guid id, RoomInput input, Rooms r, CancellationToken ct) => (await r.UpdateAsync(id, input, ct)).NoContentOrProblem())
            .RequirePermission(GrassrootsPermissions.ManageRooms)
            .WithName("UpdateRoom").WithSummary("修改议事室：第一召集人、执行召集人（委员）、地址、启用");

        var issues = app.MapGroup("/api/v1/grassroots/issues").WithTags("基层协商");
        issues.MapGet("", (ListIssues q, string? state, Guid? room, Guid? township, string? search, int? page, CancellationToken ct) =>
                q.HandleAsync(new IssueQuery(state, room, township, search, page ?? 1), ct))
            .RequirePermission(GrassrootsPermissions.Read)
            .WithName("ListCitizenIssues").WithSummary("码上议提议列表（可按状态代码、议事室、镇街、标题或查询码筛选）；SUBMITTED 为待审核");
        issues.MapGet("/{id:guid}", async Task<Results<Ok<IssueView>, ProblemHttpResult>> (Guid id, ListIssues q, CancellationToken ct) =>
                await q.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该提议不存在，或不属于本政协。").ToProblem())
            .RequirePermission(GrassrootsPermissions.Read)
            .WithName("GetCitizenIssue").WithSummary("一条码上议提议：内容、联系方式（办理人员可见）、状态与可执行的操作");
        issues.MapPost("/{id:guid}/actions/{action}", async Task<Results<Ok<IssueView>, ProblemHttpResult>> (Guid id, string action,
                IssueActionRequest? request, IssueActions actions, ListIssues q, CancellationToken ct) =>
            {
                var result = await actions.HandleAsync(id, action, request, ct);
                return result.Ok ? TypedResults.Ok((await q.GetAsync(id, ct))!) : result.Error!.ToProblem();
            })
            .RequirePermission(GrassrootsPermissions.Read)
            .WithName("CitizenIssueAction").WithSummary("码上议流程操作：receive、reject、answer、transfer、accept_topic、schedule、record_consultation、agree_measures、resolve、escalate、publish");

        var stats = app.MapGroup("/api/v1/grassroots").WithTags("基层协商").RequirePermission(GrassrootsPermissions.Read);
        stats.MapGet("/statistics", (GrassrootsStatistics q, int? year, Guid? township, Guid? dutyGroup, TimeProvider clock, CancellationToken ct) =>
                q.HandleAsync(year ?? Web.Shanghai.Today(clock).Year, township, dutyGroup, ct))
            .WithName("GrassrootsStatistics").WithSummary("基层协商统计：议事室、提议、办结、满意率、协商场次、覆盖村（社区），按镇街和履职小组；指定镇街或履职小组时另按议事室（村、社区）");
        stats.MapGet("/statistics/export", ExportAsync).WithName("ExportGrassrootsStatistics").WithSummary("导出基层协商统计为 Excel");
        app.MapGet("/grassroots/statistics/export", ExportAsync).RequirePermission(GrassrootsPermissions.Read).ExcludeFromDescription();

        var pub = app.MapGroup("/api/v1/public").WithTags("码上议（公开）").AllowAnonymous();
        pub.MapGet("/rooms/{code}", async Task<Results<Ok<PublicRoom>, ProblemHttpResult>> (string code, PublicIssues p, CancellationToken ct) =>
                await p.RoomPageAsync(code, ct) is { } room ? TypedResults.Ok(room) : new Platform.Results.NotFound("没有这个议事室，请确认二维码。").ToProblem())
            .WithName("PublicRoom").WithSummary("议事室公开信息与近期公开的办理结果（无需登录）");
        pub.MapPost("/rooms/{code}/issues", async (string code, IssueSubmission input, PublicIssues p, HttpContext http, CancellationToken ct) =>
                (await p.SubmitAsync(code, input, http.Connection.RemoteIpAddress?.ToString(), ct)).OkOrProblem())
            .WithName("SubmitCitizenIssue").WithSummary("群众提议（无需登录）：title、text，可选 location、contactName、phone、anonymous；返回查询码 trackingCode");
        pub.MapPost("/issues/{trackingCode}/photos", async (string trackingCode, IFormFile file, PublicIssues p, CancellationToken ct) =>
                (await p.AddPhotoAsync(trackingCode, file.FileName, file.OpenReadStream(), file.Length, ct)).CreatedOrProblem($"/api/v1/public/issues/{trackingCode}"))
            .DisableAntiforgery()
            .WithName("AddCitizenIssuePhoto").WithSummary("为刚提交的提议补充照片（multipart 字段 file；最多 3 张、每张 5 MB 内、仅图片，提交后半小时内）");
        pub.MapGet("/issues/{trackingCode}", async Task<Results<Ok<PublicIssue>, ProblemHttpResult>> (string trackingCode, PublicIssues p, CancellationToken ct) =>
                await p.TrackAsync(trackingCode, ct) is { } issue ? TypedResults.Ok(issue) : new Platform.Results.NotFound("查询码不正确，请核对后再试。").ToProblem())
            .WithName("TrackCitizenIssue").WithSummary("凭查询码查看提议的进展与公开结果（个人信息已隐去）");
        pub.MapPost("/issues/{trackingCode}/rating", async (string trackingCode, RatingRequest request, PublicIssues p, CancellationToken ct) =>
                (await p.RateAsync(trackingCode, request, ct)).OkOrProblem())
            .WithName("RateCitizenIssue").WithSummary("群众评价办理结果（SATISFIED 满意、BASIC 基本满意、NOT_SATISFIED 不满意），仅一次；首次不满意重新协商");
    }
}
