using Xieshang.Instructions;
using Xieshang.Opinions;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Demo;

/// <summary>
/// 社情民意 in 2023, after the report: 124 items reflected by members; 100 carried in the district's 《社情民意》; 85 sent
/// to the city committee, which carried 52; 30 of those it sent on to the province, which adopted 28 and forwarded them
/// to the national committee — among them 《加大中长期贷款投放支持制造业发展仍存在六方面问题亟待关注》 and 《勿让汉字注音符号失传》.
/// 《家庭过期药品回收处理问题应予关注》 was instructed by the city government's principal leader; 《当前民营企业存在的主要债务
/// 问题及政策建议》 was printed in the State Council's 《经济要参》. Every level is its own committee's record, as the app makes them.
/// </summary>
static class OpinionsDemo
{
    static readonly string[] Named =
    [
        "加大中长期贷款投放支持制造业发展仍存在六方面问题亟待关注", "勿让汉字注音符号失传", "家庭过期药品回收处理问题应予关注", "当前民营企业存在的主要债务问题及政策建议",
    ];

    static readonly (string Topic, OpinionCategory Category)[] Topics =
    [
        ("农村养老服务供给不足", OpinionCategory.Society), ("中小学课后服务质量", OpinionCategory.Society), ("乡村道路养护资金", OpinionCategory.Economy),
        ("电动自行车充电安全", OpinionCategory.Society), ("高标准农田后续管护", OpinionCategory.Economy), ("运河文化遗产保护利用", OpinionCategory.Culture),
        ("城区停车难", OpinionCategory.Society), ("农村生活垃圾分类", OpinionCategory.Ecology), ("小微企业融资担保", OpinionCategory.Economy),
        ("基层医生队伍稳定", OpinionCategory.Society), ("新就业形态劳动者权益保障", OpinionCategory.Society), ("电信网络诈骗防范宣传", OpinionCategory.Politics),
    ];

