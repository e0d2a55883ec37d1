using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

/// <summary>
/// Who sees an item: staff and leaders with <see cref="OpinionPermissions.Read"/> all of the committee's; anyone else
/// those they wrote or are a reporter of. Loaded with the reporters' logins, which the workflow's conditions read.
/// </summary>
public static class OpinionAccess
{
    public static async Task<OpinionItem?> LoadAsync(XieshangDb db, RequestContext ctx, Guid id, CancellationToken ct)
    {
        var item = await db.Set<OpinionItem>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item == null) return null;
        item.ReporterUsers = (await (from r in db.Set<OpinionReporter>()
                                     where r.ItemId == id && r.MembershipId != null
                                     join m in db.Set<Membership>() on r.MembershipId equals m.Id
                                     join p in db.Set<Person>() on m.PersonId equals p.Id
                                     where p.UserId != null
                                     select p.UserId!.Value).ToListAsync(ct)).ToHashSet();
        if (item.ReceivedFromItemId != null)
            item.HeldAt = await db.Set<Committee>().Where(c => c.Id == item.CommitteeId).Select(c => (CommitteeLevel?)c.Level).SingleAsync(ct);
        var mine = ctx.UserId is { } u && (item.OwnerUserId == u || item.ReporterUsers.Contains(u));
        return mine || ctx.Has(OpinionPermissions.Read) ? item : null;
    }
}
