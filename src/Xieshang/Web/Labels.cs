using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Xieshang.Web;

/// <summary>The Chinese name of an enum value, from its [Display] attribute (the code name when it has none).</summary>
public static class Labels
{
    public static string Of(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();
}
