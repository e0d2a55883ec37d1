using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Notifications;

public sealed record InboxRow(Guid Id, string Title, string Body, string? Link, DateTime CreatedAt, bool Read);

public sealed record InboxList(IReadOnlyList<InboxRow> Rows, int Total, int Unread, int Page, int PageSize);

/// <summary>The signed-in user's messages in the current committee.</summary>
public sealed class Inbox(XieshangDb db, RequestContext ctx, TimeProvider clock, IMemoryCache cache)
{
    IQueryable<Notification> Mine => db.Set<Notification>().Where(n => n.UserId == ctx.UserId);

    // Every page's header shows it: a compiled indexed count, kept briefly per user and committee. This node forgets
    // it when the user's messages change; another node's copy is at most UnreadTtl old.
    static readonly Func<XieshangDb, Guid, Task<int>> UnreadQuery = EF.CompileAsyncQuery((XieshangDb db, Guid userId) =>
        db.Set<Notification>().Count(n => n.UserId == userId && n.ReadAt == null));
    public static readonly TimeSpan UnreadTtl = TimeSpan.FromSeconds(15);

    public static async Task<int> UnreadCountAsync(XieshangDb db, IMemoryCache cache, Guid userId)
    {
        var key = ("unread", userId, db.CurrentCommitteeId);
        if (cache.TryGetValue(key, out int hit)) return hit;
        var count = await UnreadQuery(db, userId);
        cache.Set(key, count, UnreadTtl);
        return count;
    }

    public static void Forget(IMemoryCache cache, Guid userId, Guid committeeId) => cache.Remove(("unread", userId, committeeId));

    public async Task<InboxList> ListAsync(int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100);
        var total = await Mine.CountAsync(ct);
        var unread = await Mine.CountAsync(n => n.ReadAt == null, ct);
        var rows = await Mine.AsNoTracking().OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new InboxRow(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(ct);
        return new InboxList(rows, total, unread, page, pageSize);
    }

    /// <summary>Marks one message read and answers where it leads.</summary>
    public async Task<Result<string?>> MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var n = await Mine.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (n == null) return new NotFound("消息不存在。");
        n.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        Forget(cache, n.UserId, n.CommitteeId);
        return n.Link;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await Mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        Forget(cache, ctx.UserId!.Value, ctx.CommitteeId!.Value);
        return marked;
    }
}
