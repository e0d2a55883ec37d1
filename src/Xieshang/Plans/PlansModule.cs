using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Plans;

public sealed record Choice(string Code, string Label);

/// <summary>What the topic form offers: the chairs and vice-chairs, the special committees, the three "around"s and the formats.</summary>
public sealed record TopicChoices(IReadOnlyList<Organization.Contracts.CommitteeLeader> Leaders, IReadOnlyList<Organization.Choice> Committees, IReadOnlyList<Choice> Arounds,
    IReadOnlyList<Choice> Formats)
{
    /// <summary>Kept (ADR 0006) until the roster or the structure changes: every staff page of the plans shows these forms.</summary>
    public static Task<TopicChoices> LoadAsync(XieshangDb db, IMemoryCache cache, CommitteeChanges changes) =>
        SharedCache.GetAsync(cache, ("topic-choices", db.CurrentCommitteeId), TimeSpan.FromMinutes(5), () => ReadAsync(db, CancellationToken.None),
            changes.Token(Organization.OrganizationChanges.Topic, db.CurrentCommitteeId));

    static async Task<TopicChoices> ReadAsync(XieshangDb db, CancellationToken ct) => new(
        await Organization.Contracts.CommitteeLeaders.Of(db).ToListAsync(ct),
        await db.Set<Organization.SpecialCommittee>().AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new Organization.Choice(c.Id, c.Name)).ToListAsync(ct),
        Enum.GetValues<TopicAround>().Select(a => new Choice(Codes.Of(a), Web.Labels.Of(a))).ToList(),
        Enum.GetValues<TopicFormat>().Select(f => new Choice(Codes.Of(f), Web.Labels.Of(f))).ToList());
}

/// <summary>年度协商计划: the year's consultation topics, their approval, and each topic from research to closing (domain.md §3.4).</summary>
public sealed class PlansModule : IModule
{
    /// <summary>The <see cref="CommitteeChanges"/> topic every saved change to a plan or topic announces.</summary>
    public const string Changes = "plans";

    /// <summary>How long a year's work list is kept when nothing changes (ADR 0006).</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(30);

