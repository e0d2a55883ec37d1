namespace Xieshang.Platform.Workflow;

/// <summary>How long the next step may take, counted from the moment a transition is applied.</summary>
public abstract record Deadline
{
    public static Deadline WorkingDays(int days) => new WorkingDaysDeadline(days);
    public static Deadline CalendarDays(int days) => new CalendarDaysDeadline(days);
    public static Deadline CalendarMonths(int months) => new MonthsDeadline(months);

    /// <summary>Chinese text for tables and diagrams, e.g. "5 个工作日".</summary>
    public abstract string Describe();
}

public sealed record WorkingDaysDeadline(int Days) : Deadline
{
    public override string Describe() => $"{Days} 个工作日";
}

public sealed record CalendarDaysDeadline(int Days) : Deadline
{
    public override string Describe() => $"{Days} 天";
}

public sealed record MonthsDeadline(int Count) : Deadline
{
    public override string Describe() => $"{Count} 个月";
}
