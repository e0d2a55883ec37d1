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
}
