using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Proposals;

namespace Xieshang.Demo;

/// <summary>
/// Proposal work in 2023, after the report: the Q4 proposal month's 106 clues, 11 of them referred to the city
/// committee (where they wait in its queue); 7 collective proposals; individual and joint proposals in every state
/// of the table, assigned to the district government's departments, with replies, evaluations and follow-up.
/// </summary>
static class ProposalsDemo
{
    static readonly (string Topic, ProposalCategory Category)[] Topics =
    [
        ("推进国有企业转型发展", ProposalCategory.Economy), ("完善居家社区养老服务", ProposalCategory.Society), ("加快物流产业发展", ProposalCategory.Economy),
        ("破解盐化产业发展困局", ProposalCategory.Economy), ("壮大新型农业经营主体", ProposalCategory.Economy), ("保护与发展淮阴黑猪产业", ProposalCategory.Economy),
        ("加快省级全域旅游示范区建设", ProposalCategory.Culture), ("规范农村固废处理", ProposalCategory.Ecology), ("打击治理电信网络诈骗", ProposalCategory.Politics),
        ("深化教育综合改革", ProposalCategory.Society), ("推动县中高质量发展", ProposalCategory.Society), ("加强新型农村社区物业管理", ProposalCategory.Society),
        ("优化营商环境", ProposalCategory.Economy), ("家庭过期药品回收处理", ProposalCategory.Society), ("缓解民营企业债务压力", ProposalCategory.Economy),
        ("加强农村生活污水治理", ProposalCategory.Ecology), ("提升基层医疗服务能力", ProposalCategory.Society), ("保护运河文化遗产", ProposalCategory.Culture),
    ];

    static readonly string[] Collectives = ["中共淮阴区政协党组", "民革淮阴区基层委员会", "民盟淮阴区基层委员会", "民建淮阴区基层委员会", "九三学社淮阴区支社", "区工商联", "区政协经济委员会"];

    // Each state of the table, in the order a proposal moves; the demo spreads the year's proposals over them.
    static readonly ProposalState[] States =
    [
        ProposalState.Closed, ProposalState.Closed, ProposalState.Tracking, ProposalState.Evaluated, ProposalState.Replied, ProposalState.ReplyReview,
        ProposalState.Handling, ProposalState.Rehandling, ProposalState.Assigning, ProposalState.ReturnRequested, ProposalState.Filed, ProposalState.NotFiled,
        ProposalState.Merged, ProposalState.Converted, ProposalState.UnderReview, ProposalState.Submitted, ProposalState.Returned, ProposalState.Withdrawn,
        ProposalState.Cosigning, ProposalState.Draft, ProposalState.Closed, ProposalState.Closed,
    ];

