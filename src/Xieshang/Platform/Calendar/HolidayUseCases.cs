using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Platform.Calendar;

public sealed record HolidayRow(Guid Id, DateOnly Date, HolidayKind Kind, string KindLabel, string Name, int Version);

public sealed record SaveHolidayRequest(
    [property: Required(ErrorMessage = "请选择日期。")] DateOnly? Date,
    [property: Required(ErrorMessage = "请选择类型。")] HolidayKind? Kind,
    [property: Required(ErrorMessage = "请填写名称，如“春节”。"), MaxLength(50, ErrorMessage = "名称不超过 50 字。")] string Name,
    int? Version = null);

/// <summary>The holiday calendar of the current committee: list a year, add or change a day, remove a day.</summary>
public sealed class HolidayUseCases(XieshangDb db)
{
    public Task<List<HolidayRow>> ListAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return db.Set<Holiday>().AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)
            .Select(h => new HolidayRow(h.Id, h.Date, h.Kind, h.Kind == HolidayKind.DayOff ? "放假" : "调休上班", h.Name, h.Version))
            .ToListAsync(ct);
    }

    /// <summary>Adds the day, or changes it when it is already in the calendar (the version guards concurrent edits).</summary>
    public async Task<Result<HolidayRow>> SaveAsync(SaveHolidayRequest request, CancellationToken ct = default)
    {
        if (request.Date is not { } date || request.Kind is not { } kind) return new Invalid("请选择日期和类型。");
        if (!Enum.IsDefined(kind)) return new Invalid("类型不正确。");
        var name = request.Name.Trim();
        if (name.Length is 0 or > 50) return new Invalid("请填写名称（不超过 50 字）。");
        if (date.Year is < 2000 or > 2100) return new Invalid("日期超出范围。");
        if (kind == HolidayKind.WorkDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            return new Invalid("调休上班日应为周六或周日。");

        var holiday = await db.Set<Holiday>().SingleOrDefaultAsync(h => h.Date == date, ct);
        string action, label;
        if (holiday == null)
        {
            holiday = new Holiday { Date = date, Kind = kind, Name = name };
            db.Add(holiday);
            (action, label) = ("platform.holiday.add", "添加节假日");
        }
        else
        {
            if (request.Version is { } v && v != holiday.Version)
                return new Conflict($"{date:yyyy-MM-dd} 已被他人修改，请刷新后重试。");
            holiday.Kind = kind;
            holiday.Name = name;
            (action, label) = ("platform.holiday.change", "修改节假日");
        }
        var added = db.Entry(holiday).State == EntityState.Added;
        db.Audit(action, label, holiday, added ? $"{date:yyyy-MM-dd} {Holiday.KindLabel(kind)}（{name}）" : null);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return new HolidayRow(holiday.Id, holiday.Date, holiday.Kind, Holiday.KindLabel(holiday.Kind), holiday.Name, holiday.Version);
    }

    public async Task<Result<Guid>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var holiday = await db.Set<Holiday>().SingleOrDefaultAsync(h => h.Id == id, ct);
        if (holiday == null) return new NotFound();
        db.Remove(holiday);
        db.Audit("platform.holiday.remove", "删除节假日", holiday, $"{holiday.Date:yyyy-MM-dd} {Holiday.KindLabel(holiday.Kind)}（{holiday.Name}）");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return id;
    }
}
