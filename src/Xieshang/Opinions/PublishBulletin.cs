using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Opinions;

public sealed record BulletinInput(IReadOnlyList<Guid>? ItemIds, string? Kind, string? Title = null, string? Recipients = null);

public sealed record BulletinRow(Guid Id, int Year, int IssueNo, string Title, string Kind, string KindLabel, DateTime PublishedAt, int Items);

/// <summary>
/// 编发: one issue of the committee's 《社情民意》, numbered in its year, carrying one signed-off item (单篇) or several on
/// one subject (综合, under a title of its own); every item moves to 已编发 in the same save, and its writer hears of it.
/// </summary>
public sealed class PublishBulletin(XieshangDb db, RequestContext ctx, WorkflowEngine engine, Notifier notifier, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(BulletinInput input, CancellationToken ct = default)
    {
        var ids = (input.ItemIds ?? []).Distinct().ToList();
        var kind = Codes.Parse<OpinionAdoption>(input.Kind);
        if (kind == null) return new Invalid("编发方式：请选择单篇（SINGLE）或综合（COMPOSITE）。");
        if (kind == OpinionAdoption.Single && ids.Count != 1) return new Invalid("单篇编发：请选择一条已签发的信息。");
        if (kind == OpinionAdoption.Composite && ids.Count < 2) return new Invalid("综合编发：请选择至少两条同一主题的已签发信息。");
        if (ids.Count > 20) return new Invalid("一期最多编入 20 条信息。");
        var recipients = input.Recipients?.Trim() ?? "";
        if (recipients.Length > 2000) return new Invalid("主送：不超过 2,000 字。");

        var items = new List<OpinionItem>();
        foreach (var id in ids)
        {
            var item = await OpinionAccess.LoadAsync(db, ctx, id, ct);
            if (item == null) return new NotFound("所选信息不存在，或不属于本政协。");
            items.Add(item);
        }
        var title = kind == OpinionAdoption.Single ? items[0].EditedTitle ?? items[0].Title : input.Title?.Trim();
        if (title is not { Length: >= 4 and <= 100 }) return new Invalid("综合编发：请写本期的标题（4 至 100 个字）。");

        var now = clock.GetUtcNow().UtcDateTime;
        var year = Web.Shanghai.ToLocal(now).Year;
        var bulletin = new OpinionBulletin
        {
            Year = year, Title = title, Kind = kind.Value, Recipients = recipients, PublishedAt = now, PublishedBy = ctx.UserName ?? "",
            IssueNo = (await db.Set<OpinionBulletin>().Where(b => b.Year == year).MaxAsync(b => (int?)b.IssueNo, ct) ?? 0) + 1,
        };
        db.Add(bulletin);
        foreach (var item in items)
        {
            var applied = await engine.ApplyAsync(OpinionFlow.Flow, item, "publish", $"《社情民意》{year}年第 {bulletin.IssueNo} 期", ct);
            if (!applied.Ok) return applied.Error is Conflict ? new Conflict($"《{item.Title}》尚未签发（当前：{OpinionFlow.Flow.LabelOf(item.State)}），不能编发。") : applied.Error!;
            (item.BulletinId, item.Adoption) = (bulletin.Id, kind);
        }
        db.Audit("opinion.bulletin", "编发《社情民意》", bulletin, $"{year}年第 {bulletin.IssueNo} 期（{Web.Labels.Of(kind.Value)}）：{title}");
        foreach (var item in items.Where(i => i.ReceivedFromItemId == null)) // copies are answered through the sender's report
            await notifier.NotifyAsync([item.OwnerUserId], $"社情民意信息已编发：{item.Title}",
                $"您报送的信息已编入《社情民意》{year}年第 {bulletin.IssueNo} 期（{Web.Labels.Of(kind.Value)}）。", $"/opinions/{item.Id}", ct);
        // Copies received from below: their senders' reports record the adoption, in the same transaction.
        var received = items.Where(i => i.ReceivedFromItemId != null).ToList();
        await using var tx = received.Count > 0 ? await db.Database.BeginTransactionAsync(ct) : null;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        foreach (var copy in received)
            if (await RecordFromAbove.WriteBackAsync(db, ctx, copy, kind == OpinionAdoption.Single ? ReportResult.Single : ReportResult.Composite,
                    $"{ctx.CommitteeName}《社情民意》{year}年第 {bulletin.IssueNo} 期", now, ct) is { } failed)
                return failed;
        if (tx != null) await tx.CommitAsync(ct);
        return bulletin.Id;
    }

    public async Task<IReadOnlyList<BulletinRow>> ListAsync(int year, CancellationToken ct = default) =>
        (await db.Set<OpinionBulletin>().AsNoTracking().Where(b => b.Year == year).OrderByDescending(b => b.IssueNo)
            .Select(b => new { b.Id, b.Year, b.IssueNo, b.Title, b.Kind, b.PublishedAt, Items = db.Set<OpinionItem>().Count(i => i.BulletinId == b.Id) })
            .ToListAsync(ct))
        .Select(b => new BulletinRow(b.Id, b.Year, b.IssueNo, b.Title, Codes.Of(b.Kind), Web.Labels.Of(b.Kind), b.PublishedAt, b.Items)).ToList();
}
