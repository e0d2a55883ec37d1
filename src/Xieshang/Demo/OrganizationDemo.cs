using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Demo;

/// <summary>
/// The Huaiyin structure with the report's figures: 25 sectors in 16 duty sectors, 16 halls, 24 studios, 13 work groups
/// over 13 towns and streets, 60 duty groups over 259 villages and communities (43 new rural communities), 6 special
/// committees, 13 party branches, 24 institutions. Village names are invented; town names are the district's.
/// </summary>
static class OrganizationDemo
{
    static readonly (string DutySector, string[] Sectors)[] SectorGroups =
    [
        ("中共界", ["中共"]), ("民主党派一界", ["民革", "民盟"]), ("民主党派二界", ["民建", "民进"]),
        ("民主党派三界", ["农工党", "致公党", "九三学社"]), ("无党派人士界", ["无党派人士"]), ("群团一界", ["共青团", "妇联"]),
        ("群团二界", ["工会", "侨联"]), ("工商联界", ["工商联"]), ("科技界", ["科协", "科学技术"]),
        ("文化艺术界", ["文化艺术", "新闻出版"]), ("经济界", ["经济"]), ("农业界", ["农业"]), ("教育界", ["教育"]),
        ("体育界", ["体育"]), ("医药卫生界", ["医药卫生"]), ("社会福利和宗教界", ["社会福利和社会保障", "宗教"]),
    ];

    static readonly (string Name, TownshipKind Kind)[] Townships =
    [
        ("王家营街道", TownshipKind.Subdistrict), ("新渡口街道", TownshipKind.Subdistrict), ("长江东路街道", TownshipKind.Subdistrict),
        ("淮高镇", TownshipKind.Town), ("渔沟镇", TownshipKind.Town), ("吴城镇", TownshipKind.Town), ("南陈集镇", TownshipKind.Town),
        ("码头镇", TownshipKind.Town), ("丁集镇", TownshipKind.Town), ("徐溜镇", TownshipKind.Town), ("刘老庄镇", TownshipKind.Town),
        ("三树镇", TownshipKind.Town), ("赵集镇", TownshipKind.Town),
    ];

    static readonly string[] VillageRoots =
    [
        "张庄", "李圩", "王集", "高桥", "河东", "新河", "杨庄", "陈集", "刘圩", "周集", "吴庄", "徐湾", "孙集", "朱圩", "胡庄",
        "郭桥", "何湾", "马庄", "罗集", "梁圩", "宋庄", "郑集", "谢圩", "韩庄", "唐集", "冯圩", "于庄", "董集", "程庄", "曹集",
    ];

    static readonly string[] SpecialCommittees = ["提案委员会", "经济委员会", "农业农村委员会", "社会和法制委员会", "文化文史和学习委员会", "教科卫体委员会"];

    static readonly string[] Numbers = ["一", "二", "三", "四", "五"];

    static readonly (string Title, int Month, string By, string Governs)[] Institutions =
    [
        ("政协淮阴区委员会常务委员会工作规则", 2, "区政协常委会", ""), ("主席会议工作规则", 2, "区政协常委会", ""),
        ("秘书长办公会议工作规则", 2, "主席会议", ""), ("提案工作条例", 3, "区政协常委会", "proposal"),
        ("提案审查立案办法", 3, "主席会议", "proposal"), ("重点提案遴选与督办办法", 3, "主席会议", "proposal"),
        ("提案办理协商办法", 3, "主席会议", "proposal"), ("社情民意信息工作办法", 3, "主席会议", "opinion"),
        ("社情民意信息员管理办法", 4, "主席会议", "opinion"), ("年度协商计划制定和实施办法", 2, "区政协党组", "topic"),
        ("专题协商会议工作规程", 4, "主席会议", "topic"), ("对口协商工作办法", 4, "主席会议", "topic"),
        ("民主监督工作办法", 5, "主席会议", ""), ("委员履职考核办法", 3, "区政协常委会", "assessment"),
        ("常委履职述职办法", 5, "主席会议", "assessment"), ("委员会议活动请假制度", 3, "主席会议", "activity"),
        ("委员工作组和履职小组工作办法", 4, "主席会议", ""), ("界别议事厅工作规则", 5, "主席会议", ""),
        ("委员联系界别群众工作室工作办法", 5, "主席会议", ""), ("村居协商议事室工作规程", 6, "主席会议", "citizen-issue"),
        ("“码上议”平台运行管理办法", 6, "主席会议", "citizen-issue"), ("委员履职临时党支部工作办法", 4, "区政协党组", ""),
        ("文史资料征集工作办法", 7, "主席会议", ""), ("机关工作人员学习培训制度", 8, "秘书长办公会议", ""),
    ];

