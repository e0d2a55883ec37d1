using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

public sealed record CosignRequest(bool Confirm);

/// <summary>The body of a clue's step: a note (the reason of 不采纳), the host of a merge, the version the caller saw.</summary>
public sealed record ClueStep(string? Note = null, Guid? HostId = null, int? Version = null);

/// <summary>
/// The body of <c>POST /api/v1/proposals/{id}/actions/{action}</c>: the note and version of every step, and the fields
/// of the steps that carry content — review (reason, hostId, convertTo), 交办 (mode, leadId, unitIds), the unit's steps
/// (reason, contactMode, text, class, signedBy) and the evaluation (contactMode, attitude, pertinent, result, comment).
/// </summary>
public sealed record ProposalStep(string? Note = null, int? Version = null, string? Reason = null, Guid? HostId = null, string? ConvertTo = null,
    string? Mode = null, Guid? LeadId = null, IReadOnlyList<Guid>? UnitIds = null, string? ContactMode = null, string? Text = null, string? Class = null,
    string? SignedBy = null, string? Attitude = null, bool Pertinent = false, string? Result = null, string? Comment = null, int? Months = null);

/// <summary>提案: drafting and co-signing, review (立案, 不立案, 并案, 转交, 退回) with likely duplicates shown to the reviewer.</summary>
public sealed class ProposalsModule : IModule
{
    /// <summary>The <see cref="CommitteeChanges"/> topic that every saved change to a proposal, its signers, assignments or replies announces.</summary>
    public const string Changes = "proposals";