    public static void Seed(XieshangDb db, Guid committeeId, Guid cityId, IReadOnlyList<Membership> seats, IReadOnlyDictionary<Guid, Guid> userOfSeat,
        IReadOnlyList<GovOrg> units, Meetings.Campaign proposalMonth, Guid staffUser)
    {
        var utc = (int month, int day) => new DateTime(2023, month, day, 2, 0, 0, DateTimeKind.Utc);
        var withLogin = seats.Where(s => userOfSeat.ContainsKey(s.Id)).ToList();
        var handling = units.Where(u => u.IsHandlingUnit).OrderBy(u => u.SortOrder).ToList();
        var chair = seats.FirstOrDefault(s => s.Role == MemberRole.Chair);

        // The proposal month: 106 clues; 11 referred to the city, 3 in the catalogue, some adopted, some not.
        for (var i = 0; i < 106; i++)
        {
            var seat = withLogin[i % withLogin.Count];
            var (topic, _) = Topics[i % Topics.Length];
            var submitted = utc(10 + i % 3, 3 + i % 25);
            var state = i < 11 ? Proposals.ClueState.ReferredUp : i < 14 ? Proposals.ClueState.InCatalogue : i < 30 ? Proposals.ClueState.Converted
                : i < 40 ? Proposals.ClueState.Rejected : i < 45 ? Proposals.ClueState.Merged : Proposals.ClueState.Accepted;
            var clue = new ProposalClue
            {
                CommitteeId = committeeId, Year = 2023, Source = ClueSource.Campaign, CampaignId = proposalMonth.Id, Title = $"{topic}（线索{i + 1}）",
                Body = $"在“提案月·委员在行动”中调研发现：{topic}方面仍有短板，建议围绕{topic}形成提案。", SubmitterUserId = userOfSeat[seat.Id],
                SubmitterName = "委员", CreatedAt = submitted.AddDays(-1), SubmittedAt = submitted, State = state,
                DecisionNote = state == Proposals.ClueState.Rejected ? "属于部门日常工作，建议通过社情民意渠道反映。" : null,
            };
            db.Add(clue);
            if (state == Proposals.ClueState.ReferredUp)
            {
                // The copy waits in the city committee's own queue.
                var copy = new ProposalClue
                {
                    CommitteeId = cityId, Year = 2023, Source = ClueSource.LowerCommittee, Title = clue.Title, Body = clue.Body, SubmitterName = DemoData.Huaiyin,
                    CreatedAt = submitted.AddDays(7), SubmittedAt = submitted.AddDays(7), State = Proposals.ClueState.Submitted,
                    ReferredFromCommitteeId = committeeId, ReferredFromClueId = clue.Id,
                };
                (clue.ReferredToCommitteeId, clue.ReferredCopyId) = (cityId, copy.Id);
                db.Add(copy);
            }
        }

        // The proposals: 7 collective, the rest individual or joint, through every state.
        var serial = 0;
        var caseNo = 0;
        var count = 60;
        Proposal? lastFiled = null;
        for (var i = 0; i < count; i++)
        {
            var state = States[i % States.Length];
            var (topic, category) = Topics[i % Topics.Length];
            var collective = i < Collectives.Length;
            var joint = !collective && i % 4 == 1;
            var seat = withLogin[i % withLogin.Count];
            var submitted = utc(1 + i % 11, 5 + i % 20);
            var p = new Proposal
            {
                CommitteeId = committeeId, Year = 2023, Title = $"关于{topic}的建议" + (i >= Topics.Length ? $"（{i / Topics.Length + 1}）" : ""),
                Situation = $"近年来，我区在{topic}方面做了大量工作，但仍存在短板，群众和企业反映较多。",
                Analysis = $"主要原因是统筹不够、投入不足、机制不健全。", Suggestions = $"一是加强统筹，明确牵头部门；二是加大投入，完善政策；三是建立{topic}的长效机制。",
                Category = category, ProposerType = collective ? ProposerType.Collective : joint ? ProposerType.Joint : ProposerType.Individual,
                CollectiveOrg = collective ? Collectives[i] : null, CollectiveContact = collective ? "主要负责人" : null,
                OwnerUserId = collective ? staffUser : userOfSeat[seat.Id], FirstProposerId = collective ? null : seat.Id, CreatedAt = submitted.AddDays(-3),
                ConsentToConvert = i % 3 == 0, State = state,
            };
            if (state is not (ProposalState.Draft or ProposalState.Cosigning))
            {
                (p.SubmittedAt, p.SerialNo, p.Timing) = (submitted, ++serial, submitted.Month <= 1 ? ProposalTiming.Session : ProposalTiming.Intersession);
            }
            if (state is ProposalState.NotFiled or ProposalState.Merged or ProposalState.Converted || IsFiled(state))
                p.DecidedAt = submitted.AddDays(12);
            if (IsFiled(state)) p.CaseNo = ++caseNo;
            switch (state)
            {
                case ProposalState.NotFiled: (p.NotFiledReason, p.ReviewNote) = ("VAGUE", "建议内容不够具体，请补充后以社情民意形式反映。"); break;
                case ProposalState.Merged: p.MergedIntoId = lastFiled?.Id; break;
                case ProposalState.Converted: (p.ConsentToConvert, p.ConvertedTo) = (true, "OPINION"); break;
                case ProposalState.Returned: (p.ReviewNote, p.DueAt) = ("建议部分请进一步细化。", submitted.AddDays(10)); break;
                // Left open (no window) so that the demo keeps one waiting for its co-signers.
                case ProposalState.Cosigning: p.DueAt = null; break;
            }
            db.Add(p);
            if (!collective)
                db.Add(new ProposalSigner { CommitteeId = committeeId, ProposalId = p.Id, MembershipId = seat.Id, Role = SignerRole.First, State = SignState.Confirmed, RespondedAt = p.CreatedAt });
            if (joint)
                foreach (var co in new[] { withLogin[(i + 1) % withLogin.Count], withLogin[(i + 2) % withLogin.Count] })
                    db.Add(new ProposalSigner
                    {
                        CommitteeId = committeeId, ProposalId = p.Id, MembershipId = co.Id, Role = SignerRole.CoSigner,
                        State = state == ProposalState.Cosigning ? SignState.Invited : SignState.Confirmed, RespondedAt = state == ProposalState.Cosigning ? null : p.CreatedAt,
                    });
            if (IsFiled(p.State)) lastFiled = p;
            // Two key proposals under the chair's supervision; the closed ones of the first half are the year's excellent proposals.
            if (p.CaseNo is <= 2 && chair != null) (p.IsKey, p.KeySupervisorId, p.KeyNote) = (true, chair.Id, "经主席会议确定");
            if (p.State == ProposalState.Closed && i < 30 && i % 2 == 0) p.IsExcellent = true;
            if (IsAssigned(p.State)) Handle(db, committeeId, p, handling[i % 5], handling[5 + i % 9], i, submitted.AddDays(30));
        }
    }

    static bool IsFiled(ProposalState s) => s is ProposalState.Filed || IsAssigned(s);

