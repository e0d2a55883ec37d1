using Xieshang.Grassroots;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Web;

namespace Xieshang.Demo;

/// <summary>
/// A consultation room in each of the 259 villages and 13 towns, with conveners; and a year (2023) of 码上议 issues
/// across the villages with every outcome — among them the property-management topics of the new rural communities,
/// each linked to its consultation session from the meetings demo.
/// </summary>
static class GrassrootsDemo
{
    static readonly string[] Secretaries = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

    static readonly (string Title, string Text)[] Topics =
    [
        ("村道路灯不亮", "村东头主路的路灯坏了两个多月，晚上老人孩子出行不便，请尽快维修。"),
        ("垃圾清运不及时", "小区垃圾桶经常满了没人清运，夏天气味很大，建议增加清运次数。"),
        ("农田灌溉渠堵塞", "南片农田的灌溉渠被淤泥堵住，影响插秧，希望组织清淤。"),
        ("健身器材损坏", "广场上的健身器材有几件坏了，存在安全隐患，请维修或更换。"),
        ("停车位紧张", "新建小区停车位不够，车辆乱停堵塞消防通道，建议规划停车区域。"),
        ("养老服务站开放时间", "村养老服务站只有上午开放，希望下午也能开放。"),
    ];

    public static void Seed(XieshangDb db, Guid committeeId, IReadOnlyList<Township> towns, IReadOnlyList<Village> villages,
        IReadOnlyList<Membership> seats, IReadOnlyList<Meetings.Activity> activities)
    {
        var rooms = new List<ConsultationRoom>();
        foreach (var v in villages)
        {
            var convener = seats.FirstOrDefault(s => s.DutyGroupId == v.DutyGroupId);
            rooms.Add(new ConsultationRoom
            {
                CommitteeId = committeeId, Name = $"{v.Name}协商议事室", Level = RoomLevel.Village, TownshipId = v.TownshipId, VillageId = v.Id,
                DutyGroupId = v.DutyGroupId, Code = PublicCodes.New(Rooms.CodeLength), ExecConvenerId = convener?.Id,
                FirstConvener = $"{Secretaries[rooms.Count % Secretaries.Length]}书记（{(v.Kind == VillageKind.Village ? "村" : "社区")}党组织书记）",
                Address = $"{v.Name}党群服务中心",
            });
        }
        foreach (var t in towns)
            rooms.Add(new ConsultationRoom
            {
                CommitteeId = committeeId, Name = $"{t.Name}协商议事室", Level = RoomLevel.Town, TownshipId = t.Id, Code = PublicCodes.New(Rooms.CodeLength),
                FirstConvener = "镇（街道）党（工）委副书记", Address = $"{t.Name}便民服务中心",
            });
        db.AddRange(rooms);

        // One issue a village through 2023, cycling through the outcomes.
        IssueState[] outcomes = [IssueState.Closed, IssueState.Closed, IssueState.Published, IssueState.Implementing, IssueState.Transferred, IssueState.Answered, IssueState.Rejected, IssueState.Closed];
        var villageRooms = rooms.Where(r => r.Level == RoomLevel.Village).ToList();
        for (var i = 0; i < villageRooms.Count; i++)
        {
            var (title, text) = Topics[i % Topics.Length];
            var state = outcomes[i % outcomes.Length];
            var submitted = Shanghai.ToUtc(new DateTime(2023, 1 + i % 12, 1 + i % 27, 9 + i % 9, 0, 0));
            var issue = new CitizenIssue
            {
                CommitteeId = committeeId, RoomId = villageRooms[i].Id, TrackingCode = PublicCodes.New(PublicIssues.TrackingLength), Title = title, Text = text,
                Anonymous = i % 3 == 0, ContactName = i % 3 == 0 ? null : "村民", SubmittedAt = submitted, SenderHash = "demo", State = state,
            };
            switch (state)
            {
                case IssueState.Rejected: issue.RejectReason = "属于个人纠纷，请通过人民调解解决。"; break;
                case IssueState.Transferred: (issue.TransferredTo, issue.PublicResult) = ("12345 热线", "已转 12345 热线办理。"); break;
                case IssueState.Answered: issue.PublicResult = "经了解，相关工作已列入年度计划，预计下季度完成。"; break;
                case IssueState.Implementing:
                    (issue.ResponsibleParty, issue.MeasuresDue, issue.PublicResult) = ("村民委员会", new DateOnly(2024, 3, 31), "经协商，由村委会牵头落实。"); break;
                default:
                    issue.PublicResult = "经议事室协商，问题已解决。";
                    if (state == IssueState.Closed) (issue.Rating, issue.RatedAt, issue.ClosedAt) = (i % 5 == 0 ? Rating.Basic : Rating.Satisfied, submitted.AddDays(20), submitted.AddDays(20));
                    break;
            }
            db.Add(issue);
        }

        // The property-management topics of the new rural communities, each consulted in its session.
        // Village names repeat across towns: each session takes a room of a new rural community not yet taken.
        var rural = villages.Where(v => v.Kind == VillageKind.NewRuralCommunity).Select(v => v.Id).ToHashSet();
        var taken = new HashSet<Guid>();
        foreach (var session in activities.Where(a => a.Tags == "物业管理"))
        {
            var room = rooms.FirstOrDefault(r => session.Place.StartsWith(r.Name) && r.VillageId is { } v && rural.Contains(v) && taken.Add(r.Id));
            if (room == null) continue;
            session.RoomId = room.Id;
            db.Add(new CitizenIssue
            {
                CommitteeId = committeeId, RoomId = room.Id, TrackingCode = PublicCodes.New(PublicIssues.TrackingLength),
                Title = "新型农村社区物业管理问题", Text = "小区没有物业，卫生、绿化和公共设施无人管理，希望协商解决物业服务问题。",
                SubmittedAt = session.StartsAt.AddDays(-20), SenderHash = "demo", State = IssueState.Closed, ActivityId = session.Id,
                ResponsibleParty = "社区居委会", PublicResult = "经协商，引入物业服务并成立业主议事小组，费用标准经居民讨论确定。",
                Rating = Rating.Satisfied, RatedAt = session.EndsAt.AddDays(30), ClosedAt = session.EndsAt.AddDays(30),
            });
        }
    }
}
