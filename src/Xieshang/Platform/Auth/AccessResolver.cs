using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Auth;

/// <summary>What a user may do in a committee: their roles there and the permissions granted to those roles.</summary>
public sealed record Access(string CommitteeName, IReadOnlySet<Role> Roles, IReadOnlySet<string> Permissions);

/// <summary>
/// Resolves <see cref="Access"/> from the database and keeps it: every request needs it. A saved change to a role or
/// to a role's permissions announces topic <see cref="Topic"/> for its committee (and, for the committees a user
/// belongs to, for the whole installation) on every node, after the commit (ADR 0006); <see cref="Ttl"/> only bounds
/// how long a node that missed an announcement (Redis down) keeps the old roles.
/// </summary>
public sealed class AccessResolver(IMemoryCache cache, CommitteeChanges changes)
{
    public const string Topic = "access";
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);

    MemoryCacheEntryOptions Kept(Guid committeeId) => new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Ttl }
        .AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(changes.Token(Topic, committeeId)));

    public async Task<Access?> ResolveAsync(XieshangDb db, Guid userId, Guid committeeId, CancellationToken ct = default)
    {
        if (cache.TryGetValue((userId, committeeId), out Access? hit)) return hit;

        // Deliberately across committees: this is the lookup that decides which committee the user may enter.
        var roles = await db.Set<CommitteeRole>().IgnoreQueryFilters()
            .Where(r => r.UserId == userId && r.CommitteeId == committeeId)
            .Join(db.Users.Where(u => u.IsActive), r => r.UserId, u => u.Id, (r, u) => r.Role)
            .ToListAsync(ct);
        Access? access = null;
        if (roles.Count > 0)
        {
            var name = await db.Set<Tenancy.Committee>().Where(c => c.Id == committeeId).Select(c => c.Name).SingleAsync(ct);
            var permissions = await db.Set<RolePermission>().IgnoreQueryFilters()
                .Where(p => p.CommitteeId == committeeId && roles.Contains(p.Role))
                .Select(p => p.Permission).Distinct().ToListAsync(ct);
            access = new Access(name, roles.ToHashSet(), permissions.ToHashSet());
        }
        cache.Set((userId, committeeId), access, Kept(committeeId));
        return access;
    }

    /// <summary>The committee a user lands in when they have not chosen one: the most local they belong to.</summary>
    public async Task<Guid?> DefaultCommitteeAsync(XieshangDb db, Guid userId, CancellationToken ct = default)
    {
        var list = await CommitteesCachedAsync(db, userId, ct);
        return list.Count > 0 ? list[0].Id : null;
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> CommitteesCachedAsync(XieshangDb db, Guid userId, CancellationToken ct = default)
    {
        if (cache.TryGetValue(("committees", userId), out IReadOnlyList<(Guid, string)>? hit)) return hit!;
        var list = await CommitteesOfAsync(db, userId, ct);
        cache.Set(("committees", userId), (IReadOnlyList<(Guid, string)>)list, Kept(CommitteeChanges.Installation));
        return list;
    }

    /// <summary>The committees a user may act in, for the switcher and for choosing one at sign-in.</summary>
    public static async Task<List<(Guid Id, string Name)>> CommitteesOfAsync(XieshangDb db, Guid userId, CancellationToken ct = default)
    {
        var list = await db.Set<CommitteeRole>().IgnoreQueryFilters().Where(r => r.UserId == userId)
            .Join(db.Set<Tenancy.Committee>(), r => r.CommitteeId, c => c.Id, (r, c) => new { c.Id, c.Name, c.Level })
            .Distinct().ToListAsync(ct);
        // Levels are stored as text, so order in memory: district first, then city, province, national.
        return list.OrderByDescending(c => c.Level).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => (c.Id, c.Name)).ToList();
    }
}
