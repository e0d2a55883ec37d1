using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Meetings;

public sealed record ActivityStats(int Year, int Activities, IReadOnlyDictionary<string, int> ByType, int Campaigns,
    int CampaignActivities, int Attendances, int Participants, int LeaveApproved, int Absences, int OralSpeeches, int WrittenSpeeches);

/// <summary>
/// The year's figures, counted from the records: activities held (published or later, not cancelled) by type code,
/// the campaigns and their activities, check-ins, distinct members present, leave, absences and speeches.
/// </summary>
public sealed class ActivityStatistics(XieshangDb db)
{
    public async Task<ActivityStats> HandleAsync(int year, CancellationToken ct = default)
    {
        var (yearStart, yearEnd) = ListActivities.YearBounds(year);
        var held = db.Set<Activity>().AsNoTracking().Where(a => a.StartsAt >= yearStart && a.StartsAt < yearEnd
            && a.State != ActivityState.Draft && a.State != ActivityState.PendingApproval && a.State != ActivityState.Cancelled);
        var byType = await held.GroupBy(a => a.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var rows = db.Set<Participation>().AsNoTracking().Where(p => held.Any(a => a.Id == p.ActivityId));
        var states = await rows.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var speeches = await rows.Where(p => p.Speech != SpeechKind.None).GroupBy(p => p.Speech).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var participants = await rows.Where(p => p.State == ParticipationState.CheckedIn || p.State == ParticipationState.WalkIn)
            .Select(p => p.MembershipId).Distinct().CountAsync(ct);
        int State(ParticipationState s) => states.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        return new ActivityStats(year, byType.Sum(t => t.Count),
            Enum.GetValues<ActivityType>().ToDictionary(Codes.Of, t => byType.FirstOrDefault(x => x.Key == t)?.Count ?? 0),
            await db.Set<Campaign>().CountAsync(c => c.Year == year, ct),
            await held.CountAsync(a => a.CampaignId != null, ct),
            State(ParticipationState.CheckedIn) + State(ParticipationState.WalkIn), participants,
            State(ParticipationState.LeaveApproved), State(ParticipationState.Absent),
            speeches.FirstOrDefault(s => s.Key == SpeechKind.Oral)?.Count ?? 0, speeches.FirstOrDefault(s => s.Key == SpeechKind.Written)?.Count ?? 0);
    }
}