    public IEnumerable<Permission> Permissions => PlansPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("协商计划", "年度协商计划", "/plans", PlansPermissions.Read, 150),
        new("协商计划", "工作清单", "/plans/worklist", PlansPermissions.Read, 151),
        new("协商计划", "逾期事项", "/plans/worklist/overdue", PlansPermissions.Read, 152),
        new("协商计划", "调研课题", "/plans/research", PlansPermissions.Read, 153),
        new("协商计划", "协商成果", "/plans/results", PlansPermissions.Read, 154),
    ];

    public IEnumerable<IWorkflowDefinition> Workflows => [PlanFlow.Flow, TopicFlow.Flow, WorkItemFlow.Flow, ResultFlow.Flow, ResearchFlow.Flow];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<SavePlan>();
        services.AddScoped<PlanActions>();
        services.AddScoped<TopicActions>();
        services.AddScoped<GetPlan>();
        services.AddSingleton<Platform.Links.IOriginLookup, ResultOrigin>();
        services.AddScoped<GetTopic>();
        services.AddScoped<SaveWorkItem>();
        services.AddScoped<WorkItemActions>();
        services.AddScoped<RecordProgress>();
        services.AddScoped<ListWorkItems>();
        services.AddScoped<CouncilAgenda>();
        services.AddScoped<TopicInstructionTarget>();
        services.AddScoped<Instructions.IInstructionTarget>(sp => sp.GetRequiredService<TopicInstructionTarget>());
        services.AddScoped<Instructions.IInstructionTarget, ResultInstructionTarget>();
        services.AddScoped<SaveResult>();
        services.AddScoped<ResultActions>();
        services.AddScoped<ListResults>();
        services.AddScoped<ResultDocument>();
        services.AddScoped<SaveResearch>();
        services.AddScoped<GetResearch>();
    }

    static async Task<Results<Ok<TopicView>, ProblemHttpResult>> TopicOrProblem(Result<Guid> saved, GetTopic get, CancellationToken ct) =>
        saved.Ok ? TypedResults.Ok((await get.HandleAsync(saved.Value, ct))!) : saved.Error!.ToProblem();

    static async Task<Results<Ok<WorkItemRow>, ProblemHttpResult>> ItemOrProblem(Result<Guid> saved, ListWorkItems list, CancellationToken ct) =>
        saved.Ok ? TypedResults.Ok((await list.OneAsync(saved.Value, ct))!) : saved.Error!.ToProblem();

    public void Map(IEndpointRouteBuilder app)
    {
        MapWorkList(app);
        MapResults(app);
        MapResearch(app);
        var g = app.MapGroup("/api/v1/plans").WithTags("协商计划");
        g.MapGet("/{year:int}", async Task<IResult> (int year, GetPlan get, CancellationToken ct) =>
                Web.QueryValues.YearOutOfRange(year) is { } bad ? bad.ToProblem() : TypedResults.Ok(await get.HandleAsync(year, ct)))
            .RequirePermission(PlansPermissions.Read)
            .WithName("GetPlan").WithSummary("一年的协商计划：审定情况、workflow（review/revise/approve/issue）及议题 topics（title、around、format、leadLeader、leadCommittee、deadline、state）");
        g.MapPost("", async (PlanInput input, SavePlan save, CancellationToken ct) => (await save.CreateAsync(input, ct)).CreatedOrProblem("/api/v1/plans/{id}"))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("CreatePlan").WithSummary("建立年度协商计划（草案）：year、title");
        g.MapPost("/{year:int}/actions/{action}", async Task<IResult> (int year, string action, PlanStep? step, PlanActions actions, GetPlan get, CancellationToken ct) =>
                await actions.HandleAsync(year, action, step ?? new PlanStep(), ct) is { Ok: false } r ? r.Error!.ToProblem() : TypedResults.Ok(await get.HandleAsync(year, ct)))
            .RequirePermission(PlansPermissions.Read)
            .WithName("PlanAction").WithSummary("计划审定步骤：review（主席会议审议通过）、revise（退回修改，note）、approve（approvedBy、approvedOn）、issue（documentNo）");
        g.MapGet("/choices", (XieshangDb db, IMemoryCache cache, CommitteeChanges changes) => TopicChoices.LoadAsync(db, cache, changes))
            .RequirePermission(PlansPermissions.Read)
            .WithName("TopicChoices").WithSummary("议题表单的选项：牵头领导（主席、副主席）、牵头专委会、三围绕、协商形式");
        g.MapPost("/{year:int}/topics", async (int year, TopicInput input, SavePlan save, CancellationToken ct) =>
                (await save.AddTopicAsync(year, input, ct)).CreatedOrProblem("/api/v1/plans/topics/{id}"))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("AddTopic").WithSummary("列入协商议题（计划草案时）：title、around、format、leadLeaderId、leadCommitteeId、deadline、note");
        g.MapGet("/topics/{id:guid}", async Task<Results<Ok<TopicView>, ProblemHttpResult>> (Guid id, GetTopic get, CancellationToken ct) =>
                await get.HandleAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该议题不存在。").ToProblem())
            .RequirePermission(PlansPermissions.Read)
            .WithName("GetTopic").WithSummary("一个议题及其领导批示和当前可执行的操作");
        g.MapPut("/topics/{id:guid}", async (Guid id, TopicInput input, SavePlan save, GetTopic get, CancellationToken ct) =>
                await TopicOrProblem(await save.UpdateTopicAsync(id, input, ct), get, ct))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("UpdateTopic").WithSummary("修改议题（计划草案时；给 version）");
        g.MapDelete("/topics/{id:guid}", async (Guid id, int? version, SavePlan save, CancellationToken ct) =>
                (await save.RemoveTopicAsync(id, version, ct)).NoContentOrProblem())
            .RequirePermission(PlansPermissions.Manage)
            .WithName("RemoveTopic").WithSummary("移出议题（计划草案时）");
        g.MapPost("/topics/{id:guid}/actions/{action}", async (Guid id, string action, TopicStep? step, TopicActions actions, GetTopic get, CancellationToken ct) =>
                await TopicOrProblem(await actions.HandleAsync(id, action, step ?? new TopicStep(), ct), get, ct))
            .RequirePermission(PlansPermissions.Read)
            .WithName("TopicAction").WithSummary("议题流程：start_research、report_ready、schedule / reschedule（meetingOn，须提前 15 个工作日）、hold、form_outputs、send、feedback（note）、close（note）；领导批示经 /api/v1/instructions（targetType=topic）登记");
    }

    /// <summary>清单化管理: the year's tasks, their monthly progress, the weekly dispatch and the monthly council's agenda.</summary>
    static void MapWorkList(IEndpointRouteBuilder app)
    {
        foreach (var (prefix, hidden) in new[] { ("/api/v1", false), ("", true) })
        {
            var agenda = app.MapGet($"{prefix}/worklist/{{year:int}}/months/{{month:int}}/agenda.docx", async Task<IResult> (int year, int month, CouncilAgenda a,
                    CancellationToken ct) => await a.DocxAsync(year, month, ct) is { } doc ? TypedResults.File(doc.Content, Proposals.ProposalDocuments.Docx, doc.Name)
                    : new Platform.Results.Invalid("年度或月份不正确。").ToProblem())
                .RequirePermission(PlansPermissions.Read).WithTags("协商计划");
            if (hidden) agenda.ExcludeFromDescription();
            else agenda.WithName("CouncilAgendaDocx").WithSummary("某月主席会议的工作清单推进议程（Word，公文格式）：各事项本月进展、逾期事项、下月到期事项");
        }
        var g = app.MapGroup("/api/v1/worklist").WithTags("协商计划");
        g.MapGet("/{year:int}", async Task<IResult> (int year, ListWorkItems list, CancellationToken ct) =>
                Web.QueryValues.YearOutOfRange(year) is { } bad ? bad.ToProblem() : TypedResults.Ok(await list.YearAsync(year, ct)))
            .RequirePermission(PlansPermissions.Read)
            .WithName("WorkList").WithSummary("一年的工作清单：事项（牵头领导、责任单位、完成时限、状态、逐月进展）与周调度记录");
        g.MapGet("/overdue", (ListWorkItems list, CancellationToken ct) => list.OverdueAsync(ct))
            .RequirePermission(PlansPermissions.Read)
            .WithName("OverdueWork").WithSummary("逾期未完成的清单事项（各年度）");
        g.MapPost("/{year:int}/items", async (int year, WorkItemInput input, SaveWorkItem save, CancellationToken ct) =>
                (await save.AddAsync(year, input, ct)).CreatedOrProblem("/api/v1/worklist/items/{id}"))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("AddWorkItem").WithSummary("列入工作清单：title、leadLeaderId（主席、副主席）、responsibleUnit、deadline（当年）");
        g.MapGet("/items/{id:guid}", async Task<Results<Ok<WorkItemRow>, ProblemHttpResult>> (Guid id, ListWorkItems list, CancellationToken ct) =>
                await list.OneAsync(id, ct) is { } row ? TypedResults.Ok(row) : new Platform.Results.NotFound("该事项不存在。").ToProblem())
            .RequirePermission(PlansPermissions.Read)
            .WithName("GetWorkItem").WithSummary("一个清单事项及其逐月进展");
        g.MapPut("/items/{id:guid}", async (Guid id, WorkItemInput input, SaveWorkItem save, ListWorkItems list, CancellationToken ct) =>
                await ItemOrProblem(await save.UpdateAsync(id, input, ct), list, ct))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("UpdateWorkItem").WithSummary("修改清单事项（给 version；协商议题的事项在计划中修改）");
        g.MapPost("/items/{id:guid}/actions/{action}", async (Guid id, string action, ActionRequest? step, WorkItemActions actions, ListWorkItems list,
                CancellationToken ct) => await ItemOrProblem(await actions.HandleAsync(id, action, step?.Note, step?.Version, ct), list, ct))
            .RequirePermission(PlansPermissions.Read)
            .WithName("WorkItemAction").WithSummary("清单事项：complete（note 为完成情况）、reopen");
        g.MapPost("/items/{id:guid}/progress", async (Guid id, ProgressInput input, RecordProgress r, ListWorkItems list, CancellationToken ct) =>
            {
                var saved = await r.ProgressAsync(id, input, ct);
                return await ItemOrProblem(saved.Ok ? id : saved.Error!, list, ct);
            })
            .RequirePermission(PlansPermissions.Progress)
            .WithName("RecordWorkProgress").WithSummary("填写月度进展（月推进）：month（yyyy-MM）、text；牵头领导填写本人事项，办公室可填写全部；同月再填即修改，主席会议听取后不能再改");
        g.MapPost("/dispatches", async (DispatchInput input, RecordProgress r, CancellationToken ct) => (await r.DispatchAsync(input, ct)).CreatedOrProblem("/api/v1/worklist/dispatches/{id}"))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("RecordDispatch").WithSummary("记录周调度（办公室周例会）：weekOf（该周任一天）、text、可选 workItemId");
        g.MapPost("/{year:int}/months/{month:int}/review", async (int year, int month, CouncilInput input, RecordProgress r, CancellationToken ct) =>
                (await r.ReviewAsync(year, month, input, ct)).OkOrProblem())
            .RequirePermission(PlansPermissions.Approve)
            .WithName("ReviewMonth").WithSummary("主席会议听取某月进展：heldOn；该月进展此后不能再改");
    }

    /// <summary>成果: 建议案, research reports and plenary speeches, their steps, conversion and the 建议案 as Word.</summary>
    static void MapResults(IEndpointRouteBuilder app)
    {
        foreach (var (prefix, hidden) in new[] { ("/api/v1", false), ("", true) })
        {
            var doc = app.MapGet($"{prefix}/results/{{id:guid}}/document.docx", async Task<IResult> (Guid id, ResultDocument d, CancellationToken ct) =>
                    await d.DocxAsync(id, ct) is { } file ? TypedResults.File(file.Content, Proposals.ProposalDocuments.Docx, file.Name)
                    : new Platform.Results.NotFound("该成果不存在。").ToProblem())
                .RequirePermission(PlansPermissions.Read).WithTags("协商计划");
            if (hidden) doc.ExcludeFromDescription();
            else doc.WithName("ResultDocx").WithSummary("成果的 Word 文本（公文格式；建议案以常务委员会名义）");
        }
        var g = app.MapGroup("/api/v1/results").WithTags("协商计划");
        g.MapGet("", async Task<IResult> (int? year, ListResults list, TimeProvider clock, CancellationToken ct) =>
                Web.QueryValues.YearOutOfRange(year) is { } bad ? bad.ToProblem() : TypedResults.Ok(await list.YearAsync(year ?? Web.Shanghai.Today(clock).Year, ct)))
            .RequirePermission(PlansPermissions.Read)
            .WithName("ListResults").WithSummary("一年的协商成果：建议案、调研报告、大会发言，及各自的批示件数");
        g.MapPost("", async (ResultInput input, SaveResult save, CancellationToken ct) => (await save.HandleAsync(null, input, ct)).CreatedOrProblem("/api/v1/results/{id}"))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("CreateResult").WithSummary("登记协商成果：year、kind（RECOMMENDATION/RESEARCH_REPORT/SPEECH）、title、body、topicId、author；大会发言另给 venue、venueLevel、mode（ORAL/WRITTEN）");
        g.MapGet("/{id:guid}", async Task<Results<Ok<ResultView>, ProblemHttpResult>> (Guid id, ListResults list, CancellationToken ct) =>
                await list.OneAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该成果不存在。").ToProblem())
            .RequirePermission(PlansPermissions.Read)
            .WithName("GetResult").WithSummary("一项成果：正文、转化情况、领导批示及当前可执行的操作");
        g.MapPut("/{id:guid}", async Task<Results<Ok<ResultView>, ProblemHttpResult>> (Guid id, ResultInput input, SaveResult save, ListResults list, CancellationToken ct) =>
                await save.HandleAsync(id, input, ct) is { Ok: false } r ? r.Error!.ToProblem() : TypedResults.Ok((await list.OneAsync(id, ct))!))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("UpdateResult").WithSummary("修改成果（草稿时；给 version）");
        g.MapPost("/{id:guid}/actions/{action}", async Task<Results<Ok<ResultView>, ProblemHttpResult>> (Guid id, string action, ResultStep? step, ResultActions actions,
                ListResults list, CancellationToken ct) =>
                await actions.HandleAsync(id, action, step ?? new ResultStep(), ct) is { Ok: false } r ? r.Error!.ToProblem() : TypedResults.Ok((await list.OneAsync(id, ct))!))
            .RequirePermission(PlansPermissions.Read)
            .WithName("ResultAction").WithSummary("成果流程：adopt（建议案，常委会议通过，on）、send（报送，sentTo、on）、deliver（大会发言，on）；批示经 /api/v1/instructions（targetType=result）登记");
        g.MapPost("/{id:guid}/convert", async (Guid id, ConvertInput input, ResultActions actions, CancellationToken ct) =>
                (await actions.ConvertAsync(id, input.To, ct)).CreatedOrProblem(input.To == "PROPOSAL" ? "/api/v1/proposals/{id}" : "/api/v1/opinions/{id}"))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("ConvertResult").WithSummary("成果转化：to（PROPOSAL 转为专委会集体提案草稿 / OPINION 转为社情民意信息草稿），成果页链接到转化后的记录");
    }

    /// <summary>调研: research groups, their steps and drafts, to the final report.</summary>
    static void MapResearch(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/research").WithTags("协商计划");
        static async Task<Results<Ok<ResearchView>, ProblemHttpResult>> ViewOrProblem(Result<Guid> saved, Guid id, GetResearch get, CancellationToken ct) =>
            saved.Ok ? TypedResults.Ok((await get.OneAsync(id, ct))!) : saved.Error!.ToProblem();
        g.MapGet("", async Task<IResult> (int? year, GetResearch get, TimeProvider clock, CancellationToken ct) =>
                Web.QueryValues.YearOutOfRange(year) is { } bad ? bad.ToProblem() : TypedResults.Ok(await get.YearAsync(year ?? Web.Shanghai.Today(clock).Year, ct)))
            .RequirePermission(PlansPermissions.Read)
            .WithName("ListResearch").WithSummary("一年的调研课题：调研组人数、执笔人、调研环节和稿件数、状态");
        g.MapPost("", async (ResearchInput input, SaveResearch save, CancellationToken ct) => (await save.SaveAsync(null, input, ct)).CreatedOrProblem("/api/v1/research/{id}"))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("CreateResearch").WithSummary("设立调研课题：year、title、topicId、memberNos（调研组委员证号）、drafterNo（执笔人，须为组员）、plan（调研方案）");
        g.MapGet("/{id:guid}", async Task<Results<Ok<ResearchView>, ProblemHttpResult>> (Guid id, GetResearch get, CancellationToken ct) =>
                await get.OneAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("该调研课题不存在。").ToProblem())
            .RequirePermission(PlansPermissions.Read)
            .WithName("GetResearch").WithSummary("一个调研课题：调研组、调研环节（含关联活动）、报告各稿");
        g.MapPut("/{id:guid}", async (Guid id, ResearchInput input, SaveResearch save, GetResearch get, CancellationToken ct) =>
                await ViewOrProblem(await save.SaveAsync(id, input, ct), id, get, ct))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("UpdateResearch").WithSummary("修改调研课题与调研组（定稿前；给 version）");
        g.MapPost("/{id:guid}/steps", async (Guid id, StepInput input, SaveResearch save, GetResearch get, CancellationToken ct) =>
                await ViewOrProblem(await save.StepAsync(id, input, ct) is { Ok: false } r ? r.Error! : id, id, get, ct))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("RecordResearchStep").WithSummary("记录调研环节：kind（STUDY/BRIEFING/LOCAL_VISIT/OUT_OF_AREA_VISIT）、on、summary、briefedBy（情况通报须写）、activityId（会议活动）");
        g.MapPost("/{id:guid}/drafts", async (Guid id, DraftInput input, SaveResearch save, GetResearch get, CancellationToken ct) =>
                await ViewOrProblem(await save.DraftAsync(id, input, ct) is { Ok: false } r ? r.Error! : id, id, get, ct))
            .RequirePermission(PlansPermissions.Manage)
            .WithName("AddResearchDraft").WithSummary("提交调研报告稿：text（依次编号，最后一稿定稿）");
        g.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, ActionRequest? request, SaveResearch save, GetResearch get, CancellationToken ct) =>
                await ViewOrProblem(await save.ActAsync(id, action, request, ct), id, get, ct))
            .RequirePermission(PlansPermissions.Read)
            .WithName("ResearchAction").WithSummary("调研流程：start（须有组员和执笔人）、draft、complete（最后一稿成为调研报告，列入协商成果）");
    }
}

public sealed record ConvertInput(string? To);
