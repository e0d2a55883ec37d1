using Xieshang.Meetings;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Web;

namespace Xieshang.Demo;

/// <summary>
/// The report's year of meetings (2023), settled, with plausible attendance: the plenary, standing and deliberative
/// meetings, monthly chairs' councils and weekly office meetings, the five lectures, the new members' training, the
/// council's two inspections, the high-school appraisal, two democratic supervisions, the Q1 counterpart consultation,
/// the 26 room consultations on property management in new rural communities, service events and the four campaigns.
/// And a few activities around today, so that a member's phone and the venue screen have something to show.
/// </summary>
static class MeetingsDemo
{
    static readonly string[] LeaveReasons = ["因公出差", "参加市里会议", "身体不适", "单位有紧急任务", "家中有事"];

    sealed class Builder(XieshangDb db, Guid committeeId, IReadOnlyList<Membership> seats)
    {
        int serial;

        public Campaign Campaign(int year, int quarter, string description)
        {
            var c = new Campaign { CommitteeId = committeeId, Year = year, Quarter = quarter, Theme = Meetings.Campaign.DefaultTheme(quarter), Description = description };
            db.Add(c);
            return c;
        }

        public Activity Add(ActivityType type, string title, DateTime localStart, double hours, string place, IEnumerable<Membership> people,
            ActivityState state = ActivityState.Closed, AttendanceMode? mode = null, Campaign? campaign = null, string tags = "",
            Guid? organizerCommittee = null, string organizer = "政协办公室", string? minutes = null, ParticipantRole role = ParticipantRole.Attendee,
            int days = 1)
        {
            var starts = Shanghai.ToUtc(localStart);
            var ends = days > 1 ? Shanghai.ToUtc(localStart.Date.AddDays(days - 1).AddHours(17)) : starts.AddHours(hours);
            var a = new Activity
            {
                CommitteeId = committeeId, Type = type, Title = title, Place = place, StartsAt = starts, EndsAt = ends,
                CheckInFrom = starts - SaveActivity.CheckInLead, CheckInUntil = ends, Attendance = mode ?? SaveActivity.DefaultMode(type),
                CampaignId = campaign?.Id, Tags = tags, OrganizerCommitteeId = organizerCommittee, Organizer = organizer, State = state,
                SettledAt = state == ActivityState.Closed ? ends.AddDays(2) : null,
            };
            db.Add(a);
            var standing = seats.Where(s => s.IsStanding).Select(s => s.Id).ToHashSet();
            foreach (var seat in people.DistinctBy(p => p.Id))
            {
                var n = serial++;
                var p = new Participation { CommitteeId = committeeId, ActivityId = a.Id, MembershipId = seat.Id, Role = role, State = ParticipationState.SignedUp };
                if (state is ActivityState.Ended or ActivityState.Closed)
                {
                    // About nine in ten come; of the rest most asked leave in time.
                    (p.State, p.LeaveRequests) = (n % 13) switch
                    {
                        0 => (ParticipationState.LeaveApproved, 1),
                        5 when a.Attendance == AttendanceMode.Mandatory => (ParticipationState.Absent, 0),
                        _ => (ParticipationState.CheckedIn, 0),
                    };
                    if (p.State == ParticipationState.LeaveApproved) p.LeaveReason = LeaveReasons[n % LeaveReasons.Length];
                    if (p.State == ParticipationState.CheckedIn)
                    {
                        p.CheckedInAt = starts.AddMinutes(-(n % 25));
                        p.CheckInMethod = n % 17 == 0 ? CheckInMethod.Desk : CheckInMethod.Qr;
                    }
                    if (state == ActivityState.Closed) (p.Points, p.PointsBasis) = ActivityPoints.For(a, p, standing.Contains(seat.Id));
                }
                else if (a.Attendance == AttendanceMode.Mandatory || n % 3 == 0) p.State = n % 4 == 0 ? ParticipationState.Invited : ParticipationState.SignedUp;
                db.Add(p);
            }
            if (state is ActivityState.Closed)
                db.Add(new ActivityDocument
                {
                    CommitteeId = committeeId, ActivityId = a.Id, Kind = type is ActivityType.Plenary or ActivityType.StandingCommittee or ActivityType.ChairsCouncil
                        or ActivityType.OfficeMeeting or ActivityType.StandingDeliberation or ActivityType.CommitteeMeeting ? DocumentKind.Minutes : DocumentKind.Brief,
                    Title = $"{title}{(type is ActivityType.Plenary or ActivityType.StandingCommittee or ActivityType.ChairsCouncil or ActivityType.OfficeMeeting ? "纪要" : "简报")}",
                    Text = minutes ?? $"{Shanghai.Prose(DateOnly.FromDateTime(localStart))}，{title}在{place}举行。", CreatedAt = ends.AddDays(1),
                });
            return a;
        }
    }

