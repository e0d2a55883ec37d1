using Xieshang.Liaison;
using Xieshang.Organization;
using Xieshang.Platform.Data;

namespace Xieshang.Demo;

/// <summary>
/// 一厅一室 in 2023: each hall's and studio's work content, contact objects of the three classes linked to the members of
/// the duty sector, and liaison records through the year — 走下去 and 请上来, offline and online — with a few in the
/// current year so that the default view is not empty.
/// </summary>
static class LiaisonDemo
{
    /// <summary>Each duty sector's own field (the report: 依据界别特色不同，聚焦专门领域).</summary>
    static readonly Dictionary<string, (string Field, string[] Topics, string[] Organizations)> Fields = new()
    {
        ["中共界"] = ("基层党建与社会治理", ["基层党建引领乡村治理", "网格化服务管理"], ["区委组织部", "王营镇党委", "城东街道"]),
        ["民主党派一界"] = ("法治建设与文化教育", ["法律服务进社区", "非遗传承与保护"], ["区司法局", "淮阴中学", "区文化馆"]),
        ["民主党派二界"] = ("民营经济与营商环境", ["中小企业融资难题", "项目帮办服务"], ["区营商办", "淮阴农商行", "万邦香料"]),
        ["民主党派三界"] = ("医疗卫生与科技创新", ["基层医疗服务能力", "科技成果转化"], ["区人民医院", "区科技局", "淮阴工学院"]),
        ["无党派人士界"] = ("城市建设与生态环境", ["老旧小区改造", "农村人居环境整治"], ["区住建局", "区生态环境局", "渔沟镇"]),
        ["群团一界"] = ("青年发展与妇女儿童权益", ["青年返乡创业", "留守儿童关爱"], ["团区委", "区妇联", "南陈集镇"]),
        ["群团二界"] = ("职工权益与侨务服务", ["新就业形态劳动者权益", "归侨侨眷服务"], ["区总工会", "区侨联", "快递物流园"]),
        ["工商联界"] = ("民营企业发展", ["民营企业债务问题", "企业用工难"], ["区工商联", "淮阴商会", "电商产业园"]),
        ["科技界"] = ("科技创新与人才", ["企业研发投入", "科技特派员服务"], ["区科协", "淮阴工学院", "高新区"]),
        ["文化艺术界"] = ("文化惠民与宣传", ["文化下乡", "全域旅游宣传"], ["区文旅局", "区融媒体中心", "码头镇"]),
        ["经济界"] = ("产业发展与国资改革", ["国有企业转型发展", "物流产业发展"], ["区国资委", "区发改委", "区物流集团"]),
        ["农业界"] = ("乡村振兴与农业生产", ["稻麦生产技术指导", "农产品电商销售", "生产资料统购咨询"], ["区农业农村局", "徐溜镇", "淮阴黑猪养殖合作社"]),
        ["教育界"] = ("教育综合改革", ["县中高质量发展", "课后服务"], ["区教育局", "淮阴中学", "王营中学"]),
        ["体育界"] = ("全民健身", ["农村健身设施", "青少年体育"], ["区体育局", "区体育中心", "刘老庄镇"]),
        ["医药卫生界"] = ("医疗服务与健康", ["家庭过期药品回收", "家庭医生签约服务"], ["区卫健委", "区中医院", "吴集镇卫生院"]),
        ["社会福利和宗教界"] = ("养老服务与宗教和顺", ["居家社区养老", "宗教场所安全"], ["区民政局", "区民宗局", "区社会福利中心"]),
    };