    static bool IsAssigned(ProposalState s) => s is ProposalState.Assigning or ProposalState.ReturnRequested or ProposalState.Handling or ProposalState.ReplyReview
        or ProposalState.Replied or ProposalState.Evaluated or ProposalState.Rehandling or ProposalState.Closed or ProposalState.Tracking;

    /// <summary>交办 at the assignment meeting, then as far as the proposal's state says: signed, replied, reviewed, evaluated.</summary>
    static void Handle(XieshangDb db, Guid committeeId, Proposal p, GovOrg lead, GovOrg co, int i, DateTime assigned)
    {
        var withCo = i % 3 == 0;
        var a = new Assignment
        {
            CommitteeId = committeeId, ProposalId = p.Id, GovOrgId = lead.Id, Role = withCo ? AssignmentRole.Lead : AssignmentRole.Single,
            Status = p.State switch { ProposalState.Assigning => AssignmentStatus.Assigned, ProposalState.ReturnRequested => AssignmentStatus.ReturnRequested, _ => AssignmentStatus.Signed },
            Open = AssignmentQueue.IsOpen(p.State),
            AssignedAt = assigned, ReplyDueAt = assigned.AddMonths(3), ReplyRemindedAt = assigned.AddMonths(2), OverdueNotifiedAt = assigned.AddMonths(3),
            ReturnReason = p.State == ProposalState.ReturnRequested ? "该事项主要属于其他部门职责，建议改由其他部门主办。" : null,
        };
        if (a.Status == AssignmentStatus.Signed)
            (a.SignedAt, a.ContactDueAt, a.ContactedAt, a.ContactMode) = (assigned.AddDays(3), assigned.AddDays(24), assigned.AddDays(10), i % 2 == 0 ? "面谈" : "座谈");
        db.Add(a);
        if (withCo)
            db.Add(new Assignment
            {
                CommitteeId = committeeId, ProposalId = p.Id, GovOrgId = co.Id, Role = AssignmentRole.Co, Status = AssignmentStatus.Signed, AssignedAt = assigned,
                Open = AssignmentQueue.IsOpen(p.State),
                SignedAt = assigned.AddDays(4), ReplyDueAt = assigned.AddMonths(3), CoOpinion = "我单位同意主办单位的办理意见，将在职责范围内配合落实。", CoOpinionAt = assigned.AddDays(40),
            });
        p.DueAt = p.State switch
        {
            ProposalState.Assigning => assigned.AddDays(10),
            ProposalState.Handling or ProposalState.ReturnRequested or ProposalState.Rehandling => a.ReplyDueAt,
            ProposalState.ReplyReview => assigned.AddDays(75),
            ProposalState.Replied => assigned.AddDays(95),
            _ => null,
        };
        if (p.State is ProposalState.Assigning or ProposalState.ReturnRequested or ProposalState.Handling) return;

        var cls = p.State == ProposalState.Tracking || i % 4 == 1 ? ReplyClass.B : i % 4 == 2 ? ReplyClass.C : ReplyClass.A;
        var replied = assigned.AddDays(60 + i % 20);
        db.Add(new Reply
        {
            CommitteeId = committeeId, ProposalId = p.Id, AssignmentId = a.Id, Class = cls, SignedBy = "单位负责人", RepliedAt = replied,
            Review = p.State == ProposalState.ReplyReview ? ReplyCheck.Pending : ReplyCheck.Passed,
            Text = cls switch
            {
                ReplyClass.A => "您提出的建议已全部采纳。我单位已制定专项方案，明确责任分工，相关措施已落实到位。",
                ReplyClass.B => "您提出的建议很有针对性。我单位已将相关工作列入明年计划，正在积极推进，将分年度逐步解决。",
                _ => "您提出的建议我们认真研究。受政策和资金条件限制，目前暂难实施，将作为今后工作的重要参考。",
            },
        });
        if (p.State is ProposalState.ReplyReview or ProposalState.Replied) return;

        var satisfied = p.State == ProposalState.Rehandling ? Satisfaction.NotSatisfied : i % 5 == 0 ? Satisfaction.Basic : Satisfaction.Satisfied;
        db.Add(new Evaluation
        {
            CommitteeId = committeeId, ProposalId = p.Id, UserId = p.OwnerUserId, MembershipId = p.FirstProposerId, ContactMode = a.ContactMode ?? "电话",
            Attitude = Satisfaction.Satisfied, Pertinent = satisfied != Satisfaction.NotSatisfied, Result = satisfied,
            Comment = satisfied == Satisfaction.NotSatisfied ? "答复没有明确时间表和资金来源。" : "", EvaluatedAt = replied.AddDays(10),
        });
        if (p.State == ProposalState.Rehandling) p.DueAt = replied.AddDays(40);
        if (p.State is ProposalState.Closed or ProposalState.Tracking) p.ClosedAt = replied.AddDays(20);
    }
}
