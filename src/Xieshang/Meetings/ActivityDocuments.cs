using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Files;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Meetings;

public sealed record DocumentInput(string? Kind, string? Title, string? Text);

public sealed record DocumentRow(Guid Id, string Kind, string KindLabel, string Title, string Text, DateTime CreatedAt, IReadOnlyList<FileRow> Files);

/// <summary>纪要 and 简报 of an activity, written after it has ended (or while it runs), each with its files.</summary>
public sealed class ActivityDocuments(XieshangDb db, RequestContext ctx, TimeProvider clock, FileUseCases files)
{
    public async Task<Result<Guid>> AddAsync(Guid activityId, DocumentInput input, CancellationToken ct = default)
    {
        var activity = await db.Set<Activity>().SingleOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity == null) return new NotFound("活动不存在，或不属于本政协。");
        if (activity.State is not (ActivityState.InProgress or ActivityState.Ended or ActivityState.Closed))
            return new Conflict("活动开始后才能上传纪要或简报。");
        if (Codes.Parse<DocumentKind>(input.Kind) is not { } kind) return new Invalid("类别：应为 MINUTES（会议纪要）或 BRIEF（活动简报）。");
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > 200) return new Invalid("标题：请填写（不超过 200 字）。");
        var text = input.Text?.Trim() ?? "";
        if (text.Length > 20000) return new Invalid("正文：不超过 20,000 字；更长的请作为附件上传。");
        var doc = new ActivityDocument { ActivityId = activityId, Kind = kind, Title = title, Text = text, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = ctx.UserId };
        db.Add(doc);
        db.Audit("activity.document", $"上传{Web.Labels.Of(kind)}", doc, title);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return doc.Id;
    }

    public async Task<IReadOnlyList<DocumentRow>> ListAsync(Guid activityId, CancellationToken ct = default)
    {
        var docs = await db.Set<ActivityDocument>().AsNoTracking().Where(d => d.ActivityId == activityId).OrderBy(d => d.CreatedAt).ToListAsync(ct);
        var result = new List<DocumentRow>();
        foreach (var d in docs)
            result.Add(new DocumentRow(d.Id, Codes.Of(d.Kind), Web.Labels.Of(d.Kind), d.Title, d.Text, d.CreatedAt,
                await files.ListAsync(DocumentFiles.Type, d.Id.ToString(), ct)));
        return result;
    }
}

/// <summary>Files of a 纪要 or 简报: the organisers attach, those who see all activities read.</summary>
public sealed class DocumentFiles(XieshangDb db) : IFileOwner
{
    public const string Type = "activity-document";
    public string OwnerType => Type;
    public IReadOnlyList<FileType> Accepts => [.. FileTypes.Documents, .. FileTypes.Images];

    public async Task<bool> CanAttachAsync(string ownerId, RequestContext ctx, CancellationToken ct) =>
        ctx.Has(MeetingsPermissions.Manage) && await ExistsAsync(ownerId, ct);

    public async Task<bool> CanReadAsync(string ownerId, RequestContext ctx, CancellationToken ct) =>
        ctx.Has(MeetingsPermissions.Read) && await ExistsAsync(ownerId, ct);

    async Task<bool> ExistsAsync(string ownerId, CancellationToken ct) =>
        Guid.TryParse(ownerId, out var id) && await db.Set<ActivityDocument>().AnyAsync(d => d.Id == id, ct);
}
