using System.ComponentModel.DataAnnotations;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Xieshang.Platform.Notifications;

public sealed class SmtpOptions
{
    [Required] public string Host { get; set; } = "";
    [Range(1, 65535)] public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    [Required] public string From { get; set; } = "noreply@xieshang.local";
    public string FromName { get; set; } = "协商 · 政协履职平台";
}

/// <summary>E-mail through an SMTP server (MailKit). Registered only when Smtp:Host is set.</summary>
public sealed class EmailChannel(IOptions<SmtpOptions> options) : INotificationChannel
{
    public const string ChannelName = "email";
    public string Name => ChannelName;

    public string? AddressOf(Auth.User user) => string.IsNullOrWhiteSpace(user.Email) ? null : user.Email;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(o.FromName, o.From));
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(o.Host, o.Port, o.Security, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }
}
