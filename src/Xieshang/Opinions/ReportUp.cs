using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Opinions;

public sealed record ReportInput(string? ReceiverName = null, string? Note = null);

public sealed record ReportResultInput(string? Result, DateOnly? Date = null, string? BulletinNo = null, string? Note = null);

/// <summary>
/// 报送上级: a published item goes to the next committee up. When that committee is in this installation, a copy
/// enters its screening queue as its own record (one transaction, like a referred clue); otherwise the report waits
/// for the sender's staff to record the result by hand. Whatever the receiving committee decides on its copy — carried
/// in its bulletin, or retained — is written back to the sender's report (<see cref="RecordFromAbove"/>).
/// </summary>
public sealed class ReportUp(XieshangDb db, RequestContext ctx, WorkingCalendar calendar, TimeProvider clock)
{
    public async Task<Result<OpinionReport>> SendAsync(Guid id, ReportInput input, CancellationToken ct = default)
    {
        if (!ctx.Has(OpinionPermissions.Edit)) return new Forbidden("报送上级由信息工作人员办理。");
        var item = await OpinionAccess.LoadAsync(db, ctx, id, ct);
        if (item == null) return new NotFound("该信息不存在，或您无权查看。");
        if (item.State != OpinionState.Published) return new Conflict("只有本级已编发的信息才能报送上级。");
        if (await db.Set<OpinionReport>().AnyAsync(r => r.ItemId == id, ct)) return new Conflict("该信息已报送上级政协，不能重复报送。");
        var own = await db.Set<Committee>().SingleAsync(c => c.Id == item.CommitteeId, ct);
        if (own.Level == CommitteeLevel.National) return new Conflict("全国政协的信息不再向上报送；转送国家有关部门请记录在采用情况中。");
        var parent = own.ParentId is { } pid ? await db.Set<Committee>().SingleOrDefaultAsync(c => c.Id == pid, ct) : null;
        var receiverName = parent?.Name ?? input.ReceiverName?.Trim();
        if (receiverName is not { Length: >= 2 and <= 100 }) return new Invalid("上级政协不在本平台：请写明报送到哪个政协（如“江苏省政协”）。");
        var note = input.Note?.Trim();
        if (note?.Length > 500) return new Invalid("说明：不超过 500 字。");

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new OpinionReport
        {
            ItemId = item.Id, OriginItemId = item.OriginItemId ?? item.Id, OriginCommitteeId = await OriginCommitteeAsync(item, ct),
            Level = parent?.Level ?? own.Level - 1, ReceiverName = receiverName, ReceiverCommitteeId = parent?.Id, SentAt = now, SentBy = ctx.UserName ?? "", Note = note,
        };
        db.Add(report);
        db.Audit("opinion.report_up", "报送上级政协", report, $"《{item.EditedTitle ?? item.Title}》报送{receiverName}");
        if (parent == null) return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : report;

        // The copy is the receiving committee's own record, written under it in the same transaction.
        var reporters = await db.Set<OpinionReporter>().AsNoTracking().Where(r => r.ItemId == item.Id).OrderBy(r => r.Order).Select(r => r.Name).ToListAsync(ct);
        var due = await calendar.DueAsync(now, Deadline.WorkingDays(5), ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.SaveOrConflictAsync(ct) is { } saved) return saved;
        db.Bind(RequestContext.System(parent.Id, parent.Name));
        try
        {
            var year = Web.Shanghai.ToLocal(now).Year;
            var copy = new OpinionItem
            {
                CommitteeId = parent.Id, Year = year, Title = item.EditedTitle ?? item.Title, Body = item.EditedBody ?? item.Body, Category = item.Category,
                Source = OpinionSource.LowerCommittee, OrgName = own.Name, OwnerUserId = item.OwnerUserId, CreatedAt = now, SubmittedAt = now,
                State = OpinionState.Submitted, DueAt = due, ReceivedFromItemId = item.Id, OriginItemId = report.OriginItemId,
                SerialNo = await OpinionItem.NextSerialAsync(db, year, ct),
            };
            db.Add(copy);
            for (var n = 0; n < reporters.Count; n++) db.Add(new OpinionReporter { CommitteeId = parent.Id, ItemId = copy.Id, Name = reporters[n], Order = n });
            db.Add(new AuditEntry
            {
                CommitteeId = parent.Id, Action = "opinion.received", ActionLabel = "收到下级政协报送的社情民意信息", RecordType = AuditExtensions.RecordType(typeof(OpinionItem)),
                RecordId = copy.Id.ToString(), Summary = $"{own.Name}：{copy.Title}", ActorName = ctx.UserName ?? "",
            });
            if (await db.SaveOrConflictAsync(ct) is { } copied) return copied;
            report.ReceiverItemId = copy.Id;
        }
        finally { db.Bind(ctx); }
        db.Audit("opinion.report_up", "报送上级政协", report, $"{parent.Name}已收件");
        if (await db.SaveOrConflictAsync(ct) is { } linked) return linked;
        await tx.CommitAsync(ct);
        return report;
    }

    /// <summary>The result at a level outside this installation, entered by the sender's staff from the receiving committee's notice.</summary>
    public async Task<Result<OpinionReport>> RecordAsync(Guid id, ReportResultInput input, CancellationToken ct = default)
    {
        if (!ctx.Has(OpinionPermissions.Edit)) return new Forbidden("采用情况由信息工作人员登记。");
        var report = await db.Set<OpinionReport>().SingleOrDefaultAsync(r => r.ItemId == id, ct);
        if (report == null) return new NotFound("本政协没有报送过这条信息，不能登记上级的采用情况。");
        if (report.ReceiverCommitteeId != null) return new Conflict($"{report.ReceiverName}在本平台办理，采用情况由其自行确定。");
        if (Codes.Parse<ReportResult>(input.Result) is not { } result) return new Invalid("采用情况：请选择单篇采用、综合采用、转送有关部门、未采用或待采用。");
        if (result == ReportResult.Forwarded && report.Level != CommitteeLevel.National) return new Invalid("转送国家有关部门只在全国政协一级。");
        var today = Web.Shanghai.Today(clock);
        if (input.Date is { } d && (d > today || d < DateOnly.FromDateTime(Web.Shanghai.ToLocal(report.SentAt))))
            return new Invalid("采用日期：应在报送之后、今天之前。");
        var bulletin = input.BulletinNo?.Trim();
        if (bulletin?.Length > 100) return new Invalid("刊发期号：不超过 100 字。");
        (report.Result, report.ResultAt, report.BulletinNo) = (result, input.Date is { } day ? Web.Shanghai.ToUtc(day.ToDateTime(new TimeOnly(12, 0))) : result == ReportResult.Pending ? null : clock.GetUtcNow().UtcDateTime,
            string.IsNullOrEmpty(bulletin) ? null : bulletin);
        if (input.Note?.Trim() is { Length: > 0 } note) report.Note = note.Length <= 500 ? note : note[..500];
        db.Audit("opinion.report_result", "登记上级采用情况", report, $"{report.ReceiverName}：{Web.Labels.Of(result)}{(bulletin is { Length: > 0 } ? $"（{bulletin}）" : "")}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return report;
    }

    async Task<Guid> OriginCommitteeAsync(OpinionItem item, CancellationToken ct) => item.OriginItemId is not { } origin ? item.CommitteeId
        // Deliberately across committees: the origin of a received copy is the lower committee's item.
        : await db.Set<OpinionItem>().IgnoreQueryFilters().Where(i => i.Id == origin).Select(i => i.CommitteeId).SingleAsync(ct);
}
