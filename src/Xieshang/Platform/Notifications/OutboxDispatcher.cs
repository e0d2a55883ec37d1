using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Jobs;

namespace Xieshang.Platform.Notifications;

/// <summary>
/// Sends due outbox messages through their channel. Each message is claimed before sending (so two nodes never send
/// it twice) and retried with growing waits; after the last attempt it is marked failed for staff to see.
/// </summary>
public sealed class OutboxDispatcher(XieshangDb db, IEnumerable<INotificationChannel> channels, TimeProvider clock, ILogger<OutboxDispatcher> log)
{
    public static readonly TimeSpan[] Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];
    public const int BatchSize = 50;

    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The dispatcher serves every committee: it reads past the committee filter on purpose.
        var due = await db.Set<OutboxMessage>().IgnoreQueryFilters()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        var sent = 0;
        foreach (var id in due)
        {
            var lockedUntil = now.AddMinutes(5);
            var claimed = await db.Set<OutboxMessage>().IgnoreQueryFilters()
                .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil), ct);
            if (claimed == 0) continue;
            var message = await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.Id == id, ct);
            var channel = channels.FirstOrDefault(c => c.Name == message.Channel);
            string? error = null;
            if (channel == null) error = $"渠道“{message.Channel}”未配置";
            else
            {
                try { await channel.SendAsync(message, ct); }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                    log.LogWarning("Outbox message {Id} on {Channel} failed (attempt {Attempt}): {Error}", id, message.Channel, message.Attempts + 1, ex.GetType().Name);
                }
            }
            var attempts = message.Attempts + 1;
            var after = clock.GetUtcNow().UtcDateTime;
            if (error == null)
            {
                sent++;
                await Update(id, s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, after)
                    .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), ct);
            }
            else if (attempts > Backoff.Length)
                await Update(id, s => s.SetProperty(m => m.Status, OutboxStatus.Failed).SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LastError, error), ct);
            else
                await Update(id, s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, after + Backoff[attempts - 1])
                    .SetProperty(m => m.LockedUntil, (DateTime?)null).SetProperty(m => m.LastError, error), ct);
        }
        return sent;
    }

    Task<int> Update(Guid id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> set, CancellationToken ct) =>
        db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m => m.Id == id).ExecuteUpdateAsync(set, CancellationToken.None);
}

public sealed class OutboxDispatchJob : IRecurringJob
{
    public string Name => "platform.outbox";
    public TimeSpan Interval => TimeSpan.FromSeconds(15);
    public Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<OutboxDispatcher>().DispatchAsync(ct);
}
