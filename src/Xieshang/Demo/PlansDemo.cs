using Xieshang.Instructions;
using Xieshang.Organization;
using Xieshang.Plans;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Demo;

/// <summary>
/// The 2023 consultation plan, exactly as the report lists it: two deliberative standing meetings (SOE transformation,
/// the elderly-care industry), four committee research topics, the chair's consultation on all-area tourism, democratic
/// supervision of rural solid waste, two inspections and one appraisal — approved by the district Party committee and
/// carried out. Its results: the elderly-care 建议案, instructed by the district Party secretary to the civil-affairs
/// bureau; the SOE platform research report, affirmed by the city Party secretary, who asked SASAC for a plan; and the
/// speech on home and community elderly care at the city committee's plenary.
/// </summary>
static class PlansDemo
{
    static readonly (string Title, TopicAround Around, TopicFormat Format, string Committee, int Month)[] Topics =
    [
        ("推进国有企业转型发展", TopicAround.Economy, TopicFormat.StandingDeliberation, "经济委员会", 6),
        ("养老产业体系建设", TopicAround.Livelihood, TopicFormat.StandingDeliberation, "社会和法制委员会", 9),
        ("物流产业发展", TopicAround.Economy, TopicFormat.CommitteeResearch, "经济委员会", 10),
        ("破解盐化产业发展困局", TopicAround.Economy, TopicFormat.CommitteeResearch, "经济委员会", 10),
        ("壮大新型农业经营主体", TopicAround.Economy, TopicFormat.CommitteeResearch, "农业农村委员会", 10),
        ("保护与发展“淮阴黑猪”产业", TopicAround.Economy, TopicFormat.CommitteeResearch, "农业农村委员会", 11),
        ("加快省级全域旅游示范区建设", TopicAround.Society, TopicFormat.ChairConsultation, "文化文史和学习委员会", 8),
        ("规范农村固废处理 推动“无废城市”建设", TopicAround.Society, TopicFormat.DemocraticSupervision, "农业农村委员会", 11),
        ("打击治理电信网络诈骗犯罪", TopicAround.Society, TopicFormat.Inspection, "社会和法制委员会", 7),
        ("教育综合改革", TopicAround.Livelihood, TopicFormat.Inspection, "教科卫体委员会", 5),
        ("县中高质量发展", TopicAround.Livelihood, TopicFormat.Appraisal, "教科卫体委员会", 12),
    ];