    public static void Seed(XieshangDb db, Committee huaiyin, Committee qingjiangpu,
        IReadOnlyList<Platform.Auth.User> memberAccounts, Platform.Auth.User chair)
    {
        var (sectors, dutyGroups) = SeedStructure(db, huaiyin.Id, SectorGroups, Townships, villagesPerTownship: i => i < 12 ? 20 : 19,
            dutyGroupsPerTownship: i => i < 8 ? 5 : 4, newRural: i => i < 4 ? 4 : 3, studiosPerHall: i => i < 8 ? 2 : 1);
        var specialCommittees = new List<SpecialCommittee>();
        for (var i = 0; i < SpecialCommittees.Length; i++)
        {
            var sc = new SpecialCommittee { CommitteeId = huaiyin.Id, Name = SpecialCommittees[i], SortOrder = i };
            specialCommittees.Add(sc);
            db.Add(sc);
            db.Add(new PartyBranch { CommitteeId = huaiyin.Id, Name = $"{sc.Name}委员履职临时党支部", HostKind = BranchHost.SpecialCommittee, HostId = sc.Id });
        }
        MemberDemo.Seed(db, huaiyin, sectors, dutyGroups, specialCommittees, memberAccounts, chair);
        for (var i = 0; i < Institutions.Length; i++)
        {
            var (title, month, by, governs) = Institutions[i];
            db.Add(new Institution { CommitteeId = huaiyin.Id, Title = $"《{title}》", AdoptedOn = new DateOnly(2023, month, 10 + i % 15), AdoptedBy = by, Governs = governs });
        }

        // Qingjiangpu: a little structure of its own, to show that nothing crosses between committees.
        SeedStructure(db, qingjiangpu.Id, [("清江浦经济界", ["经济"]), ("清江浦教育界", ["教育", "科学技术"])],
            [("清江浦测试街道", TownshipKind.Subdistrict), ("清江浦测试镇", TownshipKind.Town)],
            villagesPerTownship: _ => 4, dutyGroupsPerTownship: _ => 2, newRural: _ => 1, studiosPerHall: _ => 1);
        db.Add(new SpecialCommittee { CommitteeId = qingjiangpu.Id, Name = "提案委员会" });
    }

    static (List<Sector> Sectors, List<DutyGroup> DutyGroups) SeedStructure(XieshangDb db, Guid committeeId, (string DutySector, string[] Sectors)[] sectorGroups,
        (string Name, TownshipKind Kind)[] townships, Func<int, int> villagesPerTownship, Func<int, int> dutyGroupsPerTownship,
        Func<int, int> newRural, Func<int, int> studiosPerHall)
    {
        var order = 0;
        var allSectors = new List<Sector>();
        var allDutyGroups = new List<DutyGroup>();
        for (var i = 0; i < sectorGroups.Length; i++)
        {
            var (dutyName, sectors) = sectorGroups[i];
            var duty = new DutySector { CommitteeId = committeeId, Name = dutyName, SortOrder = i };
            db.Add(duty);
            foreach (var name in sectors)
            {
                var sector = new Sector { CommitteeId = committeeId, Name = name, DutySectorId = duty.Id, SortOrder = order++ };
                allSectors.Add(sector);
                db.Add(sector);
            }
            var hall = new Hall { CommitteeId = committeeId, Name = $"{dutyName}议事厅", DutySectorId = duty.Id };
            db.Add(hall);
            for (var k = 0; k < studiosPerHall(i); k++)
                db.Add(new Studio { CommitteeId = committeeId, Name = $"{dutyName.TrimEnd('界')}委员工作室（{Numbers[k]}）", HallId = hall.Id });
        }

        var workGroups = new List<WorkGroup>();
        for (var t = 0; t < townships.Length; t++)
        {
            var (townName, kind) = townships[t];
            var town = new Township { CommitteeId = committeeId, Name = townName, Kind = kind, SortOrder = t };
            var work = new WorkGroup { CommitteeId = committeeId, Name = $"{townName}委员工作组", TownshipId = town.Id };
            db.AddRange(town, work);
            workGroups.Add(work);
            var groups = Enumerable.Range(0, dutyGroupsPerTownship(t))
                .Select(n => new DutyGroup { CommitteeId = committeeId, Name = $"{townName}第{Numbers[n]}履职小组", WorkGroupId = work.Id })
                .ToList();
            db.AddRange(groups);
            allDutyGroups.AddRange(groups);
            for (var v = 0; v < villagesPerTownship(t); v++)
            {
                var isNewRural = v < newRural(t);
                var root = VillageRoots[(t * 7 + v) % VillageRoots.Length];
                var (suffix, villageKind) = isNewRural ? ("新社区", VillageKind.NewRuralCommunity)
                    : kind == TownshipKind.Subdistrict ? ("社区", VillageKind.Community) : ("村", VillageKind.Village);
                db.Add(new Village
                {
                    CommitteeId = committeeId, Name = root + suffix, Kind = villageKind, TownshipId = town.Id,
                    DutyGroupId = groups[v % groups.Count].Id, // each village in exactly one duty group
                });
            }
        }

        // Temporary party branches hosted by work groups, up to seven: with the six hosted by special committees the
        // district has thirteen.
        foreach (var work in workGroups.Take(7))
            db.Add(new PartyBranch { CommitteeId = committeeId, Name = $"{work.Name.Replace("委员工作组", "")}委员履职临时党支部", HostKind = BranchHost.WorkGroup, HostId = work.Id });
        return (allSectors, allDutyGroups);
    }
}

