using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Xieshang.Web;

/// <summary>The Chinese name of an enum value, from its [Display] attribute (the code name when it has none).</summary>
public static class Labels
{
    // Read once per value: pages call this for every row.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<Enum, string> Known = new();

    public static string Of(Enum value) => Known.GetOrAdd(value, v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? v.ToString());
}
