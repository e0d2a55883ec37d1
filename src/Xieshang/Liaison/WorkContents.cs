using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Liaison;

/// <summary>A hall's or studio's work content for a year; <see cref="LeadMemberNo"/> names the member who leads it.</summary>
public sealed record WorkContentInput(string? Content, Guid? StudioId = null, string? LeadMemberNo = null, int? Version = null);

/// <summary>联系什么: staff write each hall's and studio's work content for the year (一厅一室年度工作内容).</summary>
public sealed class WorkContents(XieshangDb db)
{
    public async Task<Result<Guid>> SaveAsync(Guid hallId, int year, WorkContentInput input, CancellationToken ct = default)
    {
        var hall = await db.Set<Hall>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == hallId, ct);
        if (hall == null) return new NotFound("该议事厅不存在，或不属于本政协。");
        if (year is < 2000 or > 2100) return new Invalid("年度：请填写 2000 至 2100 之间的年份。");
        var studio = input.StudioId is { } s
            ? await db.Set<Studio>().Where(x => x.Id == s && x.HallId == hallId).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        if (input.StudioId != null && studio == null) return new Invalid("工作室：所选工作室不属于该议事厅。");
        var content = input.Content?.Trim() ?? "";
        if (content.Length is < 10 or > 4000) return new Invalid("年度工作内容：10 至 4,000 字（政治引领、凝聚共识，以及本界别的专门领域）。");
        Guid? lead = null;
        if (input.LeadMemberNo?.Trim() is { Length: > 0 } no)
        {
            lead = await db.Set<Membership>().Where(m => m.MemberNo == no && m.Status == MembershipStatus.Active).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
            if (lead == null) return new Invalid("负责委员：没有这位在任委员，请核对委员证号。");
        }
        var work = await db.Set<WorkContent>().SingleOrDefaultAsync(w => w.HallId == hallId && w.StudioId == input.StudioId && w.Year == year, ct);
        if (work != null && input.Version is { } v && v != work.Version) return new Conflict("该年度工作内容已被他人修改，请刷新后再改。");
        var added = work == null;
        if (work == null)
        {
            work = new WorkContent { HallId = hallId, StudioId = input.StudioId, Year = year };
            db.Add(work);
        }
        (work.Content, work.LeadId) = (content, lead);
        db.Audit(added ? "liaison.work.add" : "liaison.work.change", "制定一厅一室年度工作内容", work,
            $"{year} 年 {studio ?? hall.Name}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return work.Id;
    }
}
