using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Notifications;

/// <summary>
/// Tells users about something: an inbox entry for each, plus an outbox message on every configured channel where
/// they have an address. Adds rows only; the caller's SaveChanges commits them with the change that caused them.
/// </summary>
public sealed class Notifier(XieshangDb db, IEnumerable<INotificationChannel> channels, TimeProvider clock, IConfiguration config,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
{
    // Outside the site a link needs the public address (App:PublicUrl, e.g. https://zx.example.gov.cn).
    string Absolute(string link) => config["App:PublicUrl"] is { Length: > 0 } root ? root.TrimEnd('/') + link : link;

    public async Task NotifyAsync(IReadOnlyCollection<Guid> userIds, string title, string body, string? link, CancellationToken ct = default)
    {
        if (userIds.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var users = await db.Users.Where(u => userIds.Contains(u.Id) && u.IsActive).ToListAsync(ct);
        foreach (var user in users)
        {
            db.Add(new Notification { UserId = user.Id, Title = title, Body = body, Link = link, CreatedAt = now });
            Inbox.Forget(cache, user.Id, db.CurrentCommitteeId);
            foreach (var channel in channels)
                if (channel.AddressOf(user) is { } address)
                    db.Add(new OutboxMessage
                    {
                        Channel = channel.Name, Recipient = address, Subject = title,
                        Body = link == null ? body : $"{body}\n\n查看：{Absolute(link)}",
                        CreatedAt = now, NextAttemptAt = now,
                    });
        }
    }
}
