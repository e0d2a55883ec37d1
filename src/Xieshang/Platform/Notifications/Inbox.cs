using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Notifications;

public sealed record InboxRow(Guid Id, string Title, string Body, string? Link, DateTime CreatedAt, bool Read);

public sealed record InboxList(IReadOnlyList<InboxRow> Rows, int Total, int Unread, int Page, int PageSize);

/// <summary>The signed-in user's messages in the current committee.</summary>
public sealed class Inbox(XieshangDb db, RequestContext ctx, TimeProvider clock)
{
    IQueryable<Notification> Mine => db.Set<Notification>().Where(n => n.UserId == ctx.UserId);

    // Every page's header shows it: compiled, one indexed count.
    public static readonly Func<XieshangDb, Guid, Task<int>> UnreadCount = EF.CompileAsyncQuery((XieshangDb db, Guid userId) =>
        db.Set<Notification>().Count(n => n.UserId == userId && n.ReadAt == null));

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
        return n.Link;
    }

    public Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