/// <summary>
/// About 250 members of 淮阴区政协 with invented names; the first twenty are the demo accounts member01…member20, and the
/// chair is the `leader` account. Sectors, duty groups and special committees are spread evenly over the roster.
/// </summary>
static class MemberDemo
{
    const int Count = 250;
    static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程"];
    static readonly string[] Given =
    [
        "建国", "秀兰", "志明", "海燕", "国强", "丽华", "文斌", "晓梅", "永刚", "春兰", "立新", "红霞", "德明", "玉芳", "建军", "淑珍",
        "俊杰", "爱华", "晓东", "静怡", "宏伟", "美玲", "振华", "桂英", "学文", "雪梅", "国庆", "凤英", "明辉", "丽娟", "建平", "雅琴",
        "卫东", "秀梅", "志刚", "慧敏", "长春", "玉兰", "海涛", "佳怡", "新民", "翠萍", "光明", "婷婷", "家乐", "文静", "子涵",
    ];
    static readonly string[] Employers = ["区人民医院", "淮阴中学", "区农业农村局", "区工商联", "某食品有限公司", "某律师事务所", "区文化馆", "某物流有限公司", "区科协", "某农业合作社"];

    static string PartyOf(string sector, int i) => sector switch
    {
        "中共" => "中共党员",
        "民革" => "民革党员", "民盟" => "民盟盟员", "民建" => "民建会员", "民进" => "民进会员",
        "农工党" => "农工党党员", "致公党" => "致公党党员", "九三学社" => "九三学社社员", "无党派人士" => "无党派人士",
        _ => i % 3 == 0 ? "中共党员" : "群众",
    };

    public static void Seed(XieshangDb db, Committee huaiyin, IReadOnlyList<Sector> sectors, IReadOnlyList<DutyGroup> dutyGroups,
        IReadOnlyList<SpecialCommittee> specialCommittees, IReadOnlyList<Platform.Auth.User> memberAccounts, Platform.Auth.User chair)
    {
        var directors = new HashSet<Guid>();
        var seats = new List<Membership>();
        for (var i = 0; i < Count; i++)
        {
            var isChair = i == Count - 1;
            var account = i < memberAccounts.Count ? memberAccounts[i] : isChair ? chair : null;
            var sector = sectors[i % sectors.Count];
            var person = new Person
            {
                CommitteeId = huaiyin.Id,
                Name = account?.DisplayName is { Length: > 0 } n && !isChair ? n : isChair ? "区政协主席" : Surnames[i % Surnames.Length] + Given[i % Given.Length],
                Gender = i % 3 == 1 ? Gender.Female : Gender.Male,
                BirthYear = 1960 + i % 30,
                Party = isChair ? "中共党员" : PartyOf(sector.Name, i),
                Mobile = account?.PhoneNumber ?? $"137{i:00000000}",
                Employer = Employers[i % Employers.Length],
                UserId = account?.Id,
            };
            var membership = new Membership
            {
                CommitteeId = huaiyin.Id, PersonId = person.Id, Term = "第十届", MemberNo = $"HY{i + 1:0000}",
                // The four seats before the chair's are the vice-chairs, who lead the plan's topics.
                Role = isChair ? MemberRole.Chair : i >= Count - 5 ? MemberRole.ViceChair : MemberRole.Member, IsStanding = isChair || i % 6 == 0,
                SectorId = sector.Id, DutyGroupId = dutyGroups[i % dutyGroups.Count].Id, Status = MembershipStatus.Active,
            };
            db.AddRange(person, membership);
            seats.Add(membership);
            if (i % 3 == 0)
            {
                var sc = specialCommittees[i / 3 % specialCommittees.Count];
                db.Add(new SpecialCommitteeSeat { CommitteeId = huaiyin.Id, MembershipId = membership.Id, SpecialCommitteeId = sc.Id, IsDirector = directors.Add(sc.Id) });
            }
        }
        SeedTeams(db, huaiyin.Id, seats);
        SeedUnits(db, huaiyin.Id);
    }

