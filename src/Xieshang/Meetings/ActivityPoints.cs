using static Xieshang.Meetings.ActivityType;
using static Xieshang.Meetings.ParticipationState;

namespace Xieshang.Meetings;

/// <summary>
/// The default points of domain.md §4 for taking part (A, B), speaking (E1) and missing (G). The codes go with the
/// points so that the assessment sheet can say why; a committee's own table replaces this one when the assessment
/// module comes.
/// </summary>
public static class ActivityPoints
{
    public static (decimal? Points, string? Basis) For(Activity a, Participation p, bool isStanding)
    {
        switch (p.State)
        {
            case CheckedIn or WalkIn:
                var (points, code) = Attended(a, p, isStanding);
                var basis = $"{code} +{points:0.#}";
                if (p.State == WalkIn) { points /= 2; basis = $"{code} +{points:0.#}（未报名签到，减半）"; }
                if (a.Type == Plenary && p.Speech != SpeechKind.None)
                {
                    var speech = p.Speech == SpeechKind.Oral ? 6m : 3m;
                    points += speech;
                    basis += $"；E1 {Web.Labels.Of(p.Speech)} +{speech:0}";
                }
                return (points, basis);
            case LeaveApproved when a.Attendance == AttendanceMode.Mandatory:
                return (-1, "G1 应到会议请假 −1");
            case Absent when a.Attendance == AttendanceMode.Mandatory:
                if (a.Type == Plenary) return (-10, "G3 全体会议缺席 −10");
                if (a.Type == StandingCommittee && isStanding) return (-5, "G4 常委会议缺席 −5");
                return (-2, "G2 应到会议缺席 −2");
            case Absent:
                return (-1, "G5 报名未到 −1");
            default:
                return (null, null);
        }
    }

    static (decimal Points, string Code) Attended(Activity a, Participation p, bool isStanding) => a.Type switch
    {
        Plenary => (3m * HalfDays(a), $"A1 全体会议 {HalfDays(a)} 个半天"),
        StandingCommittee => isStanding ? (3m, "A2 常委会议") : (2m, "A3 列席常委会议"),
        StandingDeliberation or ChairConsultation => (3m, "A4 受邀参加专题议政、协商"),
        Lecture when p.Role == ParticipantRole.Speaker => (5m, "B7 委员讲堂主讲"),
        Lecture or Training => (1m, "A6 培训、讲堂"),
        Research or Inspection or DemocraticSupervision or Appraisal or CounterpartConsultation => (2m, "B1 调研视察监督评议协商"),
        RoomConsultation => p.Role == ParticipantRole.Convener ? (3m, "B2 议事室协商召集") : (2m, "B2 议事室协商"),
        HallStudio => p.Role == ParticipantRole.Convener ? (3m, "B3 一厅一室活动组织") : (2m, "B3 一厅一室活动"),
        ServiceEvent or ProjectFacilitation => (2m, "B6 服务活动"),
        CampaignEvent => (0m, "B5 委员在行动按季度计"),
        _ => (1m, "A5 会议"),
    };

    /// <summary>Half-days of a plenary: one or two on a single day, two for each day of a longer one.</summary>
    public static int HalfDays(Activity a)
    {
        var start = Web.Shanghai.ToLocal(a.StartsAt);
        var end = Web.Shanghai.ToLocal(a.EndsAt);
        var days = end.Date.Subtract(start.Date).Days + 1;
        if (days > 1) return days * 2;
        return (end - start).TotalHours <= 4.5 ? 1 : 2;
    }
}