    public static void Seed(XieshangDb db, Guid committeeId, IReadOnlyList<Membership> seats, IReadOnlyList<Organization.SpecialCommittee> committees,
        IReadOnlyList<SpecialCommitteeSeat> committeeSeats, IReadOnlyList<Village> villages, IReadOnlyList<DutyGroup> dutyGroups, DateTime todayLocal)
    {
        var b = new Builder(db, committeeId, seats);
        IEnumerable<Membership> Take(int from, int count) => Enumerable.Range(0, count).Select(i => seats[(from + i * 7) % seats.Count]);
        IEnumerable<Membership> Of(string committee) =>
            committeeSeats.Where(s => s.SpecialCommitteeId == committees.First(c => c.Name == committee).Id).Select(s => seats.First(m => m.Id == s.MembershipId));
        Guid Committee(string name) => committees.First(c => c.Name == name).Id;
        var chair = seats.Where(s => s.Role == MemberRole.Chair).ToList();
        var standing = seats.Where(s => s.IsStanding).ToList();
        var council = chair.Concat(standing.Take(6)).ToList();

        var q1 = b.Campaign(2023, 1, "围绕乡村振兴，开展对口协商、调研视察和“三走进一联系”。");
        var q2 = b.Campaign(2023, 2, "围绕优化营商环境，开展专题民主监督和项目帮办。");
        var q3 = b.Campaign(2023, 3, "民生议事月：村（社区）协商议事室聚焦新型农村社区物业管理，开展协商 26 场。");
        var q4 = b.Campaign(2023, 4, "提案月：征集提案线索 106 条，上报市政协提案委 11 条、协商选题 3 个，形成集体提案 7 件。");

        b.Add(ActivityType.Plenary, "政协第十届淮阴区委员会第二次会议", new DateTime(2023, 1, 8, 9, 0, 0), 0, "淮阴区会议中心", seats, days: 3,
            minutes: "会议听取和审议常委会工作报告、提案工作情况报告，审议通过政治决议。");
        string[] standingTopics = ["第五次常委会议", "第六次常委会议", "第七次常委会议", "第八次常委会议"];
        for (var i = 0; i < standingTopics.Length; i++)
            b.Add(ActivityType.StandingCommittee, $"政协淮阴区第十届委员会{standingTopics[i]}", new DateTime(2023, 3 + i * 3, 20, 9, 0, 0), 3, "区政协常委会议室", standing);
        b.Add(ActivityType.StandingDeliberation, "专题议政性常委会议：推进国有企业转型发展", new DateTime(2023, 6, 28, 9, 0, 0), 3, "区政协常委会议室", standing);
        b.Add(ActivityType.StandingDeliberation, "专题议政性常委会议：养老产业体系建设", new DateTime(2023, 10, 26, 9, 0, 0), 3, "区政协常委会议室", standing);
        b.Add(ActivityType.ChairConsultation, "主席专题协商：加快省级全域旅游示范区建设", new DateTime(2023, 8, 17, 14, 30, 0), 2.5, "区政协会议室", council.Concat(Take(30, 8)));
        for (var month = 1; month <= 12; month++)
            b.Add(ActivityType.ChairsCouncil, $"{month}月主席会议（月推进）", new DateTime(2023, month, month == 1 ? 16 : 5, 9, 0, 0), 2, "区政协主席会议室", council);
        for (var week = new DateTime(2023, 1, 2, 8, 30, 0); week.Year == 2023; week = week.AddDays(7))
            if (week.Month != 1 || week.Day > 8) // no office meeting in the plenary's week
                b.Add(ActivityType.OfficeMeeting, $"机关办公会议（周调度）{week:M月d日}", week, 1, "区政协机关会议室", []);

        string[] lectures = ["学习解读 2023 年中央一号文件", "发展全过程人民民主", "芯片产业发展趋势", "医疗保障政策解读", "数字人民币的应用与前景"];
        int[] lectureMonths = [3, 4, 6, 8, 10];
        for (var i = 0; i < lectures.Length; i++)
            b.Add(ActivityType.Lecture, $"委员讲堂：{lectures[i]}", new DateTime(2023, lectureMonths[i], 18, 14, 30, 0), 2, "区政协委员之家",
                Take(i * 11, 40), mode: AttendanceMode.SignUp);
        b.Add(ActivityType.Training, "新任政协委员履职能力培训班", new DateTime(2023, 4, 10, 9, 0, 0), 0, "周恩来红色教育基地（淮安）", Take(3, 60), days: 3);
        b.Add(ActivityType.Inspection, "主席会议视察：打击治理电信网络诈骗犯罪工作", new DateTime(2023, 5, 16, 9, 0, 0), 3, "区公安分局及相关镇街",
            council.Concat(Of("社会和法制委员会")), organizerCommittee: Committee("社会和法制委员会"), organizer: "主席会议");
        b.Add(ActivityType.Inspection, "主席会议视察：教育综合改革", new DateTime(2023, 9, 19, 9, 0, 0), 3, "区教育局及部分学校",
            council.Concat(Of("教科卫体委员会")), organizerCommittee: Committee("教科卫体委员会"), organizer: "主席会议");
        b.Add(ActivityType.Appraisal, "委员评议：县域普通高中高质量发展", new DateTime(2023, 11, 14, 9, 0, 0), 3, "淮阴中学、南陈集中学",
            Of("教科卫体委员会").Concat(Take(50, 10)), organizerCommittee: Committee("教科卫体委员会"));
        b.Add(ActivityType.DemocraticSupervision, "专题民主监督：规范农村固废处理 推动“无废城市”建设", new DateTime(2023, 7, 12, 9, 0, 0), 4, "渔沟镇、吴城镇",
            Of("农业农村委员会").Concat(Take(70, 10)), organizerCommittee: Committee("农业农村委员会"), campaign: q3);
        b.Add(ActivityType.DemocraticSupervision, "专题民主监督：优化营商环境（各民主党派、工商联和经济界）", new DateTime(2023, 5, 23, 9, 0, 0), 4, "区政务服务中心",
            seats.Where((s, i) => i % 25 is 1 or 2 or 3 or 4 or 7 or 10).Take(24), organizerCommittee: Committee("经济委员会"), campaign: q2);
        b.Add(ActivityType.CounterpartConsultation, "对口协商：推进稻麦产业化发展", new DateTime(2023, 3, 28, 9, 0, 0), 3, "区农业农村局",
            Of("农业农村委员会").Concat(seats.Where((s, i) => i % 25 == 18).Take(6)), organizerCommittee: Committee("农业农村委员会"), campaign: q1,
            minutes: "农业界委员围绕稻麦贸易、蔬菜种植、水产养殖、农村电商四个方面提出建议。");

        // The 26 consultations on property management, in new rural communities, with the members of each one's duty group.
        var rural = villages.Where(v => v.Kind == VillageKind.NewRuralCommunity).Take(26).ToList();
        for (var i = 0; i < rural.Count; i++)
        {
            var group = seats.Where(s => s.DutyGroupId == rural[i].DutyGroupId).Take(4).ToList();
            if (group.Count == 0) group = Take(i, 3).ToList();
            b.Add(ActivityType.RoomConsultation, $"{rural[i].Name}协商议事：新型农村社区物业管理", new DateTime(2023, 7 + i % 3, 3 + i, 15, 0, 0), 2,
                $"{rural[i].Name}协商议事室", group, campaign: q3, tags: "物业管理");
        }
        b.Add(ActivityType.ServiceEvent, "“三走进一联系”：委员走进企业", new DateTime(2023, 3, 15, 9, 0, 0), 4, "淮阴经济开发区", Take(20, 15), campaign: q1, tags: "三走进一联系");
        b.Add(ActivityType.ServiceEvent, "“五送”下乡：送医送教送科技", new DateTime(2023, 2, 25, 9, 0, 0), 4, "刘老庄镇", Take(90, 18), campaign: q1, tags: "五送下乡");
        b.Add(ActivityType.ProjectFacilitation, "项目帮办：万邦香料食品添加剂项目审批", new DateTime(2023, 6, 6, 9, 0, 0), 3, "区营商办", Take(60, 5), campaign: q2);
        b.Add(ActivityType.CampaignEvent, "提案月：委员提案线索征集座谈会", new DateTime(2023, 10, 24, 14, 30, 0), 2, "区政协会议室", Take(5, 30), campaign: q4);
        b.Add(ActivityType.CampaignEvent, "提案月：集体提案集中撰写会", new DateTime(2023, 11, 22, 9, 0, 0), 3, "区政协会议室", Of("提案委员会"), campaign: q4,
            organizerCommittee: Committee("提案委员会"));
        b.Add(ActivityType.CommitteeMeeting, "提案委员会全体会议", new DateTime(2023, 2, 14, 9, 0, 0), 2, "区政协会议室", Of("提案委员会"), organizerCommittee: Committee("提案委员会"));
        b.Add(ActivityType.PartyBranch, "委员履职临时党支部主题党日", new DateTime(2023, 7, 1, 9, 0, 0), 2, "淮阴区党员教育中心",
            seats.Where((s, i) => i % 3 == 0).Take(25));
        b.Add(ActivityType.HallStudio, "农业界议事厅：稻麦贸易与农村电商座谈", new DateTime(2023, 4, 20, 14, 30, 0), 2, "农业界议事厅",
            seats.Where((s, i) => i % 25 == 18), campaign: q1);

        // Around today: this year's campaigns and a few activities a member will find on their phone.
        var year = todayLocal.Year;
        for (var quarter = 1; quarter <= 4; quarter++) b.Campaign(year, quarter, "");
        var members = seats.Take(20).ToList(); // the demo accounts member01…member20
        // In office hours the meeting runs 09:00–17:00; outside them it runs around now, so that its check-in is open.
        var meetingStart = todayLocal.Hour is >= 9 and < 16 ? todayLocal.Date.AddHours(9) : todayLocal.Date.AddHours(todayLocal.Hour - 1);
        b.Add(ActivityType.CommitteeMeeting, "经济委员会季度例会", meetingStart, 8, "区政协三楼会议室", members.Concat(Of("经济委员会")),
            state: ActivityState.InProgress, organizerCommittee: Committee("经济委员会"));
        b.Add(ActivityType.StandingCommittee, "政协淮阴区第十届委员会常委会议", todayLocal.Date.AddDays(8).AddHours(9), 3, "区政协常委会议室", standing,
            state: ActivityState.Published);
        b.Add(ActivityType.Lecture, "委员讲堂：数字经济与实体经济融合", todayLocal.Date.AddDays(12).AddHours(14.5), 2, "区政协委员之家", members.Take(6),
            state: ActivityState.Published, mode: AttendanceMode.SignUp);
        b.Add(ActivityType.Research, "调研：物流产业发展", todayLocal.Date.AddDays(5).AddHours(9), 4, "淮阴物流园", members.Skip(6).Take(8),
            state: ActivityState.Published, organizerCommittee: Committee("经济委员会"));
    }
}
