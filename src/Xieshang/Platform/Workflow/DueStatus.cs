namespace Xieshang.Platform.Workflow;

public enum DueLevel { Normal, Soon, Overdue }

/// <summary>
/// How a deadline reads on a record page (ui.md): "剩余 N 个工作日", amber from 3 working days left, red when overdue —
/// always with words, never colour alone.
/// </summary>
public sealed record DueStatus(string Text, DueLevel Level)
{
    public const int SoonWithin = 3;

    public static DueStatus From(int workingDaysLeft) => workingDaysLeft switch
    {
        < 0 => new($"已逾期 {-workingDaysLeft} 个工作日", DueLevel.Overdue),
        0 => new("今天到期", DueLevel.Soon),
        <= SoonWithin => new($"剩余 {workingDaysLeft} 个工作日", DueLevel.Soon),
        _ => new($"剩余 {workingDaysLeft} 个工作日", DueLevel.Normal),
    };

    public string CssClass => Level switch
    {
        DueLevel.Overdue => "badge badge-danger",
        DueLevel.Soon => "badge badge-warn",
        _ => "badge badge-info",
    };
}
