using Microsoft.EntityFrameworkCore;
using Xieshang.Meetings;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Grassroots;

/// <summary>
/// A step of the room's staff on an issue, with what the step needs: the answer, where it was transferred, why it was
/// refused, the agreed measures with the responsible party and date, the result. <c>Note</c> is the public text.
/// </summary>
public sealed record IssueActionRequest(string? Note = null, int? Version = null, string? Target = null, string? DueOn = null, string? StartsAt = null);

public sealed class IssueActions(XieshangDb db, WorkflowEngine engine, TimeProvider clock, Platform.CommitteeChanges changes)
{
    public async Task<Result<CitizenIssue>> HandleAsync(Guid id, string action, IssueActionRequest? request, CancellationToken ct = default)
    {
        var issue = await db.Set<CitizenIssue>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (issue == null) return new NotFound("该提议不存在，或不属于本政协。");
        if (request?.Version is { } v && v != issue.Version) return new Conflict("该提议已被他人办理，请刷新后再操作。");
        var note = request?.Note?.Trim();
        var target = request?.Target?.Trim();
        if (note?.Length > 2000) return new Invalid("说明：不超过 2,000 字。");
        switch (action)
        {
            case "reject":
                if (string.IsNullOrEmpty(note) || note.Length > 200) return new Invalid("不予受理：请写明理由（不超过 200 字），理由会向群众公开。");
                issue.RejectReason = note;
                break;
            case "answer" or "resolve" or "record_consultation":
                if (string.IsNullOrEmpty(note)) return new Invalid(action switch
                {
                    "answer" => "答复：请填写答复内容，内容会向群众公开。",
                    "resolve" => "办结：请填写办理结果，结果会向群众公开。",
                    _ => "协商结果：请填写协商达成的意见。",
                });
                if (action is "answer" or "resolve") issue.PublicResult = note;
                break;
            case "transfer":
                if (string.IsNullOrEmpty(target) || target.Length > 100) return new Invalid("转办：请填写转往的单位，如“12345 热线”或“区住建局”。");
                issue.TransferredTo = target;
                issue.PublicResult = note is { Length: > 0 } ? note : $"已转 {target} 办理。";
                break;
            case "escalate":
                if (Platform.Codes.Parse<EscalationTarget>(target) is not { } to)
                    return new Invalid("上报：请选择去向（镇街议事室、提案线索、社情民意信息或协商计划选题）。");
                if (string.IsNullOrEmpty(note)) return new Invalid("上报：请写明上报理由。");
                if (await EscalateAsync(issue, to, note, ct) is { } problem) return problem;
                break;
            case "schedule":
                if (Web.Shanghai.ParseMoment(request?.StartsAt) is not { } starts) return new Invalid("安排协商：请填写协商时间，如 2026-12-05 15:00。");
                issue.ActivityId = await ScheduleAsync(issue, starts, ct);
                break;
            case "agree_measures":
                if (string.IsNullOrEmpty(target) || target.Length > 100) return new Invalid("办理措施：请填写责任单位。");
                if (!DateOnly.TryParse(request?.DueOn, out var due)) return new Invalid("办理措施：请填写完成时限，如 2026-12-31。");
                if (string.IsNullOrEmpty(note)) return new Invalid("办理措施：请写明商定的措施，措施会向群众公开。");
                (issue.ResponsibleParty, issue.MeasuresDue, issue.PublicResult) = (target, due, note);
                break;
        }
        var applied = await engine.ApplyAsync(IssueFlow.Flow, issue, action, note, ct);
        if (!applied.Ok) return applied.Error!;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(PublicIssues.Changes, issue.CommitteeId);
        return issue;
    }

    /// <summary>
    /// Up to the town's room — a new issue there, received at once and linked back — or to another module through a
    /// referral it picks up (proposal clues, public-opinion items and the plan have no module yet).
    /// </summary>
    async Task<Error?> EscalateAsync(CitizenIssue issue, EscalationTarget target, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (target == EscalationTarget.TownRoom)
        {
            var room = await db.Set<ConsultationRoom>().SingleAsync(r => r.Id == issue.RoomId, ct);
            if (room.Level == RoomLevel.Town) return new Conflict("已是镇（街道）议事室，请选择其他去向。");
            var town = await db.Set<ConsultationRoom>().SingleOrDefaultAsync(r => r.Level == RoomLevel.Town && r.TownshipId == room.TownshipId, ct);
            if (town == null) return new Conflict("该镇（街道）还没有议事室，请先在议事室页面开设。");
            var up = new CitizenIssue
            {
                RoomId = town.Id, TrackingCode = PublicCodes.New(PublicIssues.TrackingLength), Title = issue.Title, Text = $"{issue.Text}\n\n（由{room.Name}上报：{reason}）",
                Location = issue.Location, ContactName = issue.ContactName, Phone = issue.Phone, Anonymous = issue.Anonymous, SubmittedAt = issue.SubmittedAt,
                SenderHash = issue.SenderHash, State = IssueState.Received, EscalatedFromId = issue.Id,
            };
            db.Add(up);
            db.Audit("citizen-issue.escalated-in", "上报至镇街议事室", up, $"由{room.Name}上报，原查询码 {issue.TrackingCode}");
            issue.PublicResult = $"已上报{town.Name}，由镇（街道）协商办理。";
        }
        else
        {
            var referral = new Referral { IssueId = issue.Id, Target = target, Title = issue.Title, Text = issue.Text, Reason = reason, CreatedAt = now };
            db.Add(referral);
            db.Audit("grassroots.referral", "转入" + Web.Labels.Of(target), referral, reason);
            issue.PublicResult = $"已转为{Web.Labels.Of(target)}，由政协按程序办理。";
        }
        return null;
    }

    /// <summary>
    /// The consultation session, as a room consultation of the meetings module: a draft in the room, with the members of
    /// the room's duty group invited and its executive convener as convener; the office publishes it as any notice.
    /// </summary>
    async Task<Guid> ScheduleAsync(CitizenIssue issue, DateTime starts, CancellationToken ct)
    {
        var room = await db.Set<ConsultationRoom>().SingleAsync(r => r.Id == issue.RoomId, ct);
        var ends = starts.AddHours(2);
        var session = new Activity
        {
            Type = ActivityType.RoomConsultation, Title = $"{room.Name}协商：{issue.Title}", Place = room.Address.Length > 0 ? room.Address : room.Name,
            Description = issue.Text, StartsAt = starts, EndsAt = ends, CheckInFrom = starts - SaveActivity.CheckInLead, CheckInUntil = ends,
            Attendance = AttendanceMode.Invited, RoomId = room.Id, Organizer = room.Name,
        };
        db.Add(session);
        var members = room.DutyGroupId == null ? [] : await db.Set<Membership>()
            .Where(m => m.DutyGroupId == room.DutyGroupId && m.Status == MembershipStatus.Active).Select(m => m.Id).ToListAsync(ct);
        if (room.ExecConvenerId is { } convener && !members.Contains(convener)) members.Add(convener);
        foreach (var seat in members)
            db.Add(new Participation
            {
                ActivityId = session.Id, MembershipId = seat, Role = seat == room.ExecConvenerId ? ParticipantRole.Convener : ParticipantRole.Attendee,
            });
        db.Audit("activity.create", "新建活动", session, $"议事室协商：{issue.Title}（码上议 {issue.TrackingCode}），邀请 {members.Count} 名委员");
        return session.Id;
    }
}
