using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Instructions;

public sealed record InstructionStep(string? Note = null, int? Version = null);

/// <summary>领导批示: one ledger of leaders' instructions on the committee's outputs, with their feedback (批示件台账).</summary>
public sealed class InstructionsModule : IModule
{
    /// <summary>The <see cref="CommitteeChanges"/> topic every saved change to an instruction announces.</summary>
    public const string Changes = "instructions";

    public IEnumerable<Permission> Permissions => InstructionPermissions.All;

    public IEnumerable<MenuItem> Menu => [new("社情民意", "批示件台账", "/instructions", InstructionPermissions.Read, 510)];

    public IEnumerable<IWorkflowDefinition> Workflows => [InstructionFlow.Flow];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env) => services.AddScoped<Instructions>().AddScoped<LedgerExport>();

    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/instructions").WithTags("领导批示");
        g.MapGet("", async Task<IResult> (Instructions i, int? year, string? state, string? targetType, Guid? targetId, TimeProvider clock, CancellationToken ct) =>
                {
                    if (targetId is not { } id) return (await i.FilterAsync(new LedgerQuery(year ?? Web.Shanghai.Today(clock).Year, state, targetType), ct)).OkOrProblem();
                    if (targetType == null) return new Invalid("请同时指明批示对象的类别（targetType）。").ToProblem();
                    return TypedResults.Ok(await i.OnRecordAsync(targetType, id, ct));
                })
            .RequirePermission(InstructionPermissions.Read)
            .WithName("ListInstructions")
            .WithSummary("批示件台账：某年（按批示日期）各模块的领导批示，可按 state（OPEN 待反馈、OVERDUE 反馈逾期、ANSWERED 已反馈、CLOSED 已办结）和 targetType 筛选；或某一记录（targetType、targetId）上的批示");
        // The sheet, for the API and (the same handler, by cookie) for the page's download link.
        foreach (var (prefix, hidden) in new[] { ("/api/v1", false), ("", true) })
        {
            var export = app.MapGet($"{prefix}/instructions/export", async Task<IResult> (LedgerExport e, int? year, string? state, string? targetType, TimeProvider clock,
                    CancellationToken ct) =>
                {
                    var made = await e.HandleAsync(new LedgerQuery(year ?? Web.Shanghai.Today(clock).Year, state, targetType), ct);
                    return made.Ok ? TypedResults.File(made.Value.Content, Platform.Documents.Spreadsheet.ContentType, made.Value.Name) : made.Error!.ToProblem();
                })
                .RequirePermission(InstructionPermissions.Read).WithTags("领导批示");
            if (hidden) export.ExcludeFromDescription();
            else export.WithName("ExportInstructions").WithSummary("导出批示件台账为 Excel（筛选同台账）");
        }
        g.MapPost("", async (InstructionInput input, Instructions i, CancellationToken ct) => (await i.AddAsync(input, ct)).CreatedOrProblem("/api/v1/instructions/{id}"))
            .RequirePermission(InstructionPermissions.Record)
            .WithName("AddInstruction").WithSummary("登记领导批示：targetType（opinion 社情民意、proposal 提案、topic 协商议题、result 协商成果）、targetId、level（DISTRICT/CITY/PROVINCIAL/NATIONAL）、leaderName、leaderTitle、instructedOn、text、department（承办部门）、feedbackDue（默认批示后 30 天）");
        g.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, InstructionStep? step, Instructions i, CancellationToken ct) =>
                (await i.ActAsync(id, action, step?.Note, step?.Version, ct)).NoContentOrProblem())
            .RequirePermission(InstructionPermissions.Record)
            .WithName("InstructionAction").WithSummary("批示跟踪：feedback（note 为反馈情况）、follow_up（继续跟踪）、close（办结）");
    }
}
