using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Notifications;

/// <summary>An in-app message in a user's inbox. Reading it is bookkeeping, not a state change of any record.</summary>
[NotAudited]
public sealed class Notification : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public Guid UserId { get; set; }
    public required string Title { get; set; }
    public string Body { get; set; } = "";
    /// <summary>Where the message leads, a local path such as /proposals/…</summary>
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

public enum OutboxStatus { Pending, Sent, Failed }

/// <summary>
/// A message for an outside channel (e-mail now; SMS or WeChat later), written in the same transaction as the change
/// that caused it and sent by the dispatcher job with retries.
/// </summary>
[NotAudited]
public sealed class OutboxMessage : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommitteeId { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public string Body { get; set; } = "";
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    /// <summary>A dispatcher that claimed the message owns it until then (another node skips it).</summary>
    public DateTime? LockedUntil { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}

sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.ToTable("platform_notification");
        e.Property(n => n.Title).HasMaxLength(200);
        e.Property(n => n.Body).HasMaxLength(4000);
        e.Property(n => n.Link).HasMaxLength(500);
        e.HasIndex(n => new { n.UserId, n.CommitteeId, n.ReadAt });
        e.HasOne<User>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("platform_outbox");
        e.Property(m => m.Channel).HasMaxLength(20);
        e.Property(m => m.Recipient).HasMaxLength(200);
        e.Property(m => m.Subject).HasMaxLength(200);
        e.Property(m => m.Body).HasMaxLength(8000);
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.LastError).HasMaxLength(1000);
        e.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
