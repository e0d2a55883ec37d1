using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

/// <summary>
/// What a receiving committee decides on a copy it received — carried in its bulletin, retained, taken up again — is
/// written back to the report of the committee that sent it, under that committee, in the caller's transaction.
/// </summary>
public static class RecordFromAbove
{
    public static async Task<Error?> WriteBackAsync(XieshangDb db, RequestContext ctx, OpinionItem copy, ReportResult result, string? bulletinNo, DateTime now,
        CancellationToken ct, string? note = null)
    {
        // Deliberately across committees: the report is the sender's record of this very copy.
        var report = await db.Set<OpinionReport>().IgnoreQueryFilters().SingleOrDefaultAsync(r => r.ReceiverItemId == copy.Id, ct);
        if (report == null) return null;
        var sender = await db.Set<Committee>().SingleAsync(c => c.Id == report.CommitteeId, ct);
        db.Bind(RequestContext.System(sender.Id, sender.Name));
        try
        {
            (report.Result, report.ResultAt, report.BulletinNo) = (result, result == ReportResult.Pending ? null : now, bulletinNo);
            if (note != null) report.Note = note; // as a result recorded by hand keeps its note
            db.Add(new AuditEntry
            {
                CommitteeId = sender.Id, Action = "opinion.report_result", ActionLabel = "上级政协确定采用情况", RecordType = AuditExtensions.RecordType(typeof(OpinionReport)),
                RecordId = report.Id.ToString(), Summary = $"{ctx.CommitteeName}：{Web.Labels.Of(result)}{(bulletinNo ?? note) switch { null => "", var x => $"（{x}）" }}", ActorName = ctx.UserName ?? "",
            });
            return await db.SaveOrConflictAsync(ct);
        }
        finally { db.Bind(ctx); }
    }
}
