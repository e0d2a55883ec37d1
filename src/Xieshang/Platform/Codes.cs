using System.Text;

namespace Xieshang.Platform;

/// <summary>
/// The API spells enum values as the domain does (<c>LECTURE</c>, <c>CHECKED_IN</c>); C# names them in PascalCase.
/// One conversion both ways, so that no module keeps a second spelling of its states and types.
/// </summary>
public static class Codes
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Cache<TEnum>.Known.GetOrAdd(value, v => Of(v.ToString()));

    static class Cache<TEnum> where TEnum : struct, Enum
    {
        public static readonly System.Collections.Concurrent.ConcurrentDictionary<TEnum, string> Known = new();
    }

    public static string Of(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(pascal[i]));
        }
        return sb.ToString();
    }

    /// <summary>Reads <c>LECTURE</c>, <c>lecture</c> or <c>Lecture</c>; null for anything else (never a number).</summary>
    public static TEnum? Parse<TEnum>(string? code) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var key = code.Trim().Replace("_", "").Replace("-", "");
        foreach (var value in Enum.GetValues<TEnum>())
            if (string.Equals(value.ToString(), key, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }
}
