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

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env) => services.AddScoped<Instructions>();

    public void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/instructions").WithTags("领导批示");
        g.MapGet("", async Task<IResult> (Instructions i, int? year, string? targetType, Guid? targetId, TimeProvider clock, CancellationToken ct) =>
                Web.QueryValues.YearOutOfRange(year) is { } bad ? bad.ToProblem()
                    : TypedResults.Ok(await i.ListAsync(year ?? (targetId == null ? Web.Shanghai.Today(clock).Year : null), targetType, targetId, ct)))
            .RequirePermission(InstructionPermissions.Read)
            .WithName("ListInstructions").WithSummary("批示件台账：某年（按批示日期）各模块的领导批示，或某一记录（targetType、targetId）上的批示");
        g.MapPost("", async (InstructionInput input, Instructions i, CancellationToken ct) => (await i.AddAsync(input, ct)).CreatedOrProblem("/api/v1/instructions/{id}"))
            .RequirePermission(InstructionPermissions.Record)
            .WithName("AddInstruction").WithSummary("登记领导批示：targetType（opinion 社情民意、proposal 提案、topic 协商议题、result 协商成果）、targetId、level（DISTRICT/CITY/PROVINCIAL/NATIONAL）、leaderName、leaderTitle、instructedOn、text、department（承办部门）、feedbackDue（默认批示后 30 天）");
        g.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, InstructionStep? step, Instructions i, CancellationToken ct) =>
                (await i.ActAsync(id, action, step?.Note, step?.Version, ct)).NoContentOrProblem())
            .RequirePermission(InstructionPermissions.Record)
            .WithName("InstructionAction").WithSummary("批示跟踪：feedback（note 为反馈情况）、follow_up（继续跟踪）、close（办结）");
    }
}