    /// <summary>The report's two new teams and the expert advisory committee; the teams take in some non-members.</summary>
    static void SeedTeams(XieshangDb db, Guid committeeId, IReadOnlyList<Membership> seats)
    {
        (string Name, TeamKind Kind, string Description, int From, int Count, (string, string)[] Outsiders)[] teams =
        [
            ("社情民意信息员队伍", TeamKind.InfoOfficers, "反映社情民意信息的骨干队伍，2023 年新组建。", 1, 12, [("许文静", "王营街道办事处"), ("陈立新", "区融媒体中心")]),
            ("文史工作队伍", TeamKind.CulturalHistory, "征集、整理淮阴地方文史资料，2023 年新组建。", 40, 6, [("朱启明", "区档案馆"), ("刘淑芬", "淮阴师范学院")]),
            ("专家咨询委员会", TeamKind.ExpertCommittee, "为协商议政、调研视察提供专业咨询。", 80, 8, [("王建国", "淮阴工学院")]),
        ];
        foreach (var (name, kind, description, from, count, outsiders) in teams)
        {
            var team = new Team { CommitteeId = committeeId, Name = name, Kind = kind, Description = description };
            db.Add(team);
            for (var i = 0; i < count; i++)
                db.Add(new TeamMember { CommitteeId = committeeId, TeamId = team.Id, MembershipId = seats[from + i * 3].Id, Role = i == 0 ? "组长" : "成员" });
            foreach (var (outsider, employer) in outsiders)
                db.Add(new TeamMember { CommitteeId = committeeId, TeamId = team.Id, OutsiderName = outsider, OutsiderEmployer = employer });
        }
    }

    /// <summary>The district's Party and government bodies; the departments are the handling units of proposals.</summary>
    static void SeedUnits(XieshangDb db, Guid committeeId)
    {
        GovOrg Org(string name, GovOrgKind kind, GovOrg? parent, bool handling, int order)
        {
            var org = new GovOrg { CommitteeId = committeeId, Name = name, Kind = kind, Level = GovLevel.District, ParentId = parent?.Id, IsHandlingUnit = handling, SortOrder = order };
            db.Add(org);
            return org;
        }
        void Leader(GovOrg org, string name, string title, int order) =>
            db.Add(new GovLeader { CommitteeId = committeeId, GovOrgId = org.Id, Name = name, Title = title, SortOrder = order });

        var party = Org("中共淮安市淮阴区委员会", GovOrgKind.PartyCommittee, null, false, 0);
        Leader(party, "孙振华", "区委书记", 0);
        Leader(party, "周明远", "区委副书记", 1);
        var congress = Org("淮阴区人民代表大会常务委员会", GovOrgKind.PeoplesCongress, null, false, 1);
        Leader(congress, "钱志强", "区人大常委会主任", 0);
        var government = Org("淮阴区人民政府", GovOrgKind.Government, null, false, 2);
        Leader(government, "李建平", "区长", 0);
        Leader(government, "吴晓红", "副区长", 1);
        Leader(government, "郑国栋", "副区长", 2);
        string[] departments = ["区民政局", "区国资委", "区营商办", "区教育局", "区农业农村局", "区卫生健康委员会", "区住房和城乡建设局", "区交通运输局",
            "区财政局", "区发展和改革委员会", "区人力资源和社会保障局", "区生态环境局", "区文化广电和旅游局", "区市场监督管理局"];
        string[] heads = ["韩立", "冯雪梅", "陈卫东", "褚玉兰", "卫国强", "蒋丽华", "沈建军", "韩晓燕", "杨志刚", "朱文斌", "秦海燕", "尤建华", "许国平", "何秀英"];
        for (var i = 0; i < departments.Length; i++)
        {
            var unit = Org(departments[i], GovOrgKind.Department, government, true, 10 + i);
            Leader(unit, heads[i], departments[i].EndsWith("委员会") || departments[i] == "区国资委" ? "主任" : departments[i] == "区营商办" ? "主任" : "局长", 0);
        }
        Org("淮阴区人民法院", GovOrgKind.Court, null, true, 40);
        Org("淮阴区人民检察院", GovOrgKind.Procuratorate, null, true, 41);
    }
}
