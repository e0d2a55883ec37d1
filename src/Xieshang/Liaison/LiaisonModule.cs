using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Liaison;

/// <summary>
/// 一厅一室: the sector halls and the members' liaison studios as the carrier of members' contact with the people of
/// their sectors — contact objects, liaison records, each hall's and studio's yearly work content.
/// </summary>
public sealed class LiaisonModule : IModule
{
    public IEnumerable<Permission> Permissions => LiaisonPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("工作台", "联系界别群众", "/me/liaison", LiaisonPermissions.Record, 3),
        new("一厅一室", "界别议事厅", "/liaison", LiaisonPermissions.Read, 350),
        new("一厅一室", "联系对象", "/liaison/contacts", LiaisonPermissions.Manage, 351),
    ];

    public IEnumerable<IWorkflowDefinition> Workflows => [];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<LiaisonAccess>();
        services.AddScoped<ContactObjects>();
        services.AddScoped<LiaisonRecords>();
        services.AddScoped<WorkContents>();
        services.AddScoped<GetHall>();
        services.AddScoped<HallOverview>();
        services.AddScoped<Organization.Contracts.IStructureDependents, LiaisonDependents>();
    }

    static int YearOr(int? year, TimeProvider clock) => year ?? Web.Shanghai.Today(clock).Year;

    static async Task<FileContentHttpResult> ExportAsync(HallOverview q, int? year, TimeProvider clock, CancellationToken ct)
    {
        var (content, name) = await q.ExportAsync(YearOr(year, clock), ct);
        return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    public void Map(IEndpointRouteBuilder app)
    {
        var halls = app.MapGroup("/api/v1/halls").WithTags("一厅一室");
        halls.MapGet("", (HallOverview q, int? year, TimeProvider clock, CancellationToken ct) => q.HandleAsync(YearOr(year, clock), ct))
            .RequirePermission(LiaisonPermissions.Read)
            .WithName("ListHalls").WithSummary("界别议事厅与工作室的年度情况：委员、联系对象（三类）、联系记录（走下去、请上来、线上）");
        halls.MapGet("/export", ExportAsync).RequirePermission(LiaisonPermissions.Read)
            .WithName("ExportHalls").WithSummary("导出一厅一室年度情况为 Excel");
        app.MapGet("/liaison/export", ExportAsync).RequirePermission(LiaisonPermissions.Read).ExcludeFromDescription();
        halls.MapGet("/{id:guid}", async Task<Results<Ok<HallView>, ProblemHttpResult>> (Guid id, int? year, GetHall q, TimeProvider clock, CancellationToken ct) =>
                await q.HandleAsync(id, YearOr(year, clock), ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该议事厅不存在，或不属于本政协。").ToProblem())
            .RequirePermission(LiaisonPermissions.Read)
            .WithName("GetHall").WithSummary("一个议事厅的“四个问题”：谁联系、联系谁、联系什么、如何联系");
        halls.MapPut("/{id:guid}/work-content/{year:int}", async (Guid id, int year, WorkContentInput input, WorkContents w, CancellationToken ct) =>
                (await w.SaveAsync(id, year, input, ct)).NoContentOrProblem())
            .RequirePermission(LiaisonPermissions.Manage)
            .WithName("SaveHallWorkContent").WithSummary("制定议事厅（或其下工作室 studioId）的年度工作内容与负责委员");

        var contacts = app.MapGroup("/api/v1/liaison/contacts").WithTags("一厅一室");
        contacts.MapGet("", (ContactObjects c, Guid? hall, Guid? studio, string? @class, string? search, bool? mine, int? page, CancellationToken ct) =>
                c.ListAsync(new ContactQuery(hall, studio, @class, search, mine ?? false, page ?? 1), ct))
            .RequirePermission(LiaisonPermissions.Read)
            .WithName("ListContactObjects").WithSummary("联系对象（class：SECTOR_MEMBER 界别成员、PUBLIC_REP 群众代表、PROFESSIONAL 专业人士）；手机号仅工作人员和联系委员可见");
        contacts.MapGet("/{id:guid}", async Task<Results<Ok<ContactRow>, ProblemHttpResult>> (Guid id, ContactObjects c, CancellationToken ct) =>
                await c.GetAsync(id, ct) is { } row ? TypedResults.Ok(row) : new Platform.Results.NotFound("该联系对象不存在，或不属于本政协。").ToProblem())
            .RequirePermission(LiaisonPermissions.Read)
            .WithName("GetContactObject").WithSummary("一位联系对象");
        contacts.MapPost("", async (ContactInput input, ContactObjects c, CancellationToken ct) =>
                (await c.SaveAsync(null, input, ct)).CreatedOrProblem("/api/v1/liaison/contacts/{id}"))
            .RequirePermission(LiaisonPermissions.Record)
            .WithName("AddContactObject").WithSummary("新增联系对象：委员添加本人的（归入本界别议事厅）；工作人员指定议事厅 hallId 与联系委员 memberNos");
        contacts.MapPut("/{id:guid}", async (Guid id, ContactInput input, ContactObjects c, CancellationToken ct) =>
                (await c.SaveAsync(id, input, ct)).NoContentOrProblem())
            .RequirePermission(LiaisonPermissions.Record)
            .WithName("UpdateContactObject").WithSummary("修改联系对象（带 version 防止覆盖他人修改）");
        contacts.MapDelete("/{id:guid}", async (Guid id, ContactObjects c, CancellationToken ct) => (await c.DeleteAsync(id, ct)).NoContentOrProblem())
            .RequirePermission(LiaisonPermissions.Record)
            .WithName("DeleteContactObject").WithSummary("删除联系对象（已有联系记录涉及的不能删除）");

        var records = app.MapGroup("/api/v1/liaison/records").WithTags("一厅一室");
        records.MapGet("", (LiaisonRecords r, Guid? hall, Guid? studio, Guid? member, int? year, string? mode, bool? mine, int? page, CancellationToken ct) =>
                r.ListAsync(new LiaisonQuery(hall, studio, member, year, mode, mine ?? false, page ?? 1), ct))
            .RequirePermission(LiaisonPermissions.Read)
            .WithName("ListLiaisonRecords").WithSummary("联系记录（mode：OFFLINE_VISIT 走下去、INVITE_IN 请上来、ONLINE 线上）");
        records.MapGet("/{id:guid}", async Task<Results<Ok<LiaisonRow>, ProblemHttpResult>> (Guid id, LiaisonRecords r, CancellationToken ct) =>
                await r.GetAsync(id, ct) is { } row ? TypedResults.Ok(row) : new Platform.Results.NotFound("该联系记录不存在，或不属于本政协。").ToProblem())
            .RequirePermission(LiaisonPermissions.Read)
            .WithName("GetLiaisonRecord").WithSummary("一条联系记录");
        records.MapPost("", async (LiaisonInput input, LiaisonRecords r, CancellationToken ct) =>
                (await r.SaveAsync(null, input, ct)).CreatedOrProblem("/api/v1/liaison/records/{id}"))
            .RequirePermission(LiaisonPermissions.Record)
            .WithName("AddLiaisonRecord").WithSummary("记录一次联系：date、mode、topic、outcome、contactIds，可选 studioId；工作人员可代委员（memberNo）记录");
        records.MapPut("/{id:guid}", async (Guid id, LiaisonInput input, LiaisonRecords r, CancellationToken ct) =>
                (await r.SaveAsync(id, input, ct)).NoContentOrProblem())
            .RequirePermission(LiaisonPermissions.Record)
            .WithName("UpdateLiaisonRecord").WithSummary("修改联系记录（本人或工作人员）");
        records.MapDelete("/{id:guid}", async (Guid id, LiaisonRecords r, CancellationToken ct) => (await r.DeleteAsync(id, ct)).NoContentOrProblem())
            .RequirePermission(LiaisonPermissions.Record)
            .WithName("DeleteLiaisonRecord").WithSummary("删除联系记录（本人或工作人员）");
    }
}
