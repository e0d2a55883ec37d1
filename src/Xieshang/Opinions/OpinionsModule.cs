using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Opinions;

/// <summary>社情民意信息: items, their screening, editing and sign-off, and the committee's bulletin (domain.md §3.3).</summary>
public sealed class OpinionsModule : IModule
{
    /// <summary>The <see cref="CommitteeChanges"/> topic every saved change to an item, its reporters or a bulletin announces.</summary>
    public const string Changes = "opinions";

    /// <summary>How long the office's list views are kept when nothing changes (ADR 0006); the year's figures: <see cref="OpinionStatistics.KeptFor"/>.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    public IEnumerable<Permission> Permissions => OpinionPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("工作台", "我的社情民意", "/me/opinions", OpinionPermissions.Submit, 3),
        new("社情民意", "信息审核与编辑", "/opinions", OpinionPermissions.Read, 500),
        new("社情民意", "《社情民意》编发", "/opinions/bulletins", OpinionPermissions.Edit, 501),
        new("社情民意", "信息统计与通报", "/opinions/statistics", OpinionPermissions.Read, 502),
    ];

    public IEnumerable<IWorkflowDefinition> Workflows => [OpinionFlow.Flow];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<SaveOpinion>();
        services.AddScoped<OpinionActions>();
        services.AddScoped<PublishBulletin>();
        services.AddScoped<GetOpinion>();
        services.AddScoped<Proposals.Contracts.IOpinionIntake, OpinionFromProposal>();
        services.AddScoped<ListOpinions>();
        services.AddScoped<ReportUp>();
        services.AddScoped<RecordPublication>();
        services.AddScoped<OpinionStatistics>();
        services.AddScoped<OpinionDocuments>();
        services.AddScoped<Instructions.IInstructionTarget, OpinionInstructionTarget>();
    }

    static Result<Guid> Id(Result<OpinionReport> r) => r.Ok ? r.Value!.ItemId : r.Error!;

    static async Task<Results<Ok<OpinionView>, ProblemHttpResult>> ViewOrProblem(Result<Guid> saved, GetOpinion get, CancellationToken ct) =>
        saved.Ok ? TypedResults.Ok((await get.HandleAsync(saved.Value, ct))!) : saved.Error!.ToProblem();

    public void Map(IEndpointRouteBuilder app)
    {
        // The papers, for the API and (the same handlers, by cookie) for the pages' download links.
        foreach (var (prefix, hidden) in new[] { ("/api/v1", false), ("", true) })
        {
            var bulletin = app.MapGet($"{prefix}/opinion-bulletins/{{id:guid}}/bulletin.docx", async Task<IResult> (Guid id, OpinionDocuments d, CancellationToken ct) =>
                    await d.BulletinAsync(id, ct) is { } doc ? TypedResults.File(doc.Content, Proposals.ProposalDocuments.Docx, doc.Name)
                        : new Platform.Results.NotFound("该期《社情民意》不存在。").ToProblem())
                .RequirePermission(OpinionPermissions.Read).WithTags("社情民意");
            var export = app.MapGet($"{prefix}/opinions/export", async (OpinionDocuments d, int? year, string? state, string? q, TimeProvider clock, CancellationToken ct) =>
                {
                    var (content, name) = await d.ListAsync(new OpinionQuery(year ?? Web.Shanghai.Today(clock).Year, state, q), ct);
                    return TypedResults.File(content, Platform.Documents.Spreadsheet.ContentType, name);
                })
                .RequirePermission(OpinionPermissions.Read).WithTags("社情民意");
            if (hidden) { bulletin.ExcludeFromDescription(); export.ExcludeFromDescription(); }
            else
            {
                bulletin.WithName("OpinionBulletinDocx").WithSummary("一期《社情民意》（Word，公文格式）");
                export.WithName("ExportOpinions").WithSummary("导出社情民意信息列表为 Excel（筛选同列表）");
            }
        }

        var g = app.MapGroup("/api/v1/opinions").WithTags("社情民意");
        g.MapPost("", async Task<Results<Created<OpinionView>, ProblemHttpResult>> (OpinionInput input, SaveOpinion save, GetOpinion get, CancellationToken ct) =>
            {
                var saved = await save.HandleAsync(null, input, ct);
                return saved.Ok ? TypedResults.Created($"/api/v1/opinions/{saved.Value}", (await get.HandleAsync(saved.Value, ct))!) : saved.Error!.ToProblem();
            })
            .RequirePermission(OpinionPermissions.Submit)
            .WithName("CreateOpinion").WithSummary("撰写社情民意信息（草稿）：title、body（≤1500 字，情况、分析、建议），可选 category、reporterNos（联合反映的委员编号）、otherReporters（非委员姓名）；工作人员以单位名义录入时给 source（PARTY/COMMITTEE/SECTOR/WORK_GROUP）与 orgName");
        g.MapPut("/{id:guid}", async (Guid id, OpinionInput input, SaveOpinion save, GetOpinion get, CancellationToken ct) =>
                await ViewOrProblem(await save.HandleAsync(id, input, ct), get, ct))
            .RequirePermission(OpinionPermissions.Submit)
            .WithName("UpdateOpinion").WithSummary("修改本人的信息（草稿或退回修改时）");
        g.MapGet("", (ListOpinions q, int? year, string? state, string? search, int? page, CancellationToken ct) =>
                q.HandleAsync(new OpinionQuery(year, state, search, false, page ?? 1, 50), ct))
            .RequirePermission(OpinionPermissions.Read)
            .WithName("ListOpinions").WithSummary("社情民意信息列表（已报送的）：按年度、状态代码、标题筛选");
        g.MapGet("/mine", (ListOpinions q, int? year, string? state, int? page, CancellationToken ct) =>
                q.HandleAsync(new OpinionQuery(year, state, null, true, page ?? 1), ct))
            .RequirePermission(OpinionPermissions.Submit)
            .WithName("MyOpinions").WithSummary("本人撰写或联合反映的信息（含草稿）");
        g.MapGet("/statistics", async Task<IResult> (OpinionStatistics s, int? year, TimeProvider clock, CancellationToken ct) =>
                Web.QueryValues.YearOutOfRange(year) is { } bad ? bad.ToProblem() : TypedResults.Ok(await s.HandleAsync(year ?? Web.Shanghai.Today(clock).Year, ct)))
            .RequirePermission(OpinionPermissions.Read)
            .WithName("OpinionStatistics").WithSummary("一年的社情民意统计（当年报送的本级信息）：submitted、published、sentToCity、adoptedByCity、adoptedByProvince、sentToNational、adoptedByNational、instructions、publications，各级采用方式，批示层级，按委员、界别、党派排名");
        g.MapGet("/{id:guid}", async Task<Results<Ok<OpinionView>, ProblemHttpResult>> (Guid id, GetOpinion get, CancellationToken ct) =>
                await get.HandleAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该信息不存在，或您无权查看。").ToProblem())
            .RequirePermission(OpinionPermissions.Access)
            .WithName("GetOpinion").WithSummary("一条信息：报送稿与编辑稿（及其差异）、反映人、编发情况，及当前可执行的操作 workflow.actions");
        g.MapPost("/{id:guid}/actions/{action}", async Task<Results<Ok<OpinionView>, ProblemHttpResult>> (Guid id, string action, OpinionStep? step,
                OpinionActions actions, GetOpinion get, CancellationToken ct) =>
            {
                var r = await actions.HandleAsync(id, action, step ?? new OpinionStep(), ct);
                return r.Ok ? TypedResults.Ok(await get.ViewAsync(r.Value!, ct)) : r.Error!.ToProblem();
            })
            .RequirePermission(OpinionPermissions.Access)
            .WithName("OpinionAction").WithSummary("信息流程操作：submit、accept、retain、return（note）、edit（editedTitle、editedBody）、sign、send_back（note）；编发见 /api/v1/opinion-bulletins");

        g.MapPost("/{id:guid}/report", async Task<Results<Ok<OpinionView>, ProblemHttpResult>> (Guid id, ReportInput? input, ReportUp up, GetOpinion get, CancellationToken ct) =>
                await ViewOrProblem(Id(await up.SendAsync(id, input ?? new ReportInput(), ct)), get, ct))
            .RequirePermission(OpinionPermissions.Edit)
            .WithName("ReportOpinionUp").WithSummary("报送上级政协（本级已编发的信息，每条一次）：上级政协在本平台时自动进入其待审核；不在时给 receiverName");
        g.MapPost("/{id:guid}/report/result", async Task<Results<Ok<OpinionView>, ProblemHttpResult>> (Guid id, ReportResultInput input, ReportUp up, GetOpinion get, CancellationToken ct) =>
                await ViewOrProblem(Id(await up.RecordAsync(id, input, ct)), get, ct))
            .RequirePermission(OpinionPermissions.Edit)
            .WithName("RecordOpinionResult").WithSummary("登记上级（不在本平台）的采用情况：result（SINGLE/COMPOSITE/FORWARDED/NOT_ADOPTED/PENDING）、date、bulletinNo、note");

        g.MapPost("/{id:guid}/publications", async Task<Results<Ok<OpinionView>, ProblemHttpResult>> (Guid id, PublicationInput input, RecordPublication r, GetOpinion get,
                CancellationToken ct) =>
            {
                var saved = await r.HandleAsync(id, input, ct);
                return await ViewOrProblem(saved.Ok ? id : saved.Error!, get, ct);
            })
            .RequirePermission(OpinionPermissions.Edit)
            .WithName("RecordOpinionPublication").WithSummary("登记刊物采用（如《经济要参》）：name、issue、publishedOn");

        var b = app.MapGroup("/api/v1/opinion-bulletins").WithTags("社情民意");
        b.MapGet("", (PublishBulletin p, int? year, TimeProvider clock, CancellationToken ct) => p.ListAsync(year ?? Web.Shanghai.Today(clock).Year, ct))
            .RequirePermission(OpinionPermissions.Read)
            .WithName("ListOpinionBulletins").WithSummary("一年的《社情民意》各期");
        b.MapPost("", async (BulletinInput input, PublishBulletin p, CancellationToken ct) => (await p.HandleAsync(input, ct)).CreatedOrProblem("/api/v1/opinion-bulletins/{id}"))
            .RequirePermission(OpinionPermissions.Edit)
            .WithName("PublishOpinionBulletin").WithSummary("编发一期《社情民意》：itemIds（已签发的信息）、kind（SINGLE 单篇 / COMPOSITE 综合，综合需 title）、recipients（主送，每行一个）");
    }
}
