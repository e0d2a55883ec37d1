using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Opinions;

/// <param name="EditedTitle">核稿: the title as it will be published (the "edit" step).</param>
/// <param name="EditedBody">核稿: the text as it will be published.</param>
public sealed record OpinionStep(string? Note = null, int? Version = null, string? EditedTitle = null, string? EditedBody = null,
    IReadOnlyList<Guid>? ItemIds = null, string? Kind = null, string? Title = null, string? Recipients = null);

/// <summary>The steps of <see cref="OpinionFlow"/> other than publication: submit, screen, edit, sign off.</summary>
public sealed class OpinionActions(XieshangDb db, RequestContext ctx, WorkflowEngine engine, Notifier notifier, TimeProvider clock)
{
    public async Task<Result<OpinionItem>> HandleAsync(Guid id, string action, OpinionStep step, CancellationToken ct = default)
    {
        var item = await OpinionAccess.LoadAsync(db, ctx, id, ct);
        if (item == null) return new NotFound("该信息不存在，或您无权查看。");
        if (step.Version is { } v && v != item.Version) return new Conflict("该信息已被他人处理，请刷新后查看最新状态。");
        var note = step.Note?.Trim();
        if (note?.Length > 1000) return new Invalid("说明：不超过 1,000 字。");
        var (title, body) = (step.EditedTitle?.Trim(), step.EditedBody?.Trim());
        switch (action)
        {
            case "publish":
                return new Invalid("编发：请在《社情民意》编发页选择已签发的信息，单篇或综合编入一期。");
            case "return" or "send_back" when string.IsNullOrEmpty(note):
                return new Invalid("请写明需要修改的地方。");
            case "forward" when string.IsNullOrEmpty(note):
                return new Invalid("请写明转送的部门。");
            case "forward" when note.Length > 200:
                return new Invalid("转送的部门：不超过 200 字。");
            case "edit" when title is not { Length: >= 4 and <= 100 }:
                return new Invalid("编辑后标题：4 至 100 个字。");
            case "edit" when body is not { Length: >= 20 and <= OpinionItem.MaxBody }:
                return new Invalid($"编辑后正文：20 至 {OpinionItem.MaxBody:N0} 个字。");
        }

        var applied = await engine.ApplyAsync(OpinionFlow.Flow, item, action, note, ct);
        if (!applied.Ok) return applied.Error!;
        var now = clock.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case "submit":
                if (item.SerialNo == null)
                {
                    // An item belongs to the year it is submitted in (its serial number and the year's figures), not the
                    // year its draft was begun.
                    item.Year = Web.Shanghai.ToLocal(now).Year;
                    item.SerialNo = await OpinionItem.NextSerialAsync(db, item.Year, ct);
                }
                item.SubmittedAt ??= now;
                break;
            case "accept" or "retain" or "return" or "forward":
                item.ScreenNote = action == "forward" ? $"转送{note}" : note ?? item.ScreenNote;
                var told = action switch { "accept" => "已采用，进入编辑", "retain" => "已留存备用", "forward" => "已转送有关部门", _ => "被退回修改" };
                // A copy received from below is answered through the sender's report, not to a writer of another committee.
                if (item.ReceivedFromItemId == null)
                    await notifier.NotifyAsync([item.OwnerUserId], $"社情民意信息{told}：{item.Title}",
                        string.IsNullOrEmpty(note) ? $"您报送的信息《{item.Title}》{told}。" : $"您报送的信息《{item.Title}》{told}。{note}", $"/opinions/{item.Id}", ct);
                break;
            case "edit":
                (item.EditedTitle, item.EditedBody) = (title, body);
                break;
            case "sign":
                (item.SignedBy, item.SignedAt) = (ctx.UserName, now);
                break;
        }
        // A received copy retained (未采用), forwarded or taken up again: the sender's report says so too.
        var writeBack = item.ReceivedFromItemId != null && action is "retain" or "accept" or "forward";
        await using var tx = writeBack ? await db.Database.BeginTransactionAsync(ct) : null;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        if (tx != null)
        {
            var result = action switch { "retain" => ReportResult.NotAdopted, "forward" => ReportResult.Forwarded, _ => ReportResult.Pending };
            if (await RecordFromAbove.WriteBackAsync(db, ctx, item, result, null, now, ct, action == "forward" ? $"转送{note}" : null) is { } failed)
                return failed;
            await tx.CommitAsync(ct);
        }
        return item;
    }
}
