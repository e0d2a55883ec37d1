using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Platform.Workflow;

/// <summary>The body of <c>POST /api/v1/&lt;resource&gt;/{id}/actions/{action}</c>: an optional note and the version the caller saw.</summary>
public sealed record ActionRequest(string? Note = null, int? Version = null);

/// <summary>What every workflow record's JSON carries: its state (the domain's code, e.g. PENDING_APPROVAL), due date, version and the actions the caller may take now.</summary>
public sealed record WorkflowView(string State, string StateLabel, DateTime? DueAt, int Version, IReadOnlyList<AvailableAction> Actions);

/// <summary>
/// The API convention for every workflow record, so that modules only load the record and shape their response:
/// 404 when missing (or in another committee), 403 when the caller may not, 409 when the state or version does not
/// allow it — each with a Chinese ProblemDetails — otherwise the saved record.
/// </summary>
public static class WorkflowHttp
{
    public static WorkflowView View<TRecord, TState>(this WorkflowEngine engine, Workflow<TRecord, TState> flow, TRecord record)
        where TRecord : class, IWorkflowRecord<TState> where TState : struct, Enum =>
        new(Codes.Of(record.State), flow.LabelOf(record.State), record.DueAt, record.Version, engine.Available(flow, record));

    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> ApplyAsync<TRecord, TState, TResponse>(
        XieshangDb db, WorkflowEngine engine, Workflow<TRecord, TState> flow,
        TRecord? record, string action, ActionRequest? request, Func<TRecord, TResponse> respond, CancellationToken ct)
        where TRecord : class, IWorkflowRecord<TState> where TState : struct, Enum
    {
        if (record == null) return Problem(new Results.NotFound());
        if (request?.Version is { } v && v != record.Version) return Problem(new Results.Conflict());
        var applied = await engine.ApplyAsync(flow, record, action, request?.Note, ct);
        if (!applied.Ok) return Problem(applied.Error!);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return Problem(conflict);
        return TypedResults.Ok(respond(record));
    }

    static ProblemHttpResult Problem(Error e) => e.ToProblem();
}
