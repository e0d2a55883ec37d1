using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using static Xieshang.Meetings.ParticipationState;

namespace Xieshang.Meetings;

/// <summary>
/// Settles an activity's attendance when it closes, and again whenever attendance is corrected afterwards: whoever is
/// still only invited, signed up or refused leave is absent; each row gets its points by the default table of
/// domain.md §4 (codes A1…G5), which the assessment reads. The caller saves.
/// </summary>
public sealed class SettleAttendance(XieshangDb db, TimeProvider clock)
{
    public async Task SettleAsync(Activity activity, CancellationToken ct)
    {
        var rows = await db.Set<Participation>().Where(p => p.ActivityId == activity.Id).ToListAsync(ct);
        // A walk-in added at the desk in this same save is not in the database yet.
        rows.AddRange(db.ChangeTracker.Entries<Participation>()
            .Where(e => e.State == EntityState.Added && e.Entity.ActivityId == activity.Id).Select(e => e.Entity));
        var standing = await db.Set<Organization.Membership>().Where(m => m.IsStanding && rows.Select(r => r.MembershipId).Contains(m.Id))
            .Select(m => m.Id).ToListAsync(ct);
        var absent = 0;
        foreach (var row in rows)
        {
            if (row.State is Invited or SignedUp or LeaveRequested or LeaveDenied)
            {
                // An optional activity nobody answered is no absence; a sign-up not kept is (G5).
                if (activity.Attendance == AttendanceMode.Mandatory || row.State == SignedUp) { row.State = Absent; absent++; }
            }
            (row.Points, row.PointsBasis) = ActivityPoints.For(activity, row, standing.Contains(row.MembershipId));
        }
        activity.SettledAt = clock.GetUtcNow().UtcDateTime;
        var count = (ParticipationState s) => rows.Count(r => r.State == s);
        db.Audit("activity.settle", "结算出勤", activity,
            $"签到 {count(CheckedIn)} 人，未报名签到 {count(WalkIn)} 人，同意请假 {count(LeaveApproved)} 人，缺席 {count(Absent)} 人（本次记缺席 {absent} 人）");
    }
}
