using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Files;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Grassroots;

/// <summary>
/// Photos of a 码上议 issue: up to three, images only (checked by content), attached by the citizen within half an hour
/// of submitting; seen by the room's staff only — a photo may show people, so public pages never show them.
/// </summary>
public sealed class IssuePhotos(XieshangDb db, TimeProvider clock) : IFileOwner
{
    public const string Type = "citizen-issue";
    public const int MaxPhotos = 3;
    public const long MaxBytes = 5 * 1024 * 1024;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    public string OwnerType => Type;
    public IReadOnlyList<FileType> Accepts => FileTypes.Images;

    public async Task<bool> CanAttachAsync(string ownerId, RequestContext ctx, CancellationToken ct)
    {
        if (!Guid.TryParse(ownerId, out var id)) return false;
        var since = clock.GetUtcNow().UtcDateTime - Window;
        return await db.Set<CitizenIssue>().AnyAsync(i => i.Id == id && i.SubmittedAt >= since, ct)
            && await db.Set<StoredFile>().CountAsync(f => f.OwnerType == Type && f.OwnerId == ownerId, ct) < MaxPhotos;
    }

    public async Task<bool> CanReadAsync(string ownerId, RequestContext ctx, CancellationToken ct) =>
        ctx.Has(GrassrootsPermissions.Read) && Guid.TryParse(ownerId, out var id) && await db.Set<CitizenIssue>().AnyAsync(i => i.Id == id, ct);
}
