namespace Xieshang.Platform.Jobs;

/// <summary>
/// Recurring work (dispatching the outbox, deadline reminders, digests). Jobs call handlers and hold no rules of
/// their own. Each run gets its own service scope; a run is claimed in the database, so with several web nodes
/// each scheduled run happens once.
/// </summary>
public interface IRecurringJob
{
    string Name { get; }
    TimeSpan Interval { get; }
    Task RunAsync(IServiceProvider services, CancellationToken ct);
}