    static readonly string[] Surnames = ["钱", "孙", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨", "朱", "秦"];
    static readonly string[] Given = ["志刚", "玉兰", "海波", "桂英", "建平", "红梅", "永生", "凤英", "卫东", "素珍", "国华", "春燕"];

    static readonly (ContactClass Class, string Title)[] Roles =
    [
        (ContactClass.SectorMember, "界别成员"), (ContactClass.SectorMember, "党员代表"), (ContactClass.SectorMember, "会员"),
        (ContactClass.PublicRep, "村民代表"), (ContactClass.PublicRep, "社区居民代表"), (ContactClass.PublicRep, "企业职工代表"),
        (ContactClass.Professional, "高级工程师"), (ContactClass.Professional, "执业律师"), (ContactClass.Professional, "主任医师"),
    ];

    static readonly string[] Outcomes =
    [
        "听取意见 {0} 条，形成社情民意信息 1 篇。",
        "现场解答政策问题，协调有关部门跟进办理。",
        "梳理问题清单，列入本季度界别协商议题。",
        "形成提案线索 1 条，报提案委。",
        "群众反映的问题已转相关部门，正在办理。",
    ];

    public static void Seed(XieshangDb db, Guid committeeId, IReadOnlyList<DutySector> duties, IReadOnlyList<Sector> sectors,
        IReadOnlyList<Hall> halls, IReadOnlyList<Studio> studios, IReadOnlyList<Membership> seats, DateOnly today)
    {
        var n = 0;
        foreach (var duty in duties)
        {
            var hall = halls.Single(h => h.DutySectorId == duty.Id);
            var mine = studios.Where(s => s.HallId == hall.Id).OrderBy(s => s.Name).ToList();
            var sectorIds = sectors.Where(s => s.DutySectorId == duty.Id).Select(s => s.Id).ToHashSet();
            var members = seats.Where(m => sectorIds.Contains(m.SectorId)).ToList();
            if (members.Count == 0) continue;
            var (field, topics, orgs) = Fields.GetValueOrDefault(duty.Name, ("本界别专门领域", ["界别群众关心的问题"], ["区有关部门"]));
            hall.Address = $"区政协机关 {duty.SortOrder + 201} 室（{duty.Name}议事厅）";

            foreach (var year in new[] { 2023, today.Year }.Distinct())
            {
                db.Add(new WorkContent
                {
                    CommitteeId = committeeId, HallId = hall.Id, Year = year, LeadId = members[0].Id,
                    Content = $"一、加强政治引领，组织界别委员和界别群众学习党的二十大精神，凝聚思想共识。\n" +
                              $"二、聚焦{field}，围绕{string.Join("、", topics)}开展协商议事和建言资政。\n" +
                              "三、每季度至少开展一次“请上来”座谈和一次“走下去”走访，常态化利用智慧政协平台线上联系界别群众。",
                });
                foreach (var (studio, k) in mine.Select((s, k) => (s, k)))
                    db.Add(new WorkContent
                    {
                        CommitteeId = committeeId, HallId = hall.Id, StudioId = studio.Id, Year = year, LeadId = members[Math.Min(k + 1, members.Count - 1)].Id,
                        Content = $"围绕“{topics[k % topics.Length]}”，每月联系界别群众不少于 2 次，收集意见建议并分类转办，年底形成工作报告。",
                    });
            }

            // Nine contact objects a hall (three of each class), each contacted by one or two of the sector's members.
            var contacts = new List<ContactObject>();
            for (var c = 0; c < Roles.Length; c++, n++)
            {
                var (cls, title) = Roles[c];
                var studio = mine.Count > 0 && c % 3 == 2 ? mine[c / 3 % mine.Count] : null;
                var contact = new ContactObject
                {
                    CommitteeId = committeeId, Name = Surnames[n % Surnames.Length] + Given[(n * 5 + n / Surnames.Length) % Given.Length], Class = cls, Title = title,
                    Organization = orgs[c % orgs.Length], Phone = $"138{n:00000000}", HallId = hall.Id, StudioId = studio?.Id,
                };
                contacts.Add(contact);
                db.Add(contact);
                foreach (var member in new[] { members[c % members.Count], members[(c + 1) % members.Count] }.Distinct())
                    db.Add(new ContactLink { CommitteeId = committeeId, ContactObjectId = contact.Id, MembershipId = member.Id });
            }

            // Two contacts a month through 2023, alternating 走下去, 请上来 and online; then two in the last weeks.
            var dates = Enumerable.Range(0, 24).Select(i => new DateOnly(2023, i / 2 + 1, 5 + i % 2 * 12 + duty.SortOrder % 5))
                .Concat([today.AddDays(-20 - duty.SortOrder), today.AddDays(-5 - duty.SortOrder % 3)]);
            foreach (var (date, i) in dates.Select((d, i) => (d, i)))
            {
                var member = members[i % members.Count];
                var mode = (LiaisonMode)(i % 3);
                var reached = mode == LiaisonMode.InviteIn ? contacts.Where((_, k) => k % 2 == i % 2).ToList() : [contacts[i % contacts.Count]];
                var studio = mine.Count > 0 && i % 4 == 3 ? mine[i / 4 % mine.Count] : null;
                var topic = topics[i % topics.Length];
                var record = new LiaisonRecord
                {
                    CommitteeId = committeeId, MembershipId = member.Id, HallId = hall.Id, StudioId = studio?.Id, Date = date, Mode = mode,
                    Topic = mode switch
                    {
                        LiaisonMode.InviteIn => $"{hall.Name}座谈：{topic}",
                        LiaisonMode.OfflineVisit => $"走访{orgs[i % orgs.Length]}：{topic}",
                        _ => $"线上征求意见：{topic}",
                    },
                    Outcome = string.Format(Outcomes[i % Outcomes.Length], 3 + i % 5),
                    RecordedAt = date.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
                };
                db.Add(record);
                foreach (var contact in reached)
                    db.Add(new LiaisonRecordContact { CommitteeId = committeeId, LiaisonRecordId = record.Id, ContactObjectId = contact.Id });
            }
        }
    }
}
