using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

public sealed record CosignRequest(bool Confirm);

/// <summary>提案: drafting and co-signing, review (立案, 不立案, 并案, 转交, 退回) with likely duplicates shown to the reviewer.</summary>
public sealed class ProposalsModule : IModule
{
    public IEnumerable<Permission> Permissions => ProposalPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("工作台", "我的提案", "/me/proposals", ProposalPermissions.Submit, 2),
        new("提案工作", "提案审查与管理", "/proposals", ProposalPermissions.Read, 400),
    ];

    public IEnumerable<IWorkflowDefinition> Workflows => [ProposalFlow.Flow];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<SaveProposal>();
        services.AddScoped<ProposalActions>();
        services.AddScoped<ProposalNotices>();
        services.AddScoped<Cosign>();
        services.AddScoped<GetProposal>();
        services.AddScoped<ListProposals>();
        services.AddScoped<SimilarProposals>();
    }

    static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> ViewOrProblem(Result<Guid> saved, GetProposal get, CancellationToken ct) =>
        saved.Ok ? TypedResults.Ok((await get.HandleAsync(saved.Value, ct))!) : saved.Error!.ToProblem();

    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/proposals").WithTags("提案");
        g.MapPost("", async Task<Results<Created<ProposalView>, ProblemHttpResult>> (ProposalInput input, SaveProposal save, GetProposal get, CancellationToken ct) =>
            {
                var saved = await save.HandleAsync(null, input, ct);
                return saved.Ok ? TypedResults.Created($"/api/v1/proposals/{saved.Value}", (await get.HandleAsync(saved.Value, ct))!) : saved.Error!.ToProblem();
            })
            .RequirePermission(ProposalPermissions.Submit)
            .WithName("CreateProposal").WithSummary("撰写提案（暂存）：title 案由、situation、analysis、suggestions，可选 category、proposerType（INDIVIDUAL/JOINT/COLLECTIVE）、cosignerNos、consentToConvert");
        g.MapPut("/{id:guid}", async (Guid id, ProposalInput input, SaveProposal save, GetProposal get, CancellationToken ct) =>
                await ViewOrProblem(await save.HandleAsync(id, input, ct), get, ct))
            .RequirePermission(ProposalPermissions.Submit)
            .WithName("UpdateProposal").WithSummary("修改本人提案（暂存、联名征集中、已退回时）");
        g.MapGet("", (ListProposals q, int? year, string? state, string? type, string? search, int? page, CancellationToken ct) =>
                q.HandleAsync(new ProposalQuery(year, state, type, search, false, page ?? 1), ct))
            .RequirePermission(ProposalPermissions.Read)
            .WithName("ListProposals").WithSummary("提案列表（已提交的）：按年度、状态代码、提案方式、案由筛选");
        g.MapGet("/mine", (ListProposals q, int? year, string? state, int? page, CancellationToken ct) =>
                q.HandleAsync(new ProposalQuery(year, state, null, null, true, page ?? 1), ct))
            .RequirePermission(ProposalPermissions.Submit)
            .WithName("MyProposals").WithSummary("本人撰写或联名的提案（含暂存）");
        g.MapGet("/reasons", () => NotFiledReasons.All.Select(r => new { code = r.Code, label = r.Label }))
            .RequirePermission(ProposalPermissions.Review)
            .WithName("NotFiledReasons").WithSummary("不立案理由代码");
        g.MapGet("/{id:guid}", async Task<Results<Ok<ProposalView>, ProblemHttpResult>> (Guid id, GetProposal get, CancellationToken ct) =>
                await get.HandleAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该提案不存在，或您无权查看。").ToProblem())
            .RequirePermission(ProposalPermissions.Access)
            .WithName("GetProposal").WithSummary("一件提案：内容、提案人与联名情况、审查结果，及当前可执行的操作 workflow.actions");
        g.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, ProposalActionRequest? request, ProposalActions actions, GetProposal get, CancellationToken ct) =>
            {
                var r = await actions.HandleAsync(id, action, request, ct);
                return await ViewOrProblem(r.Ok ? r.Value!.Id : r.Error!, get, ct);
            })
            .RequirePermission(ProposalPermissions.Access)
            .WithName("ProposalAction").WithSummary("提案流程操作：invite、submit、withdraw、start_review、return（note）、file、not_file（reason）、merge（hostId）、convert（convertTo：SUGGESTION/OPINION）");
        g.MapPost("/{id:guid}/cosign", async (Guid id, CosignRequest request, Cosign cosign, GetProposal get, CancellationToken ct) =>
                await ViewOrProblem(await cosign.HandleAsync(id, request.Confirm, ct), get, ct))
            .RequirePermission(ProposalPermissions.Submit)
            .WithName("CosignProposal").WithSummary("联名人确认（confirm: true）或谢绝联名");
        g.MapGet("/{id:guid}/similar", async Task<Results<Ok<IReadOnlyList<SimilarProposal>>, ProblemHttpResult>> (Guid id, SimilarProposals similar,
                Platform.Data.XieshangDb db, Platform.Tenancy.RequestContext ctx, CancellationToken ct) =>
                await ProposalAccess.LoadAsync(db, ctx, id, ct) is { } p ? TypedResults.Ok(await similar.HandleAsync(p, ct)) : new Platform.Results.NotFound("该提案不存在。").ToProblem())
            .RequirePermission(ProposalPermissions.Review)
            .WithName("SimilarProposals").WithSummary("可能重复的提案（按案由和建议的汉字相似度），供并案参考");
    }
}
