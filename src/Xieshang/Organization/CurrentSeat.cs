using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

/// <summary>The signed-in user's active seat in the current committee, for the modules where members act for themselves.</summary>
public static class CurrentSeat
{
    public static async Task<Guid?> FindAsync(XieshangDb db, RequestContext ctx, CancellationToken ct) =>
        ctx.UserId is not { } user ? null : await db.Set<Membership>()
            .Where(m => m.Status == MembershipStatus.Active)
            .Join(db.Set<Person>().Where(p => p.UserId == user), m => m.PersonId, p => p.Id, (m, p) => (Guid?)m.Id)
            .FirstOrDefaultAsync(ct);
}
