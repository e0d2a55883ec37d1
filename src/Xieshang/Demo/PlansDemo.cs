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
/// carried out. The elderly-care results carry the district Party secretary's instruction to the civil-affairs bureau;
/// the SOE platform research was affirmed by the city Party secretary, who asked SASAC for a plan.
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

    public static void Seed(XieshangDb db, Guid committeeId, IReadOnlyList<Membership> leaders, IReadOnlyList<SpecialCommittee> committees)
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
        }
        LeaderInstruction Instruction(ConsultationTopic t, CommitteeLevel level, string leader, string title, DateOnly on, string text, string department,
            string feedback) => new()
        {
            CommitteeId = committeeId, TargetType = TopicInstructionTarget.Name, TargetId = t.Id, TargetTitle = t.Title, Level = level, LeaderName = leader,
            LeaderTitle = title, InstructedOn = on, Text = text, Department = department, FeedbackDue = on.AddDays(Instructions.Instructions.DefaultFeedbackDays),
            Feedback = feedback, FeedbackAt = on.AddDays(25).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), CreatedAt = on.AddDays(1).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
            CreatedBy = "办公室", State = InstructionState.Closed,
        };
        db.Add(Instruction(topics[1], CommitteeLevel.District, "区委书记", "区委书记", new DateOnly(2023, 10, 12),
            "区政协关于养老产业体系建设的建议案很有价值，请区民政局认真研究吸纳，加快补齐居家和社区养老服务短板。", "区民政局",
            "区民政局已制定养老服务体系建设三年行动方案，新建社区居家养老服务中心 6 家。"));
        db.Add(Instruction(topics[0], CommitteeLevel.City, "市委书记", "市委书记", new DateOnly(2023, 7, 18),
            "淮阴区政协关于国有平台公司实体化转型的调研很有见地，请区国资委研究提出具体方案。", "区国资委",
            "区国资委已形成国有平台公司实体化转型工作方案，报区政府审定。"));
    }
}
