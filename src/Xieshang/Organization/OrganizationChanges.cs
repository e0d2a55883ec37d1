using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace Xieshang.Organization;

/// <summary>
/// What a node keeps about a committee's organization (structure map, directory choices, counts and rows, member
/// cards) is forgotten when it changes: at once on the node that made the change, and — when the nodes share Redis —
/// on every other node through a Redis channel, so that no node shows the old roster after a save.
/// </summary>
public sealed class OrganizationChanges(IMemoryCache cache, IServiceProvider services, ILogger<OrganizationChanges> log) : IHostedService
{
    static readonly RedisChannel Channel = RedisChannel.Literal("xieshang:organization-changed");
    TaskCompletionSource received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Resolved once: the provider is gone by the time the host stops.
    readonly IConnectionMultiplexer? redis = services.GetService<IConnectionMultiplexer>();

    /// <summary>Completes when this node next hears of a change from the channel (lets a test wait without a timer).</summary>
    public Task NextReceived => Volatile.Read(ref received).Task;

    public async Task ChangedAsync(Guid committeeId)
    {
        SearchMembers.ForgetChoices(cache, committeeId);
        if (redis == null) return;
        try { await redis.GetSubscriber().PublishAsync(Channel, committeeId.ToString()); }
        catch (RedisException ex)
        {
            // The change itself is saved; other nodes fall back to the caches' time limit.
            log.LogWarning("Could not announce an organization change to other nodes: {Error}", ex.GetType().Name);
        }
    }

    public async Task StartAsync(CancellationToken ct)
    {
        if (redis == null) return;
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, message) =>
        {
            if (Guid.TryParse(message.ToString(), out var committeeId)) SearchMembers.ForgetChoices(cache, committeeId);
            Interlocked.Exchange(ref received, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        });
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (redis != null) await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }
}
