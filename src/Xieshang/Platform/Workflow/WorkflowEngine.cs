using Xieshang.Platform.Audit;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Workflow;

public sealed record AvailableAction(string Action, string Label);

/// <summary>
/// Applies a workflow's table to a record: checks that the state allows the action (409 otherwise) and that the user
/// may take it (403), moves the state, stamps the next due date from the deadline rule, and adds the audit entry.
/// The caller saves, together with whatever else its use case changes — one SaveChanges, one audit entry.
/// </summary>
public sealed class WorkflowEngine(XieshangDb db, RequestContext ctx, WorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>The actions this user may take on this record now, for buttons and for the API's "actions".</summary>
    public IReadOnlyList<AvailableAction> Available<TRecord, TState>(Workflow<TRecord, TState> flow, TRecord record)
        where TRecord : class, IWorkflowRecord<TState> where TState : struct, Enum =>
        flow.Transitions
            .Where(t => EqualityComparer<TState>.Default.Equals(t.From, record.State) && Allowed(t, record))
            .Select(t => new AvailableAction(t.Action, t.Label))
            .ToList();

    /// <param name="onBehalfOf">
    /// For a step taken by someone without an account — a citizen rating the answer to their 码上议 issue, proved by
    /// their tracking code: the table still decides whether the step exists in this state; the name goes in the audit.
    /// </param>
    public async Task<Result<Transition<TRecord, TState>>> ApplyAsync<TRecord, TState>(
        Workflow<TRecord, TState> flow, TRecord record, string action, string? note = null, CancellationToken ct = default,
        string? onBehalfOf = null)
        where TRecord : class, IWorkflowRecord<TState> where TState : struct, Enum
    {
        if (!flow.IsAction(action)) return new NotFound($"没有名为“{action}”的操作。");
        var transition = flow.Find(record.State, action);
        if (transition == null)
        {
            var label = flow.Transitions.First(t => t.Action == action).Label;
            return new Conflict($"当前状态为“{flow.LabelOf(record.State)}”，不能执行“{label}”。");
        }
        if (onBehalfOf == null && !ctx.Has(transition.Permission)) return new Forbidden($"您没有权限执行“{transition.Label}”。");
        // The rule on the record itself, by its own words ("仅撰写人本人").
        if (onBehalfOf == null && transition.Condition is { } rule && !rule.Allows(record, ctx)) return new Forbidden($"不能执行“{transition.Label}”：{rule.Description}。");

        var from = record.State;
        record.State = transition.To;
        record.DueAt = transition.Due == null ? null : await calendar.DueAsync(clock.GetUtcNow().UtcDateTime, transition.Due, ct);
        var summary = $"状态：{flow.LabelOf(from)} → {flow.LabelOf(transition.To)}";
        if (record.DueAt is { } due) summary += $"；办理时限：{Web.Shanghai.Format(due, withTime: false)}";
        if (!string.IsNullOrWhiteSpace(note)) summary += $"；说明：{note.Trim()}";
        db.Add(new AuditEntry
        {
            CommitteeId = record.CommitteeId,
            Action = $"{flow.Name}.{action}",
            ActionLabel = transition.Label,
            RecordType = AuditExtensions.RecordType(typeof(TRecord)),
            RecordId = record.Id.ToString(),
            Summary = summary,
            ActorName = onBehalfOf ?? "",
        });
        return transition;
    }

    bool Allowed<TRecord, TState>(Transition<TRecord, TState> t, TRecord record)
        where TRecord : class, IWorkflowRecord<TState> where TState : struct, Enum =>
        ctx.Has(t.Permission) && (t.Condition == null || t.Condition.Allows(record, ctx));
}
