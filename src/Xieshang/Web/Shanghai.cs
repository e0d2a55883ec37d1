namespace Xieshang.Web;

/// <summary>Times are stored in UTC and shown in China Standard Time.</summary>
public static class Shanghai
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string Format(DateTime utc, bool withTime = true) =>
        ToLocal(utc).ToString(withTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd");

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>
    /// A moment typed by a person or sent by a client: with an offset ("2026-12-01T09:00:00+08:00", "…Z") it is taken
    /// as given; without one ("2026-12-01T09:00", "2026-12-01 09:00") it is Beijing time. Null when it is not a moment.
    /// </summary>
    public static DateTime? ParseMoment(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Replace(' ', 'T');
        var hasOffset = t.EndsWith('Z') || t.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(t, @"T.*[+-]\d{2}:?\d{2}$");
        var styles = System.Globalization.DateTimeStyles.None;
        if (hasOffset)
            return DateTimeOffset.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, styles, out var o) ? o.UtcDateTime : null;
        return DateTime.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, styles, out var local) && local.Year is > 1900 and < 2200
            ? ToUtc(local) : null;
    }

    /// <summary>For a datetime-local input.</summary>
    public static string Input(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-ddTHH:mm");

    /// <summary>Prose form: 2023年3月5日.</summary>
    public static string Prose(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
