using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Xieshang.Platform;

/// <summary>A module's kept results that a change of one topic in one committee makes stale (e.g. the roster's).</summary>
public interface IChangeListener
{
    string Topic { get; }
    void Forget(Guid committeeId);
}

/// <summary>
/// What a node keeps about a committee (the roster's counts, a member's activity list …) is forgotten when it changes:
/// at once on the node that made the change, and — when the nodes share Redis — on every other node through one Redis
/// channel, so that no node shows the old state after a save (ADR 0006). A topic's kept results either hang on its
/// <see cref="Token"/> or are dropped by an <see cref="IChangeListener"/>.
/// </summary>
public sealed class CommitteeChanges(IEnumerable<IChangeListener> listeners, IServiceProvider services, ILogger<CommitteeChanges> log) : IHostedService
{
    static readonly RedisChannel Channel = RedisChannel.Literal("xieshang:committee-changed");
    readonly ConcurrentDictionary<(string Topic, Guid Committee), CancellationTokenSource> sources = new();
    readonly IChangeListener[] listeners = listeners.ToArray();
    TaskCompletionSource received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Resolved once: the provider is gone by the time the host stops.
    readonly IConnectionMultiplexer? redis = services.GetService<IConnectionMultiplexer>();

    /// <summary>
    /// Announced beside a record's own committee for kept values that span committees (the committees a user may
    /// enter): hang those on <c>Token(topic, Installation)</c>.
    /// </summary>
    public static readonly Guid Installation = Guid.Empty;

    /// <summary>Completes when this node next hears of a change from the channel (lets a test wait without a timer).</summary>
    public Task NextReceived => Volatile.Read(ref received).Task;

    /// <summary>Cancelled at the next change of the topic in the committee: hang kept results on it.</summary>
    public CancellationToken Token(string topic, Guid committeeId) =>
        sources.GetOrAdd((topic, committeeId), _ => new CancellationTokenSource()).Token;

    public async Task ChangedAsync(string topic, Guid committeeId)
    {
        Forget(topic, committeeId);
        if (redis == null) return;
        try { await redis.GetSubscriber().PublishAsync(Channel, $"{topic}|{committeeId}"); }
        catch (RedisException ex)
        {
            // The change itself is saved; other nodes fall back to the kept results' time limit.
            log.LogWarning("Could not announce a {Topic} change to other nodes: {Error}", topic, ex.GetType().Name);
        }
    }

    void Forget(string topic, Guid committeeId)
    {
        if (sources.TryRemove((topic, committeeId), out var cts)) { cts.Cancel(); cts.Dispose(); }
        foreach (var listener in listeners)
            if (listener.Topic == topic) listener.Forget(committeeId);
    }

    public async Task StartAsync(CancellationToken ct)
    {
        if (redis == null) return;
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
        {
            var text = message.ToString();
            var bar = text.LastIndexOf('|');
            if (bar > 0 && Guid.TryParse(text.AsSpan(bar + 1), out var committeeId)) Forget(text[..bar], committeeId);
            Interlocked.Exchange(ref received, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        });
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (redis != null) await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }
}
