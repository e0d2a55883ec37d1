namespace Xieshang.Web;

/// <summary>Times are stored in UTC and shown in China Standard Time.</summary>
public static class Shanghai
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string Format(DateTime utc, bool withTime = true) =>
        ToLocal(utc).ToString(withTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd");

    /// <summary>Prose form: 2023年3月5日.</summary>
    public static string Prose(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