    /// <param name="leaders">The chair first, then the vice-chairs (the first of them is the demo's vice01).</param>
    /// <param name="now">Local time: this year's work list is laid out around it.</param>
    /// <param name="seats">The roster in member-number order: research groups are drawn from it.</param>
    public static void Seed(XieshangDb db, Guid committeeId, IReadOnlyList<Membership> leaders, IReadOnlyList<SpecialCommittee> committees, IReadOnlyList<Membership> seats,
        DateTime now)
    {
        var plan = new ConsultationPlan
        {
            CommitteeId = committeeId, Year = 2023, Title = "2023年度协商计划", State = PlanState.Issued, ApprovedBy = "中共淮安市淮阴区委常委会",
            ApprovedOn = new DateOnly(2023, 2, 16), DocumentNo = "淮阴政协发〔2023〕3号",
        };
        db.Add(plan);
        var topics = new List<ConsultationTopic>();
        for (var n = 0; n < Topics.Length; n++)
        {
            var (title, around, format, committee, month) = Topics[n];
            var topic = new ConsultationTopic
            {
                CommitteeId = committeeId, PlanId = plan.Id, Title = title, Around = around, Format = format, SortOrder = n + 1,
                // The chair leads the standing meetings; the vice-chairs share the rest.
                LeadLeaderId = format == TopicFormat.StandingDeliberation ? leaders[0].Id : leaders[1 + n % (leaders.Count - 1)].Id,
                LeadCommitteeId = committees.Single(c => c.Name == committee).Id, Deadline = new DateOnly(2023, month, 1).AddMonths(1).AddDays(-1),
                MeetingOn = new DateOnly(2023, month, 20), State = TopicState.Closed,
            };
            db.Add(topic);
            topics.Add(topic);
            db.Add(new WorkItem
            {
                CommitteeId = committeeId, Year = 2023, Title = title, LeadLeaderId = topic.LeadLeaderId, ResponsibleUnit = committee, Deadline = topic.Deadline,
                TopicId = topic.Id, SortOrder = n + 1, State = WorkItemState.Done, Outcome = "已按计划完成协商，成果报送区委、区政府。",
            });
        }
        SeedWorkList(db, committeeId, leaders, now);
        PlanResult Result(ResultKind kind, string title, ConsultationTopic? topic, string body, DateOnly on, string? sentTo, ResultState state)
        {
            var r = new PlanResult
            {
                CommitteeId = committeeId, Year = 2023, Kind = kind, Title = title, TopicId = topic?.Id, Body = body, State = state, SentTo = sentTo, SentOn = on,
                AdoptedOn = kind == ResultKind.Recommendation ? on.AddDays(-2) : null, Author = kind == ResultKind.Recommendation ? null : "淮阴区政协",
            };
            db.Add(r);
            return r;
        }
        LeaderInstruction Instruction(PlanResult r, CommitteeLevel level, string leader, DateOnly on, string text, string department, string feedback) => new()
        {
            CommitteeId = committeeId, TargetType = ResultInstructionTarget.Name, TargetId = r.Id, TargetTitle = r.Title, Level = level, LeaderName = leader,
            LeaderTitle = leader, InstructedOn = on, Text = text, Department = department, FeedbackDue = on.AddDays(Instructions.Instructions.DefaultFeedbackDays),
            Feedback = feedback, FeedbackAt = on.AddDays(25).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), CreatedAt = on.AddDays(1).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
            CreatedBy = "办公室", State = InstructionState.Closed,
        };
        var elderly = Result(ResultKind.Recommendation, "关于养老产业体系建设的建议案", topics[1],
            "养老产业是民生产业，也是朝阳产业。经深入调研，常委会议专题协商，提出如下建议。\n一、健全居家社区机构相协调的养老服务体系，补齐社区居家养老服务短板。\n二、培育养老服务市场主体，落实用地、税费等扶持政策。\n三、加强养老护理人才队伍建设，提高从业人员待遇。",
            new DateOnly(2023, 9, 28), "区委、区政府", ResultState.Sent);
        db.Add(Instruction(elderly, CommitteeLevel.District, "区委书记", new DateOnly(2023, 10, 12),
            "区政协关于养老产业体系建设的建议案很有价值，请区民政局认真研究吸纳，加快补齐居家和社区养老服务短板。", "区民政局",
            "区民政局已制定养老服务体系建设三年行动方案，新建社区居家养老服务中心 6 家。"));
        var soe = Result(ResultKind.ResearchReport, "关于推进国有平台公司实体化转型的调研报告", topics[0],
            "围绕推进国有企业转型发展，区政协组织委员深入区属国有平台公司调研。报告分析了平台公司资产结构、融资方式和经营能力方面的问题，提出推进实体化转型、做强主业、完善法人治理等建议。",
            new DateOnly(2023, 6, 30), "区委、区政府，市政协", ResultState.Sent);
        db.Add(Instruction(soe, CommitteeLevel.City, "市委书记", new DateOnly(2023, 7, 18),
            "淮阴区政协关于国有平台公司实体化转型的调研很有见地，请区国资委研究提出具体方案。", "区国资委",
            "区国资委已形成国有平台公司实体化转型工作方案，报区政府审定。"));
        // The SOE research: its group, its steps and drafts, ending in the report above.
        var research = new ResearchTask
        {
            CommitteeId = committeeId, Year = 2023, Title = "关于推进国有平台公司实体化转型的调研", TopicId = topics[0].Id, DrafterId = seats[30].Id, ResultId = soe.Id,
            Plan = "4 月集体学习国企改革政策，听取区国资委情况通报；5 月走访区属平台公司；6 月赴外地考察并形成报告。", State = ResearchState.Completed,
        };
        db.Add(research);
        foreach (var seat in new[] { seats[30], seats[31], seats[45], seats[60], seats[75], leaders[0] })
            db.Add(new ResearchMember { CommitteeId = committeeId, TaskId = research.Id, MembershipId = seat.Id });
        (ResearchStepKind, DateOnly, string, string?)[] steps =
        [
            (ResearchStepKind.Study, new DateOnly(2023, 4, 12), "集体学习中央和省关于深化国有企业改革的文件精神。", null),
            (ResearchStepKind.Briefing, new DateOnly(2023, 4, 20), "通报区属国有平台公司资产、债务和经营情况。", "区国资委"),
            (ResearchStepKind.LocalVisit, new DateOnly(2023, 5, 16), "走访 5 家区属国有平台公司，召开座谈会 2 场。", null),
            (ResearchStepKind.OutOfAreaVisit, new DateOnly(2023, 6, 7), "赴宿迁、盐城考察国有平台公司市场化转型做法。", null),
        ];
        foreach (var (kind, on, summary, by) in steps)
            db.Add(new ResearchStep { CommitteeId = committeeId, TaskId = research.Id, Kind = kind, On = on, Summary = summary, BriefedBy = by });
        db.Add(new ResearchDraft { CommitteeId = committeeId, TaskId = research.Id, Number = 1, Text = "（初稿）" + soe.Body, EnteredBy = "经济委员会", EnteredAt = new DateTime(2023, 6, 20, 2, 0, 0, DateTimeKind.Utc) });
        db.Add(new ResearchDraft { CommitteeId = committeeId, TaskId = research.Id, Number = 2, Text = soe.Body, EnteredBy = "经济委员会", EnteredAt = new DateTime(2023, 6, 27, 2, 0, 0, DateTimeKind.Utc) });
        var speech = Result(ResultKind.Speech, "推进居家和社区养老服务高质量发展", topics[1],
            "居家和社区养老是绝大多数老年人的选择。建议统筹建设街道综合养老服务中心和社区养老服务站，推广“家庭养老床位”，完善助餐、助浴、助医服务网络。",
            new DateOnly(2023, 1, 10), null, ResultState.Delivered);
        (speech.Venue, speech.VenueLevel, speech.Mode) = ("淮安市政协八届二次会议", CommitteeLevel.City, SpeechMode.Oral);
    }

    /// <summary>2023's other annual tasks with their monthly progress and dispatch notes; and this year's list, one task overdue.</summary>
    static void SeedWorkList(XieshangDb db, Guid committeeId, IReadOnlyList<Membership> leaders, DateTime now)
    {
        WorkItem Task(int year, string title, int leader, string unit, DateOnly deadline, int order, WorkItemState state, string? outcome = null)
        {
            var item = new WorkItem
            {
                CommitteeId = committeeId, Year = year, Title = title, LeadLeaderId = leaders[leader % leaders.Count].Id, ResponsibleUnit = unit, Deadline = deadline,
                SortOrder = order, State = state, Outcome = outcome,
                DueAt = state == WorkItemState.Open ? Platform.Calendar.WorkingCalendar.EndOfDayUtc(deadline) : null,
            };
            db.Add(item);
            return item;
        }
        void Progress(WorkItem item, DateOnly month, string text, DateOnly? reviewed) => db.Add(new WorkProgress
        {
            CommitteeId = committeeId, WorkItemId = item.Id, Month = month, Text = text, EnteredBy = "办公室", ReviewedOn = reviewed,
            EnteredAt = month.AddDays(24).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
        });

        var plenary = Task(2023, "筹备召开区政协十届二次全体会议", 0, "办公室", new DateOnly(2023, 1, 31), 20, WorkItemState.Done, "会议于 1 月 12 日至 14 日召开。");
        Progress(plenary, new DateOnly(2023, 1, 1), "大会议程、发言材料和提案征集已完成，会务保障就绪。", new DateOnly(2023, 1, 30));
        var halls = Task(2023, "推进“一厅一室”建设，建成界别议事厅 16 个、委员工作室 24 个", 1, "办公室", new DateOnly(2023, 6, 30), 21, WorkItemState.Done,
            "建成界别议事厅 16 个、委员工作室 24 个。");
        Progress(halls, new DateOnly(2023, 4, 1), "已建成议事厅 9 个、工作室 15 个，其余正在布置。", new DateOnly(2023, 4, 27));
        Progress(halls, new DateOnly(2023, 5, 1), "议事厅 14 个、工作室 22 个建成，制度上墙。", new DateOnly(2023, 5, 30));
        var campaign = Task(2023, "开展“委员在行动”季度主题活动", 2, "各专委会", new DateOnly(2023, 12, 31), 22, WorkItemState.Done, "四个季度主题活动均已开展。");
        Progress(campaign, new DateOnly(2023, 7, 1), "三季度“民生议事月”活动在 13 个镇街同步开展。", new DateOnly(2023, 7, 28));
        Task(2023, "完成委员年度履职考核", 3, "办公室", new DateOnly(2023, 12, 31), 23, WorkItemState.Done, "250 名委员全部完成考核，结果记入履职档案。");
        Task(2023, "征编出版《淮阴文史》", 4, "文化文史和学习委员会", new DateOnly(2023, 12, 31), 24, WorkItemState.Done, "完成征编，年底出版。");
        db.Add(new DispatchNote { CommitteeId = committeeId, WeekOf = new DateOnly(2023, 4, 17), WorkItemId = halls.Id, Text = "3 个议事厅选址未定，请相关镇街本周内确定。", EnteredBy = "办公室", EnteredAt = new DateTime(2023, 4, 17, 2, 0, 0, DateTimeKind.Utc) });
        db.Add(new DispatchNote { CommitteeId = committeeId, WeekOf = new DateOnly(2023, 9, 4), Text = "本周重点：养老产业建议案定稿，报常委会议审议。", EnteredBy = "办公室", EnteredAt = new DateTime(2023, 9, 4, 2, 0, 0, DateTimeKind.Utc) });

        // This year: one task due this month, one overdue since last month, one due at year end and one done.
        var (year, thisMonth) = (now.Year, new DateOnly(now.Year, now.Month, 1));
        var lastMonth = thisMonth.Month > 1 ? thisMonth.AddMonths(-1) : thisMonth;
        var session = Task(year, "筹备召开下一次全体会议", 0, "办公室", new DateOnly(year, 12, 31), 1, WorkItemState.Open);
        Progress(session, lastMonth, "会议方案初稿已形成，正在征求各专委会意见。", null);
        var proposals = Task(year, "开展“提案月”主题活动", 1, "提案委员会", thisMonth.AddMonths(1).AddDays(-1), 2, WorkItemState.Open);
        Progress(proposals, thisMonth, "已组织 6 场提案线索征集座谈会。", null);
        var history = Task(year, "编印《淮阴文史》新一辑", 2, "文化文史和学习委员会", thisMonth.AddDays(-1) is var d && d.Year == year ? d : new DateOnly(year, 1, 31), 3,
            WorkItemState.Open);
        Progress(history, lastMonth, "稿件已收齐，正在校对；印刷经费待落实。", null);
        Task(year, "完成委员履职档案年度归集", 3, "办公室", new DateOnly(year, 6, 30), 4, WorkItemState.Done, "已完成归集。");
    }
}
