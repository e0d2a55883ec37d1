using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Organization.Contracts;

public sealed record CommitteeLeader(Guid Id, string Name, string RoleLabel, Guid? UserId);

/// <summary>The committee's chair and vice-chairs (their seats), who lead topics and supervise key proposals.</summary>
public static class CommitteeLeaders
{
    /// <param name="seat">One seat, to check that it is a leader's.</param>
    public static IQueryable<CommitteeLeader> Of(XieshangDb db, Guid? seat = null) =>
        from m in db.Set<Membership>().AsNoTracking()
        where m.Status == MembershipStatus.Active && (m.Role == MemberRole.Chair || m.Role == MemberRole.ViceChair) && (seat == null || m.Id == seat)
        join p in db.Set<Person>().AsNoTracking() on m.PersonId equals p.Id
        orderby m.Role, m.MemberNo
        select new CommitteeLeader(m.Id, p.Name, m.Role == MemberRole.Chair ? "主席" : "副主席", p.UserId);
}
