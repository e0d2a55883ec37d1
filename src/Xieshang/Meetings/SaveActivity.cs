using Microsoft.EntityFrameworkCore;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Web;

namespace Xieshang.Meetings;

/// <summary>
/// What a notice says. Times are text so that the API and the form share one reading: with an offset as given,
/// without one as Beijing time. Type and attendance are codes (LECTURE, MANDATORY).
/// </summary>
public sealed record ActivityInput(
    string? Type, string? Title, string? StartsAt, string? EndsAt, string? Place,
    string? Description = null, string? Attendance = null, string? SignUpUntil = null,
    string? CheckInFrom = null, string? CheckInUntil = null, Guid? OrganizerCommitteeId = null, string? Organizer = null,
    Guid? CampaignId = null, string? Tags = null, int? Version = null);

/// <summary>Creates an activity as a draft, or changes one that has not started (the list hears of a change of time or place).</summary>
public sealed class SaveActivity(XieshangDb db, RequestContext ctx, Notifier notifier, CommitteeChanges changes)
{
    /// <summary>Check-in opens this long before the start unless the notice says otherwise.</summary>
    public static readonly TimeSpan CheckInLead = TimeSpan.FromMinutes(30);

    public async Task<Result<Guid>> HandleAsync(Guid? id, ActivityInput input, CancellationToken ct = default)
    {
        if (Codes.Parse<ActivityType>(input.Type) is not { } type)
            return new Invalid($"类型：请选择活动类型（如 LECTURE 委员讲堂、RESEARCH 调研），收到的是“{input.Type}”。");
        var title = input.Title?.Trim() ?? "";
        var place = input.Place?.Trim() ?? "";
        if (title.Length is 0 or > 200) return new Invalid("名称：请填写（不超过 200 字）。");
        if (place.Length is 0 or > 200) return new Invalid("地点：请填写（不超过 200 字）。");
        if (Shanghai.ParseMoment(input.StartsAt) is not { } starts) return new Invalid("开始时间：请填写，如 2026-12-01 09:00。");
        if (Shanghai.ParseMoment(input.EndsAt) is not { } ends) return new Invalid("结束时间：请填写，如 2026-12-01 11:30。");
        if (ends <= starts) return new Invalid("结束时间须晚于开始时间。");
        if (ends - starts > TimeSpan.FromDays(31)) return new Invalid("一项活动不超过 31 天；更长的请分次安排。");
        var attendance = input.Attendance is { Length: > 0 } a ? Codes.Parse<AttendanceMode>(a) : DefaultMode(type);
        if (attendance == null) return new Invalid("参加方式：应为 MANDATORY（应到）、INVITED（邀请）或 SIGN_UP（自愿报名）。");
        var from = input.CheckInFrom is { Length: > 0 } f ? Shanghai.ParseMoment(f) : starts - CheckInLead;
        var until = input.CheckInUntil is { Length: > 0 } u ? Shanghai.ParseMoment(u) : ends;
        if (from == null || until == null) return new Invalid("签到时间：请按 2026-12-01 08:30 的格式填写。");
        if (until <= from) return new Invalid("签到截止须晚于签到开始。");
        if (from > ends || until < starts) return new Invalid("签到时间须与活动时间相接（可提前开始签到）。");
        DateTime? signUpUntil = null;
        if (input.SignUpUntil is { Length: > 0 } s)
        {
            signUpUntil = Shanghai.ParseMoment(s);
            if (signUpUntil == null || signUpUntil > starts) return new Invalid("报名截止：请填写开始时间之前的时刻。");
        }
        var description = input.Description?.Trim() ?? "";
        if (description.Length > 4000) return new Invalid("内容：不超过 4,000 字；更长的请作为附件上传。");
        var organizer = input.Organizer?.Trim() is { Length: > 0 } o ? o : "政协办公室";
        if (organizer.Length > 100) return new Invalid("主办：不超过 100 字。");
        var tags = string.Join("、", (input.Tags ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (tags.Length > 200) return new Invalid("标签：不超过 200 字。");
        if (input.OrganizerCommitteeId is { } sc)
        {
            var name = await db.Set<Organization.SpecialCommittee>().Where(c => c.Id == sc).Select(c => c.Name).SingleOrDefaultAsync(ct);
            if (name == null) return new Invalid("主办专委会不存在，或不属于本政协。");
            if (input.Organizer is not { Length: > 0 }) organizer = name;
        }
        if (input.CampaignId is { } campaign && !await db.Set<Campaign>().AnyAsync(c => c.Id == campaign, ct))
            return new Invalid("所选的“委员在行动”不存在，或不属于本政协。");

        Activity activity;
        string? notice = null;
        if (id is { } existing)
        {
            var found = await db.Set<Activity>().SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (found == null) return new NotFound("活动不存在，或不属于本政协。");
            if (input.Version is { } v && v != found.Version) return new Conflict("该活动已被他人修改，请刷新后再改。");
            if (found.State is not (ActivityState.Draft or ActivityState.PendingApproval or ActivityState.Published))
                return new Conflict($"活动“{ActivityFlow.Flow.LabelOf(found.State)}”，不能再修改通知内容。");
            if (found.State == ActivityState.Published && (found.StartsAt != starts || found.EndsAt != ends || found.Place != place))
                notice = $"时间或地点有变：{Shanghai.Format(starts)} 至 {Shanghai.Format(ends)}，{place}。";
            activity = found;
        }
        else
        {
            db.Add(activity = new Activity { Title = title, Place = place, CreatedBy = ctx.UserId });
        }
        activity.Type = type;
        activity.Title = title;
        activity.Place = place;
        activity.Description = description;
        activity.StartsAt = starts;
        activity.EndsAt = ends;
        activity.CheckInFrom = from.Value;
        activity.CheckInUntil = until.Value;
        activity.Attendance = attendance.Value;
        activity.SignUpUntil = signUpUntil;
        activity.OrganizerCommitteeId = input.OrganizerCommitteeId;
        activity.Organizer = organizer;
        activity.CampaignId = input.CampaignId;
        activity.Tags = tags;
        db.Audit(id == null ? "activity.create" : "activity.change", id == null ? "新建活动" : "修改活动", activity,
            id == null ? $"{Web.Labels.Of(type)}：{title}" : null);
        if (notice != null)
        {
            var users = await ActivityActions.ListedUsers(db, activity.Id).ToListAsync(ct);
            await notifier.NotifyAsync(users, $"活动变更：{title}", notice, $"/me/activities/{activity.Id}", ct);
        }
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(MeetingsModule.Changes, activity.CommitteeId);
        return activity.Id;
    }

    /// <summary>Meetings of the standing bodies are mandatory; lectures and service events are open to sign-up.</summary>
    public static AttendanceMode DefaultMode(ActivityType type) => type switch
    {
        ActivityType.Plenary or ActivityType.StandingCommittee or ActivityType.StandingDeliberation or ActivityType.ChairsCouncil
            or ActivityType.CommitteeMeeting or ActivityType.PartyBranch or ActivityType.OfficeMeeting or ActivityType.Training => AttendanceMode.Mandatory,
        ActivityType.Lecture or ActivityType.ServiceEvent or ActivityType.CampaignEvent or ActivityType.HallStudio => AttendanceMode.SignUp,
        _ => AttendanceMode.Invited,
    };
}
