using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Grassroots;

public sealed record IssueQuery(string? State = null, Guid? Room = null, Guid? Township = null, string? Search = null, int Page = 1, int PageSize = 50);

public sealed record IssueRow(Guid Id, string TrackingCode, string Title, string Room, string State, string StateLabel, DateTime SubmittedAt, DateTime? DueAt);

public sealed record IssueList(int Total, int Page, int PageSize, IReadOnlyList<IssueRow> Rows);

public sealed record IssueView(Guid Id, string TrackingCode, Guid RoomId, string Room, string Title, string Text, string? Location,
    string? ContactName, string? Phone, bool Anonymous, DateTime SubmittedAt, string? PublicResult, string? RejectReason, string? TransferredTo,
    string? ResponsibleParty, DateOnly? MeasuresDue, string? Rating, bool Reopened, Guid? ActivityId, WorkflowView Workflow);

/// <summary>The room staff's queue (newest first, the moderation queue is state SUBMITTED) and one issue with its contact.</summary>
public sealed class ListIssues(XieshangDb db, WorkflowEngine engine, RequestContext ctx)
{
    public async Task<IssueList> HandleAsync(IssueQuery q, CancellationToken ct = default)
    {
        var issues = db.Set<CitizenIssue>().AsNoTracking();
        if (Codes.Parse<IssueState>(q.State) is { } state) issues = issues.Where(i => i.State == state);
        if (q.Room is { } room) issues = issues.Where(i => i.RoomId == room);
        if (q.Township is { } town) issues = issues.Where(i => db.Set<ConsultationRoom>().Any(r => r.Id == i.RoomId && r.TownshipId == town));
        if (q.Search?.Trim() is { Length: > 0 and <= 50 } s) issues = issues.Where(i => i.Title.Contains(s) || i.TrackingCode == s.ToUpper());
        var total = await issues.CountAsync(ct);
        var (page, size) = (Math.Max(1, q.Page), Math.Clamp(q.PageSize, 1, 200));
        var rows = await issues.OrderByDescending(i => i.SubmittedAt).Skip((page - 1) * size).Take(size)
            .Join(db.Set<ConsultationRoom>(), i => i.RoomId, r => r.Id, (i, r) => new { i.Id, i.TrackingCode, i.Title, Room = r.Name, i.State, i.SubmittedAt, i.DueAt })
            .ToListAsync(ct);
        return new IssueList(total, page, size, rows.Select(r => new IssueRow(r.Id, r.TrackingCode, r.Title, r.Room, Codes.Of(r.State),
            IssueFlow.Flow.LabelOf(r.State), r.SubmittedAt, r.DueAt)).ToList());
    }

    public async Task<IssueView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var i = await db.Set<CitizenIssue>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i == null) return null;
        var room = await db.Set<ConsultationRoom>().Where(r => r.Id == i.RoomId).Select(r => r.Name).SingleAsync(ct);
        // Contact details only for those who handle issues; readers see them masked.
        var contact = ctx.Has(GrassrootsPermissions.Handle);
        return new IssueView(i.Id, i.TrackingCode, i.RoomId, room, i.Title, i.Text, i.Location, contact ? i.ContactName : Masking.Name(i.ContactName),
            contact ? i.Phone : i.Phone == null ? null : Masking.Text(i.Phone), i.Anonymous, i.SubmittedAt, i.PublicResult, i.RejectReason,
            i.TransferredTo, i.ResponsibleParty, i.MeasuresDue, i.Rating is { } r ? Web.Labels.Of(r) : null, i.Reopened, i.ActivityId, engine.View(IssueFlow.Flow, i));
    }
}
