using System.Globalization;

namespace Xieshang.Web;

/// <summary>
/// Query-string values are whatever a user typed or bookmarked. Pages bind them as text and read them here, so that
/// "?page=abc" means "no page given" instead of an error (Blazor throws on an unparsable int parameter).
/// </summary>
public static class QueryValues
{
    public static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static int Page(string? value) => Math.Max(1, Int(value) ?? 1);

    /// <summary>A year the API's figures can be asked for: another is a Chinese 400, not a date overflow (a 500).</summary>
    public static Platform.Results.Error? YearOutOfRange(int? year) =>
        year is null or (>= 2000 and <= 2100) ? null : new Platform.Results.Invalid("年度：请填写 2000 至 2100 之间的年份。");
}