    /// <summary>How long the office's list views and a unit's queue are kept when nothing changes (ADR 0006).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    public IEnumerable<Permission> Permissions => ProposalPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("工作台", "我的提案", "/me/proposals", ProposalPermissions.Submit, 2),
        new("提案工作", "提案审查与管理", "/proposals", ProposalPermissions.Read, 400),
        new("工作台", "承办提案", "/unit/proposals", ProposalPermissions.Handle, 4),
        new("提案工作", "逾期清单", "/proposals/overdue", ProposalPermissions.Read, 401),
        new("提案工作", "提案线索", "/proposals/clues", ProposalPermissions.Submit, 402),
        new("提案工作", "提案统计", "/proposals/statistics", ProposalPermissions.Read, 403),
        new("提案工作", "提案设置", "/proposals/settings", ProposalPermissions.Review, 404),
    ];

    public IEnumerable<IWorkflowDefinition> Workflows => [ProposalFlow.Flow, CosignFlow.Flow, ClueFlow.Flow];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<SaveProposal>();
        services.AddScoped<Instructions.IInstructionTarget, ProposalInstructionTarget>();
        services.AddScoped<ProposalActions>();
        services.AddScoped<ProposalNotices>();
        services.AddScoped<Cosign>();
        services.AddScoped<GetProposal>();
        services.AddScoped<ListProposals>();
        services.AddScoped<SimilarProposals>();
        services.AddScoped<AssignProposal>();
        services.AddScoped<HandleProposal>();
        services.AddScoped<EvaluateProposal>();
        services.AddScoped<ListUnitQueue>();
        services.AddScoped<SaveSettings>();
        services.AddScoped<ProposalDeadlines>();
        services.AddSingleton<Platform.Jobs.IRecurringJob, ProposalDeadlinesJob>();
        services.AddScoped<ListOverdue>();
        services.AddScoped<Clues>();
        services.AddScoped<ProposalStatistics>();
        services.AddScoped<ProposalHonours>();
        services.AddScoped<ProposalDocuments>();
        services.AddScoped<Platform.Files.IFileOwner, ReplyFiles>();
    }

    static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> ViewOrProblem(Result<Guid> saved, GetProposal get, CancellationToken ct) =>
        saved.Ok ? TypedResults.Ok((await get.HandleAsync(saved.Value, ct))!) : saved.Error!.ToProblem();

    /// <summary>One convention for every step; the steps that carry content go to the use case that knows it.</summary>
    public static async Task<Result<Proposal>> StepAsync(IServiceProvider services, Guid id, string action, ProposalStep s, CancellationToken ct) => action switch
    {
        "assign" or "reassign" => await services.GetRequiredService<AssignProposal>().HandleAsync(id, new AssignInput(s.Mode, s.LeadId, s.UnitIds, s.Note, s.Version), ct),
        "sign" or "request_return" or "contact" or "co_opinion" or "reply" => await services.GetRequiredService<HandleProposal>()
            .HandleAsync(id, action, new UnitStepInput(s.Reason ?? s.Note, s.ContactMode, s.Text, s.Class, s.SignedBy, s.Version), ct),
        "mark_key" or "unmark_key" or "mark_excellent" or "unmark_excellent" => await services.GetRequiredService<ProposalHonours>()
            .HandleAsync(id, action, s.LeadId, s.Note, s.Version, ct),
        "extend" => await services.GetRequiredService<AssignProposal>().ExtendAsync(id, s.Months, s.Reason ?? s.Note, s.Version, ct),
        "evaluate" => await services.GetRequiredService<EvaluateProposal>()
            .HandleAsync(id, new EvaluationInput(s.ContactMode, s.Attitude, s.Pertinent, s.Result, s.Comment, s.Version), ct),
        _ => await services.GetRequiredService<ProposalActions>().HandleAsync(id, action, new ProposalActionRequest(s.Note, s.Version, s.Reason, s.HostId, s.ConvertTo), ct),
    };

    static IResult File((byte[] Content, string Name)? doc, string type) =>
        doc is { } d ? TypedResults.File(d.Content, type, d.Name) : new Platform.Results.NotFound("该提案或答复不存在，或您无权查看。").ToProblem();

    public void Map(IEndpointRouteBuilder app)
    {
        // The papers, for the API and (the same handlers, by cookie) for the pages' download links.
        foreach (var (prefix, hidden) in new[] { ("/api/v1/proposals", false), ("/proposals", true) })
        {
            var form = app.MapGet($"{prefix}/{{id:guid}}/form.docx", async (Guid id, ProposalDocuments d, CancellationToken ct) => File(await d.FormAsync(id, ct), ProposalDocuments.Docx))
                .RequirePermission(ProposalPermissions.Access).WithTags("提案");
            var letter = app.MapGet($"{prefix}/{{id:guid}}/replies/{{replyId:guid}}/letter.docx", async (Guid id, Guid replyId, ProposalDocuments d, CancellationToken ct) =>
                    File(await d.ReplyLetterAsync(id, replyId, ct), ProposalDocuments.Docx))
                .RequirePermission(ProposalPermissions.Access).WithTags("提案");
            var export = app.MapGet($"{prefix}/export", async (ProposalDocuments d, int? year, string? state, string? type, string? q, bool? key, bool? excellent, TimeProvider clock, CancellationToken ct) =>
                {
                    var (content, name) = await d.ListAsync(new ProposalQuery(year ?? Web.Shanghai.Today(clock).Year, state, type, q, Key: key ?? false, Excellent: excellent ?? false), ct);
                    return TypedResults.File(content, ProposalDocuments.Xlsx, name);
                })
                .RequirePermission(ProposalPermissions.Read).WithTags("提案");
            var overdue = app.MapGet($"{prefix}/overdue/export", async (ProposalDocuments d, CancellationToken ct) =>
                {
                    var (content, name) = await d.OverdueAsync(ct);
                    return TypedResults.File(content, ProposalDocuments.Xlsx, name);
                })
                .RequirePermission(ProposalPermissions.Read).WithTags("提案");
            var clueExport = app.MapGet($"{prefix}/clues/export", async (ProposalDocuments d, int? year, string? state, string? source, TimeProvider clock, CancellationToken ct) =>
                {
                    var (content, name) = await d.CluesAsync(new ClueQuery(year ?? Web.Shanghai.Today(clock).Year, state, source), ct);
                    return TypedResults.File(content, ProposalDocuments.Xlsx, name);
                })
                .RequirePermission(ProposalPermissions.Review).WithTags("提案");
            if (hidden) foreach (var b in new[] { form, letter, export, overdue, clueExport }) b.ExcludeFromDescription();
            else
            {
                form.WithName("ProposalFormDocx").WithSummary("提案表（Word，公文格式）");
                letter.WithName("ReplyLetterDocx").WithSummary("承办单位答复函（Word，公文格式）");
                export.WithName("ExportProposals").WithSummary("导出提案列表为 Excel（筛选同列表）");
                overdue.WithName("ExportOverdue").WithSummary("导出逾期清单为 Excel");
                clueExport.WithName("ExportClues").WithSummary("导出提案线索为 Excel");
            }
        }

        var clues = app.MapGroup("/api/v1/proposal-clues").WithTags("提案");
        clues.MapPost("", async (ClueInput input, Clues c, CancellationToken ct) => (await c.SaveAsync(null, input, ct)).CreatedOrProblem("/api/v1/proposal-clues/{id}"))
            .RequirePermission(ProposalPermissions.Submit)
            .WithName("CreateClue").WithSummary("提出提案线索（草稿）：title、body；工作人员录入群众、码上议、调研线索时给 source（PUBLIC/MSY/RESEARCH/CAMPAIGN）与 submitterName");
        clues.MapPut("/{id:guid}", async (Guid id, ClueInput input, Clues c, CancellationToken ct) => (await c.SaveAsync(id, input, ct)).NoContentOrProblem())
            .RequirePermission(ProposalPermissions.Submit)
            .WithName("UpdateClue").WithSummary("修改本人的线索草稿");
        clues.MapGet("", (Clues c, int? year, string? state, string? source, bool? mine, bool? catalogue, string? search, int? page, CancellationToken ct) =>
                c.ListAsync(new ClueQuery(year, state, source, mine ?? false, catalogue ?? false, search, page ?? 1), ct))
            .RequirePermission(ProposalPermissions.Access)
            .WithName("ListClues").WithSummary("提案线索：工作人员看本政协已提交的；委员看本人的（mine）和选题目录（catalogue=true）");
        clues.MapGet("/{id:guid}", async Task<Results<Ok<ClueView>, ProblemHttpResult>> (Guid id, Clues c, CancellationToken ct) =>
                await c.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该线索不存在，或您无权查看。").ToProblem())
            .RequirePermission(ProposalPermissions.Access)
            .WithName("GetClue").WithSummary("一条提案线索，及当前可执行的操作");
        clues.MapPost("/{id:guid}/actions/{action}", async Task<Results<Ok<ClueView>, ProblemHttpResult>> (Guid id, string action, ClueStep? step, Clues c, CancellationToken ct) =>
            {
                var r = await c.ActAsync(id, action, step?.Note, step?.HostId, step?.Version, ct);
                return r.Ok ? TypedResults.Ok((await c.GetAsync(id, ct))!) : r.Error!.ToProblem();
            })
            .RequirePermission(ProposalPermissions.Access)
            .WithName("ClueAction").WithSummary("线索流程操作：submit、accept、reject（note）、merge（hostId）、publish（编入选题目录）、adopt（据此撰写提案）、refer_up（上报上级政协）、archive");

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
        g.MapGet("", (ListProposals q, int? year, string? state, string? type, string? search, bool? key, bool? excellent, int? page, CancellationToken ct) =>
                q.HandleAsync(new ProposalQuery(year, state, type, search, false, page ?? 1, 50, key ?? false, excellent ?? false), ct))
            .RequirePermission(ProposalPermissions.Read)
            .WithName("ListProposals").WithSummary("提案列表（已提交的）：按年度、状态代码、提案方式、案由、重点提案（key=true）、优秀提案（excellent=true）筛选");
        g.MapGet("/mine", (ListProposals q, int? year, string? state, int? page, CancellationToken ct) =>
                q.HandleAsync(new ProposalQuery(year, state, null, null, true, page ?? 1), ct))
            .RequirePermission(ProposalPermissions.Submit)
            .WithName("MyProposals").WithSummary("本人撰写或联名的提案（含暂存）");
        g.MapGet("/settings", (SaveSettings s, CancellationToken ct) => s.GetAsync(ct))
            .RequirePermission(ProposalPermissions.Review)
            .WithName("ProposalSettings").WithSummary("提案设置：是否启用 D 类答复，不立案理由（标准理由的启用与本会增加的理由）");
        g.MapPut("/settings", async (SettingsInput input, SaveSettings s, CancellationToken ct) => (await s.HandleAsync(input, ct)).NoContentOrProblem())
            .RequirePermission(ProposalPermissions.Review)
            .WithName("SaveProposalSettings").WithSummary("修改提案设置（replyClassD、disabledReasons 停用的标准理由代码、ownReasons 本会增加的理由）");
        g.MapGet("/reasons", async (Platform.Data.XieshangDb db, CancellationToken ct) =>
                (await NotFiledReasons.OfCommitteeAsync(db, ct)).Select(r => new { code = r.Code, label = r.Label }))
            .RequirePermission(ProposalPermissions.Review)
            .WithName("NotFiledReasons").WithSummary("本会可选的不立案理由代码");
        g.MapGet("/{id:guid}", async Task<Results<Ok<ProposalView>, ProblemHttpResult>> (Guid id, GetProposal get, CancellationToken ct) =>
                await get.HandleAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该提案不存在，或您无权查看。").ToProblem())
            .RequirePermission(ProposalPermissions.Access)
            .WithName("GetProposal").WithSummary("一件提案：内容、提案人与联名情况、审查结果，及当前可执行的操作 workflow.actions");
        g.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, ProposalStep? step, HttpContext http, GetProposal get, CancellationToken ct) =>
            {
                var r = await StepAsync(http.RequestServices, id, action, step ?? new ProposalStep(), ct);
                return await ViewOrProblem(r.Ok ? r.Value!.Id : r.Error!, get, ct);
            })
            .RequirePermission(ProposalPermissions.Access)
            .WithName("ProposalAction").WithSummary("提案流程操作：invite、submit、withdraw；审查 start_review、return（note）、file、not_file（reason）、merge（hostId）、convert（convertTo）；" +
                "交办 assign、reassign（mode SINGLE/LEAD_CO/SEPARATE、leadId、unitIds）、reject_return；承办单位 sign、request_return（reason）、contact（contactMode）、co_opinion（text）、" +
                "reply（text、class、signedBy）；extend（months、reason）；mark_key（leadId 为督办的主席或副主席席位）、unmark_key、mark_excellent、unmark_excellent；pass_reply、reject_reply（note）；提案人 evaluate（contactMode、attitude、pertinent、result、comment）；rehandle、close、track");
        g.MapGet("/statistics", async Task<IResult> (ProposalStatistics q, int? year, TimeProvider clock, CancellationToken ct) =>
                Web.QueryValues.YearOutOfRange(year) is { } bad ? bad.ToProblem() : TypedResults.Ok(await q.HandleAsync(year ?? Web.Shanghai.Today(clock).Year, ct)))
            .RequirePermission(ProposalPermissions.Read)
            .WithName("ProposalStatistics").WithSummary("提案统计：线索（clues、cluesReferredUp）、收到（received，当年提交）、立案、不立案、并案、转交、集体提案；按方式、性质、类别、界别；各承办单位按时答复率、A/B/C 类、满意率");
        g.MapGet("/overdue", (ListOverdue q, CancellationToken ct) => q.HandleAsync(ct))
            .RequirePermission(ProposalPermissions.Read)
            .WithName("OverdueProposals").WithSummary("逾期清单：签收逾期（交办 10 日未签收）、面商逾期（签收后 15 个工作日未与提案人沟通）、答复逾期");
        g.MapGet("/unit", (ListUnitQueue q, bool? all, int? page, CancellationToken ct) => q.HandleAsync(!(all ?? false), page ?? 1, ct: ct))
            .RequirePermission(ProposalPermissions.Handle)
            .WithName("UnitProposalQueue").WithSummary("承办单位待办：交办给本单位的提案，答复期限最早的在前（all=true 含已办结）");
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