    public static void Seed(XieshangDb db, Committee district, Committee city, Committee province, Committee national,
        IReadOnlyList<(Guid Seat, string Name, Guid? User)> members, Guid staffUser)
    {
        var at = (int month, int day) => new DateTime(2023, month, day, 2, 0, 0, DateTimeKind.Utc);
        var withLogin = members.Where(m => m.User != null).ToList();
        var bulletins = new Dictionary<Guid, int>(); // the next issue number per committee
        var issueOf = new Dictionary<Guid, int>();

        OpinionBulletin Bulletin(Committee c, string title, OpinionAdoption kind, DateTime when)
        {
            var issue = bulletins[c.Id] = bulletins.GetValueOrDefault(c.Id) + 1;
            var b = new OpinionBulletin { CommitteeId = c.Id, Year = 2023, IssueNo = issue, Title = title, Kind = kind, PublishedAt = when, PublishedBy = "信息科", Recipients = "主要领导\n分管领导" };
            db.Add(b);
            issueOf[b.Id] = issue;
            return b;
        }

        void Publish(Committee c, IReadOnlyList<OpinionItem> items, OpinionAdoption kind, DateTime when)
        {
            var b = Bulletin(c, kind == OpinionAdoption.Single ? items[0].EditedTitle! : $"{items[0].EditedTitle}等{items.Count}条信息综述", kind, when);
            foreach (var i in items) (i.State, i.BulletinId, i.Adoption, i.SignedBy, i.SignedAt) = (OpinionState.Published, b.Id, kind, "秘书长", when.AddDays(-1));
        }

        // The district's own items.
        var district2023 = new List<OpinionItem>();
        for (var n = 0; n < 124; n++)
        {
            var (topic, category) = Topics[n % Topics.Length];
            var title = n < Named.Length ? Named[n] : $"关于{topic}问题的建议（{n + 1}）";
            var writer = withLogin[n % withLogin.Count];
            var submitted = at(1 + n % 11, 1 + n % 27);
            var body = n < Named.Length
                ? $"{title}。据调研，相关问题在我区及周边地区较为突出，群众和企业反映集中。分析原因，主要是政策衔接不够、责任主体不明、保障措施不足。建议：一是加强顶层设计，明确牵头部门；二是完善配套政策；三是加强督促落实。"
                : $"近期调研发现，{topic}问题在部分镇街较为突出，群众反映较多。主要原因是投入不足、机制不全、责任不清。建议：一是加大投入；二是健全长效机制；三是明确部门责任，定期督查。";
            var state = n < 100 ? OpinionState.Published : n < 108 ? OpinionState.Retained : n < 112 ? OpinionState.Returned : n < 116 ? OpinionState.Editing
                : n < 120 ? OpinionState.Edited : n < 122 ? OpinionState.Signed : OpinionState.Submitted;
            var item = new OpinionItem
            {
                CommitteeId = district.Id, Year = 2023, SerialNo = n + 1, Title = title, Body = body, Category = category, Source = OpinionSource.Member,
                OwnerUserId = writer.User!.Value, CreatedAt = submitted.AddDays(-1), SubmittedAt = submitted, State = state,
                ScreenNote = state == OpinionState.Retained ? "内容与已编发信息相近，留存备用。" : state == OpinionState.Returned ? "请补充具体数据和典型事例。" : null,
            };
            if (state is OpinionState.Edited or OpinionState.Signed or OpinionState.Published)
                (item.EditedTitle, item.EditedBody) = (title, body.Replace("较为突出", "比较突出").Replace("建议：", "为此建议："));
            db.Add(item);
            district2023.Add(item);
            db.Add(new OpinionReporter { CommitteeId = district.Id, ItemId = item.Id, MembershipId = writer.Seat, Name = writer.Name, Order = 0 });
            if (n % 7 == 3)
            {
                var co = members[(n + 5) % members.Count];
                if (co.Seat != writer.Seat) db.Add(new OpinionReporter { CommitteeId = district.Id, ItemId = item.Id, MembershipId = co.Seat, Name = co.Name, Order = 1 });
            }
            if (n % 11 == 5) db.Add(new OpinionReporter { CommitteeId = district.Id, ItemId = item.Id, Name = "王社区", Order = 2 });
        }
        // Proposals not filed that their proposers agreed to pass on (转社情民意) are items too, screened and retained.
        foreach (var p in db.ChangeTracker.Entries<Proposals.Proposal>().Select(e => e.Entity).Where(p => p.CommitteeId == district.Id && p.ConvertedTo == "OPINION").ToList())
        {
            var text = string.Join("\n", p.Situation, p.Analysis, p.Suggestions);
            var item = new OpinionItem
            {
                CommitteeId = district.Id, Year = p.Year, SerialNo = district2023.Count + 1, Title = p.Title,
                Body = text.Length > OpinionItem.MaxBody ? text[..OpinionItem.MaxBody] : text,
                Category = Enum.Parse<OpinionCategory>(p.Category.ToString()), Source = OpinionSource.Member, OwnerUserId = p.OwnerUserId, CreatedAt = p.DecidedAt ?? p.CreatedAt,
                SubmittedAt = p.DecidedAt ?? p.SubmittedAt, State = OpinionState.Retained, ScreenNote = "由提案转来，留存备用。", FromProposalId = p.Id,
            };
            db.Add(item);
            district2023.Add(item);
            if (p.FirstProposerId is { } seat && members.FirstOrDefault(m => m.Seat == seat) is { Name: { } name })
                db.Add(new OpinionReporter { CommitteeId = district.Id, ItemId = item.Id, MembershipId = seat, Name = name, Order = 0 });
        }
        for (var n = 0; n < 80; n++) Publish(district, [district2023[n]], OpinionAdoption.Single, district2023[n].SubmittedAt!.Value.AddDays(10));
        for (var n = 80; n < 100; n += 2) Publish(district, [district2023[n], district2023[n + 1]], OpinionAdoption.Composite, district2023[n + 1].SubmittedAt!.Value.AddDays(10));

        // Up the chain: each level's copy is that committee's own record; the sender's report says what became of it.
        List<(OpinionItem Copy, OpinionReport Report)> SendUp(Committee from, Committee to, IEnumerable<OpinionItem> items, Func<OpinionItem, Guid> origin)
        {
            var sent = new List<(OpinionItem, OpinionReport)>();
            var serial = 0;
            foreach (var i in items)
            {
                var when = (i.BulletinId != null ? i.SignedAt!.Value : i.SubmittedAt!.Value).AddDays(3);
                var copy = new OpinionItem
                {
                    CommitteeId = to.Id, Year = 2023, SerialNo = ++serial, Title = i.EditedTitle ?? i.Title, Body = i.EditedBody ?? i.Body, Category = i.Category,
                    Source = OpinionSource.LowerCommittee, OrgName = from.Name, OwnerUserId = i.OwnerUserId, CreatedAt = when, SubmittedAt = when,
                    State = OpinionState.Submitted, ReceivedFromItemId = i.Id, OriginItemId = origin(i),
                };
                db.Add(copy);
                db.Add(new OpinionReporter { CommitteeId = to.Id, ItemId = copy.Id, Name = from.Name, Order = 0 });
                var report = new OpinionReport
                {
                    CommitteeId = from.Id, ItemId = i.Id, OriginItemId = origin(i), OriginCommitteeId = district.Id, Level = to.Level, ReceiverName = to.Name,
                    ReceiverCommitteeId = to.Id, ReceiverItemId = copy.Id, SentAt = when, SentBy = "信息科",
                };
                db.Add(report);
                sent.Add((copy, report));
            }
            return sent;
        }

        void Decide(Committee c, List<(OpinionItem Copy, OpinionReport Report)> sent, int single, int composite, int retained)
        {
            for (var n = 0; n < sent.Count; n++)
            {
                var (copy, report) = sent[n];
                (copy.EditedTitle, copy.EditedBody) = (copy.Title, copy.Body);
                if (n < single) Publish(c, [copy], OpinionAdoption.Single, copy.SubmittedAt!.Value.AddDays(15));
                else if (n < single + composite && n % 2 == single % 2 && n + 1 < single + composite)
                    Publish(c, [copy, sent[n + 1].Copy], OpinionAdoption.Composite, copy.SubmittedAt!.Value.AddDays(15));
                else if (n >= single + composite && n < single + composite + retained) (copy.State, copy.ScreenNote) = (OpinionState.Retained, "暂不采用，留存。");
            }
            foreach (var (copy, report) in sent)
            {
                var b = copy.BulletinId;
                report.Result = copy.State == OpinionState.Retained ? ReportResult.NotAdopted
                    : copy.Adoption == OpinionAdoption.Single ? ReportResult.Single : copy.Adoption == OpinionAdoption.Composite ? ReportResult.Composite : ReportResult.Pending;
                if (report.Result is ReportResult.Single or ReportResult.Composite)
                    (report.ResultAt, report.BulletinNo) = (copy.SignedAt!.Value.AddDays(1), $"{c.Name}《社情民意》2023年第 {issueOf[b!.Value]} 期");
                else if (report.Result == ReportResult.NotAdopted) report.ResultAt = copy.SubmittedAt!.Value.AddDays(10);
            }
        }

        // The four the report names go all the way up; 81 more go to the city.
        var toCity = SendUp(district, city, district2023.Take(85), i => i.Id);
        Decide(city, toCity, single: 40, composite: 12, retained: 8);
        var toProvince = SendUp(city, province, toCity.Take(30).Select(x => x.Copy), i => i.OriginItemId!.Value);
        Decide(province, toProvince, single: 28, composite: 0, retained: 2);
        SendUp(province, national, toProvince.Take(28).Select(x => x.Copy), i => i.OriginItemId!.Value);

        var medicines = district2023[2];
        db.Add(new LeaderInstruction
        {
            CommitteeId = district.Id, TargetType = OpinionInstructionTarget.Name, TargetId = medicines.Id, TargetTitle = medicines.Title, Level = CommitteeLevel.City,
            LeaderName = "市政府主要领导", LeaderTitle = "市长", InstructedOn = new DateOnly(2023, 8, 15),
            Text = "请市卫健委会同市市场监管局研究建立家庭过期药品回收处理长效机制。", Department = "市卫健委", FeedbackDue = new DateOnly(2023, 9, 14),
            Feedback = "已在全市 120 家药店设立过期药品回收点，并纳入“无废城市”建设统筹推进。", FeedbackAt = at(9, 10), CreatedAt = at(8, 16), CreatedBy = "信息科",
            State = InstructionState.Closed,
        });
        db.Add(new OpinionPublication
        {
            CommitteeId = district.Id, ItemId = district2023[3].Id, Name = "《经济要参》", Issue = "2023 年第 36 期", PublishedOn = new DateOnly(2023, 9, 10), CreatedAt = at(9, 12),
        });
    }
}
