namespace Xieshang.Platform.Notifications;

/// <summary>
/// An outside channel. Only configured channels are registered, so a message is never handed to a channel that
/// silently drops it; SMS and WeChat gateways plug in here when the committee has them.
/// </summary>
public interface INotificationChannel
{
    string Name { get; }
    /// <summary>The address of this user on this channel, or null when they have none.</summary>
    string? AddressOf(Auth.User user);
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}
