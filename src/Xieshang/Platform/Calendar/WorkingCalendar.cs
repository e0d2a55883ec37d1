using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Workflow;
using Xieshang.Web;

namespace Xieshang.Platform.Calendar;

/// <summary>
/// Chinese working days for the current committee: Monday to Friday, minus holidays, plus make-up working days.
/// A deadline ends at the end of its day in China Standard Time, stored in UTC.
/// </summary>
public sealed class WorkingCalendar(XieshangDb db)
{
    public async Task<DateTime> DueAsync(DateTime fromUtc, Deadline deadline, CancellationToken ct = default)
    {
        var start = DateOnly.FromDateTime(Shanghai.ToLocal(fromUtc));
        var day = deadline switch
        {
            WorkingDaysDeadline w => await AddWorkingDaysAsync(start, w.Days, ct),
            CalendarDaysDeadline c => start.AddDays(c.Days),
            MonthsDeadline m => start.AddMonths(m.Count),
            _ => throw new ArgumentOutOfRangeException(nameof(deadline)),
        };
        return EndOfDayUtc(day);
    }

    /// <summary>The Nth working day after <paramref name="start"/> (start itself does not count).</summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int days, CancellationToken ct = default)
    {
        // Enough room for the longest Chinese holiday run (about 9 days) inside any span.
        var exceptions = await ExceptionsAsync(start, start.AddDays(days * 2 + 30), ct);
        var day = start;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, exceptions)) counted++;
        }
        return day;
    }

    /// <summary>The Nth working day before <paramref name="day"/> (the day itself does not count): when materials are due for a meeting.</summary>
    public async Task<DateOnly> WorkingDaysBeforeAsync(DateOnly day, int days, CancellationToken ct = default)
    {
        var exceptions = await ExceptionsAsync(day.AddDays(-(days * 2 + 30)), day, ct);
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(day, exceptions)) counted++;
        }
        return day;
    }

    /// <summary>Working days from today until the due date: 0 on the due day, negative when overdue.</summary>
    public async Task<int> WorkingDaysLeftAsync(DateTime nowUtc, DateTime dueUtc, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(Shanghai.ToLocal(nowUtc));
        var due = DateOnly.FromDateTime(Shanghai.ToLocal(dueUtc));
        var (from, to, sign) = today <= due ? (today, due, 1) : (due, today, -1);
        var exceptions = await ExceptionsAsync(from, to, ct);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d, exceptions)) count++;
        return sign * count;
    }

    public async Task<bool> IsWorkingDayAsync(DateOnly day, CancellationToken ct = default) =>
        IsWorkingDay(day, await ExceptionsAsync(day, day, ct));

    static bool IsWorkingDay(DateOnly day, IReadOnlyDictionary<DateOnly, HolidayKind> exceptions) =>
        exceptions.TryGetValue(day, out var kind)
            ? kind == HolidayKind.WorkDay
            : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    async Task<Dictionary<DateOnly, HolidayKind>> ExceptionsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.Set<Holiday>().AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= to)
            .ToDictionaryAsync(h => h.Date, h => h.Kind, ct);

    public static DateTime EndOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 59)), Shanghai.Zone);
}
