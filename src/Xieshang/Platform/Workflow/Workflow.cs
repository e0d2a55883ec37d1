using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Workflow;

/// <summary>A record that moves through a workflow: its state, the due date of the next step, a version for conflicts.</summary>
public interface IWorkflowRecord<TState> : ITenantOwned, IVersioned where TState : struct, Enum
{
    Guid Id { get; }
    TState State { get; set; }
    DateTime? DueAt { get; set; }
}

/// <summary>
/// A rule tied to the record itself ("only the first proposer", "only the assigned unit"), checked after the
/// permission. The description appears in the transition table on the help page.
/// </summary>
public sealed record Condition<TRecord>(string Description, Func<TRecord, RequestContext, bool> Allows);

/// <summary>One row of a workflow's table: from a state, an action (with its Chinese label) leads to a state.</summary>
public sealed record Transition<TRecord, TState>(
    TState From, string Action, string Label, TState To, Permission Permission,
    Deadline? Due = null, Condition<TRecord>? Condition = null)
    where TState : struct, Enum;

/// <summary>What the help page and API need of any workflow, without its generic types.</summary>
public interface IWorkflowDefinition
{
    string Name { get; }
    string Label { get; }
    string Initial { get; }
    IReadOnlyList<(string Code, string Label)> States { get; }
    IReadOnlyList<TransitionRow> Rows { get; }
}

public sealed record TransitionRow(string From, string Action, string Label, string To, string Permission, string PermissionLabel, string? Due, string? Condition);

/// <summary>
/// A workflow is one table (程序化): the engine, the buttons on a record page, the permission checks, the deadlines,
/// the audit text and the diagram all come from it. Modules declare one per workflow in a <c>…Flow.cs</c> file.
/// </summary>
public sealed class Workflow<TRecord, TState> : IWorkflowDefinition
    where TRecord : class, IWorkflowRecord<TState>
    where TState : struct, Enum
{
    public Workflow(string name, string label, TState initial, IReadOnlyDictionary<TState, string> stateLabels,
        IReadOnlyList<Transition<TRecord, TState>> transitions)
    {
        var missing = Enum.GetValues<TState>().Where(s => !stateLabels.ContainsKey(s)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"Workflow {name}: no label for {string.Join(", ", missing)}.");
        var duplicate = transitions.GroupBy(t => (t.From, t.Action)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null) throw new ArgumentException($"Workflow {name}: action {duplicate.Key.Action} twice from {duplicate.Key.From}.");
        Name = name;
        Label = label;
        InitialState = initial;
        StateLabels = stateLabels;
        Transitions = transitions;
    }

    public string Name { get; }
    public string Label { get; }
    public TState InitialState { get; }
    public IReadOnlyDictionary<TState, string> StateLabels { get; }
    public IReadOnlyList<Transition<TRecord, TState>> Transitions { get; }

    public string LabelOf(TState state) => StateLabels[state];

    public Transition<TRecord, TState>? Find(TState from, string action) =>
        Transitions.FirstOrDefault(t => EqualityComparer<TState>.Default.Equals(t.From, from) && t.Action == action);

    public bool IsAction(string action) => Transitions.Any(t => t.Action == action);

    string IWorkflowDefinition.Initial => Codes.Of(InitialState);

    IReadOnlyList<(string Code, string Label)> IWorkflowDefinition.States =>
        Enum.GetValues<TState>().Select(s => (Codes.Of(s), StateLabels[s])).ToList();

    IReadOnlyList<TransitionRow> IWorkflowDefinition.Rows => Transitions
        .Select(t => new TransitionRow(Codes.Of(t.From), t.Action, t.Label, Codes.Of(t.To), t.Permission.Name,
            t.Permission.Label, t.Due?.Describe(), t.Condition?.Description))
        .ToList();
}
