using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Meetings;

/// <summary>
/// A member's activities as an iCalendar feed (RFC 5545), for the phone's calendar. Calendar apps cannot sign in, so the
/// subscription address carries a token: the committee and seat, protected by the platform's shared data-protection
/// keys (every node reads it; nobody can make one for another seat).
/// </summary>
public sealed class ActivityCalendar(XieshangDb db, RequestContext ctx, IDataProtectionProvider protection, IConfiguration config)
{
    IDataProtector Protector => protection.CreateProtector("meetings.calendar.v1");

    public async Task<string?> MyFeedTokenAsync(CancellationToken ct)
    {
        if (await CurrentSeat.FindAsync(db, ctx, ct) is not { } seat) return null;
        return Protector.Protect($"{ctx.CommitteeId:N}:{seat:N}");
    }

    public async Task<string?> MyFeedAsync(CancellationToken ct) =>
        await CurrentSeat.FindAsync(db, ctx, ct) is { } seat ? await FeedAsync(seat, ctx.CommitteeName ?? "政协", ct) : null;

    /// <summary>The anonymous subscription: null for a token that is forged, damaged or of an ended seat.</summary>
    public async Task<string?> FeedForTokenAsync(string token, CancellationToken ct)
    {
        string plain;
        try { plain = Protector.Unprotect(token); }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
        var parts = plain.Split(':');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var committeeId) || !Guid.TryParse(parts[1], out var seat)) return null;
        var name = await db.Set<Committee>().IgnoreQueryFilters().Where(c => c.Id == committeeId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (name == null) return null;
        db.Bind(RequestContext.System(committeeId, name));
        if (!await db.Set<Membership>().AnyAsync(m => m.Id == seat && m.Status == MembershipStatus.Active, ct)) return null;
        return await FeedAsync(seat, name, ct);
    }

    async Task<string> FeedAsync(Guid seat, string committee, CancellationToken ct)
    {
        var rows = await (
            from p in db.Set<Participation>().AsNoTracking()
            where p.MembershipId == seat && p.State != ParticipationState.Declined && p.State != ParticipationState.Cancelled
                && p.State != ParticipationState.LeaveApproved
            join a in db.Set<Activity>() on p.ActivityId equals a.Id
            where a.State != ActivityState.Draft && a.State != ActivityState.PendingApproval && a.State != ActivityState.Cancelled
            orderby a.StartsAt descending
            select new { a.Id, a.Type, a.Title, a.Description, a.Place, a.StartsAt, a.EndsAt, a.Version }).Take(500).ToListAsync(ct);
        var root = config["App:PublicUrl"]?.TrimEnd('/') ?? "";
        var sb = new StringBuilder();
        void Line(string text) => Fold(sb, text);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Xieshang//Meetings//ZH");
        Line("CALSCALE:GREGORIAN");
        Line($"X-WR-CALNAME:{Escape(committee)} · 我的会议活动");
        Line("X-WR-TIMEZONE:Asia/Shanghai");
        foreach (var a in rows)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{a.Id:N}@xieshang");
            Line($"DTSTAMP:{Utc(a.StartsAt)}");
            Line($"SEQUENCE:{a.Version}");
            Line($"DTSTART:{Utc(a.StartsAt)}");
            Line($"DTEND:{Utc(a.EndsAt)}");
            Line($"SUMMARY:{Escape($"【{Web.Labels.Of(a.Type)}】{a.Title}")}");
            Line($"LOCATION:{Escape(a.Place)}");
            if (a.Description.Length > 0) Line($"DESCRIPTION:{Escape(a.Description)}");
            Line($"URL:{root}/me/activities/{a.Id}");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'");

    static string Escape(string text) => text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Lines of at most 75 octets, continued with a space (RFC 5545 §3.1), never splitting a character.</summary>
    static void Fold(StringBuilder sb, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75) { sb.Append("\r\n "); octets = 1; }
            sb.Append(rune.ToString());
            octets += size;
        }
        sb.Append("\r\n");
    }
}
