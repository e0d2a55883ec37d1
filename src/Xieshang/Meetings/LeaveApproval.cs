using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;

namespace Xieshang.Meetings;

/// <summary>
/// Who decides leave for an activity (domain.md §3.6): the chair for plenary and standing meetings, the director of
/// the organising special committee for its activities, the office for the rest — and the office too when the
/// committee has no chair or director with a login, so that no request waits for nobody.
/// </summary>
public static class LeaveApproval
{
    public static async Task<LeaveApprovers> ForAsync(XieshangDb db, Activity activity, CancellationToken ct)
    {
        if (ActivityTypes.ChairApprovesLeave(activity.Type))
        {
            var chairs = await UsersAsync(db, db.Set<Membership>().Where(m => m.Role == MemberRole.Chair), ct);
            if (chairs.Count > 0) return new LeaveApprovers(false, chairs, "主席");
        }
        else if (activity.OrganizerCommitteeId is { } sc)
        {
            var directors = await UsersAsync(db, db.Set<Membership>()
                .Where(m => db.Set<SpecialCommitteeSeat>().Any(s => s.MembershipId == m.Id && s.SpecialCommitteeId == sc && s.IsDirector)), ct);
            if (directors.Count > 0) return new LeaveApprovers(false, directors, "专委会主任");
        }
        return new LeaveApprovers(true, new HashSet<Guid>(), "政协办公室");
    }

    static async Task<HashSet<Guid>> UsersAsync(XieshangDb db, IQueryable<Membership> seats, CancellationToken ct) =>
        (await seats.Where(m => m.Status == MembershipStatus.Active)
            .Join(db.Set<Person>().Where(p => p.UserId != null), m => m.PersonId, p => p.Id, (m, p) => p.UserId!.Value)
            .ToListAsync(ct)).ToHashSet();
}
