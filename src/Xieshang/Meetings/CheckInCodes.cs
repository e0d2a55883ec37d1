using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Xieshang.Meetings;

public enum CodeCheck { Valid, Expired, Invalid }

/// <summary>
/// The venue screen's rotating code: the 30-second window number and an HMAC of it under the activity's own key.
/// A code verifies for its window and the next one (so a scan at the turn still works, at most a minute old);
/// after that a forwarded photo is useless, and a code made for another activity or by guessing never verifies.
/// The scan page then hands the signed-in member a ticket for two minutes to press "签到" — bound to that member.
/// </summary>
public static class CheckInCodes
{
    public const int WindowSeconds = 30;
    static readonly TimeSpan TicketLife = TimeSpan.FromMinutes(2);

    public static long Window(DateTimeOffset now) => now.ToUnixTimeSeconds() / WindowSeconds;

    /// <summary>Seconds until the code on the screen changes, for the screen's refresh.</summary>
    public static int SecondsLeft(DateTimeOffset now) => WindowSeconds - (int)(now.ToUnixTimeSeconds() % WindowSeconds);

    public static string Code(Activity a, DateTimeOffset now) => Code(a, Window(now));

    public static string Code(Activity a, long window) => $"{window}.{Sign(a, $"code:{a.Id:N}:{window}")}";

    public static CodeCheck Verify(Activity a, string? code, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 64) return CodeCheck.Invalid;
        var dot = code.IndexOf('.');
        if (dot <= 0 || !long.TryParse(code.AsSpan(0, dot), out var window)) return CodeCheck.Invalid;
        if (!Same(code[(dot + 1)..], Sign(a, $"code:{a.Id:N}:{window}"))) return CodeCheck.Invalid;
        var current = Window(now);
        if (window > current) return CodeCheck.Invalid;
        return current - window <= 1 ? CodeCheck.Valid : CodeCheck.Expired;
    }

    public static string Ticket(Activity a, Guid userId, DateTimeOffset now)
    {
        var issued = now.ToUnixTimeSeconds();
        return $"{issued}.{Sign(a, $"ticket:{a.Id:N}:{userId:N}:{issued}")}";
    }

    public static CodeCheck VerifyTicket(Activity a, Guid userId, string? ticket, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 64) return CodeCheck.Invalid;
        var dot = ticket.IndexOf('.');
        if (dot <= 0 || !long.TryParse(ticket.AsSpan(0, dot), out var issued)) return CodeCheck.Invalid;
        if (!Same(ticket[(dot + 1)..], Sign(a, $"ticket:{a.Id:N}:{userId:N}:{issued}"))) return CodeCheck.Invalid;
        var age = now.ToUnixTimeSeconds() - issued;
        if (age < -5) return CodeCheck.Invalid;
        return age <= TicketLife.TotalSeconds ? CodeCheck.Valid : CodeCheck.Expired;
    }

    static string Sign(Activity a, string text) =>
        WebEncoders.Base64UrlEncode(HMACSHA256.HashData(a.CheckInKey, Encoding.UTF8.GetBytes(text)), 0, 16);

    static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(expected));
}
