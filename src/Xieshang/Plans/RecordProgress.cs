using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Plans;

/// <param name="Month">The month reported on, as yyyy-MM.</param>
public sealed record ProgressInput(string? Month, string? Text);

/// <param name="WeekOf">Any day of the week; kept as its Monday.</param>
public sealed record DispatchInput(DateOnly? WeekOf, string? Text, Guid? WorkItemId = null);

public sealed record CouncilInput(DateOnly? HeldOn);

/// <summary>
/// 月推进、周调度: a lead leader enters their task's progress for a month (the office may for any task); the weekly
/// office meeting notes what it pushed; the monthly chairs' council hears the month's progress.
/// </summary>
public sealed class RecordProgress(XieshangDb db, RequestContext ctx, TimeProvider clock)
{
    public async Task<Result<Guid>> ProgressAsync(Guid itemId, ProgressInput input, CancellationToken ct = default)
    {
        var item = await db.Set<WorkItem>().SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item == null) return new NotFound("该事项不存在。");
        if (!ctx.Has(PlansPermissions.Manage))
        {
            var leader = await db.Set<Membership>().Where(m => m.Id == item.LeadLeaderId).Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => p.UserId)
                .SingleOrDefaultAsync(ct);
            if (leader != ctx.UserId) return new Forbidden("只能填写本人牵头事项的进展。");
        }
        if (item.State == WorkItemState.Done) return new Conflict("该事项已完成，不再填写进展。");
        if (!DateOnly.TryParseExact($"{input.Month}-01", "yyyy-MM-dd", out var month) || month.Year != item.Year)
            return new Invalid($"月份：请选择{item.Year}年的月份。");
        var today = Web.Shanghai.Today(clock);
        if (month > new DateOnly(today.Year, today.Month, 1)) return new Invalid("月份：不能填写以后月份的进展。");
        var text = input.Text?.Trim();
        if (text is not { Length: >= 2 and <= 2000 }) return new Invalid("进展情况：2 至 2,000 字。");

        var entry = await db.Set<WorkProgress>().SingleOrDefaultAsync(p => p.WorkItemId == itemId && p.Month == month, ct);
        if (entry?.ReviewedOn != null) return new Conflict($"{month:yyyy年M月}的进展已经主席会议听取，不能再改。");
        if (entry == null)
        {
            entry = new WorkProgress { WorkItemId = itemId, Month = month, Text = text };
            db.Add(entry);
        }
        else entry.Text = text;
        (entry.EnteredBy, entry.EnteredAt) = (ctx.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Audit("work_item.progress", "填写月度进展", entry, $"{item.Title}（{month:yyyy年M月}）：{text}");
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : entry.Id;
    }

    public async Task<Result<Guid>> DispatchAsync(DispatchInput input, CancellationToken ct = default)
    {
        if (input.WeekOf is not { } day) return new Invalid("周次：请选择日期。");
        var text = input.Text?.Trim();
        if (text is not { Length: >= 2 and <= 2000 }) return new Invalid("调度情况：2 至 2,000 字。");
        if (input.WorkItemId is { } id && !await db.Set<WorkItem>().AnyAsync(i => i.Id == id, ct)) return new Invalid("关联事项不存在。");
        var note = new DispatchNote
        {
            WeekOf = day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), WorkItemId = input.WorkItemId, Text = text, EnteredBy = ctx.UserName ?? "",
            EnteredAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(note);
        db.Audit("work_item.dispatch", "记录周调度", note, text);
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : note.Id;
    }

    /// <summary>The chairs' council heard the month's progress: its entries are fixed from then.</summary>
    public async Task<Result<int>> ReviewAsync(int year, int month, CouncilInput input, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12) return new Invalid("月份不正确。");
        if (input.HeldOn is not { } held || held > Web.Shanghai.Today(clock)) return new Invalid("会议日期：请填写，且不能晚于今天。");
        var first = new DateOnly(year, month, 1);
        var entries = await db.Set<WorkProgress>().Where(p => p.Month == first && p.ReviewedOn == null).ToListAsync(ct);
        if (entries.Count == 0) return new Conflict($"{first:yyyy年M月}没有待听取的进展。");
        foreach (var entry in entries)
        {
            entry.ReviewedOn = held;
            db.Audit("work_item.reviewed", "主席会议听取月度进展", entry, $"{held:yyyy年M月d日}主席会议听取");
        }
        return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : entries.Count;
    }
}
