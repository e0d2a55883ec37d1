using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;

namespace Xieshang.Proposals;

public sealed record UnitStats(Guid Id, string Unit, int Assigned, int Replied, int OnTime, double? OnTimeRate, int A, int B, int C, int D,
    int Evaluated, double? SatisfactionRate);

public sealed record ProposalStats(int Year, int Clues, int CluesReferredUp, int Received, int Filed, int NotFiled, int Merged, int Converted, int Collective,
    int Withdrawn, int Key, int Excellent, double? FilingRate, IReadOnlyDictionary<string, int> ByType, IReadOnlyDictionary<string, int> ByTiming,
    IReadOnlyDictionary<string, int> ByCategory, IReadOnlyDictionary<string, int> BySector, IReadOnlyList<UnitStats> Units);

/// <summary>
/// The proposal work report's figures (domain.md §6.2, §6.3), computed from the records: clues submitted in the year
/// and those referred up; proposals submitted in the year — filed (given a case number), not filed, merged, converted,
/// withdrawn — by proposer type, timing, category and the first proposer's sector; and per handling unit the
/// assignments, replies on time, the reply classes and the proposers' satisfaction.
/// </summary>
public sealed class ProposalStatistics(XieshangDb db)
{
    public async Task<ProposalStats> HandleAsync(int year, CancellationToken ct = default)
    {
        var (start, end) = Meetings.ListActivities.YearBounds(year);
        var clues = db.Set<ProposalClue>().AsNoTracking().Where(c => c.SubmittedAt >= start && c.SubmittedAt < end && c.Source != ClueSource.LowerCommittee);
        var clueCount = await clues.CountAsync(ct);
        var referred = await clues.CountAsync(c => c.ReferredToCommitteeId != null, ct);

        var received = db.Set<Proposal>().AsNoTracking().Where(p => p.SubmittedAt >= start && p.SubmittedAt < end);
        var groups = await received.GroupBy(p => new { p.State, p.ProposerType, p.Timing, p.Category, Filed = p.CaseNo != null, p.IsKey, p.IsExcellent })
            .Select(g => new { g.Key.State, g.Key.ProposerType, g.Key.Timing, g.Key.Category, g.Key.Filed, g.Key.IsKey, g.Key.IsExcellent, Count = g.Count() }).ToListAsync(ct);
        var sectors = await (from p in received
                             join m in db.Set<Membership>() on p.FirstProposerId equals m.Id into ms
                             from m in ms.DefaultIfEmpty()
                             join s in db.Set<Sector>() on m.SectorId equals s.Id into ss
                             from s in ss.DefaultIfEmpty()
                             group p by s == null ? null : s.Name into g
                             select new { Sector = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Sum(Func<ProposalState, bool> state) => groups.Where(g => state(g.State)).Sum(g => g.Count);
        var total = groups.Sum(g => g.Count);
        var filed = groups.Where(g => g.Filed).Sum(g => g.Count);

        return new ProposalStats(year, clueCount, referred, total, filed, Sum(s => s == ProposalState.NotFiled), Sum(s => s == ProposalState.Merged),
            Sum(s => s == ProposalState.Converted), groups.Where(g => g.ProposerType == ProposerType.Collective).Sum(g => g.Count), Sum(s => s == ProposalState.Withdrawn),
            groups.Where(g => g.IsKey).Sum(g => g.Count), groups.Where(g => g.IsExcellent).Sum(g => g.Count),
            total == 0 ? null : Math.Round((double)filed / total, 4),
            Enum.GetValues<ProposerType>().ToDictionary(Codes.Of, t => groups.Where(g => g.ProposerType == t).Sum(g => g.Count)),
            Enum.GetValues<ProposalTiming>().ToDictionary(Codes.Of, t => groups.Where(g => g.Timing == t).Sum(g => g.Count)),
            Enum.GetValues<ProposalCategory>().ToDictionary(Codes.Of, c => groups.Where(g => g.Category == c).Sum(g => g.Count)),
            sectors.OrderByDescending(s => s.Count).ToDictionary(s => s.Sector ?? "集体提案", s => s.Count),
            await UnitsAsync(start, end, ct));
    }

    /// <summary>Per unit, over the assignments of proposals submitted in the year (a returned assignment is not the unit's).</summary>
    async Task<IReadOnlyList<UnitStats>> UnitsAsync(DateTime start, DateTime end, CancellationToken ct)
    {
        var assignments = await (from a in db.Set<Assignment>().AsNoTracking()
                                 join p in db.Set<Proposal>() on a.ProposalId equals p.Id
                                 where p.SubmittedAt >= start && p.SubmittedAt < end && a.Status != AssignmentStatus.Returned && a.Role != AssignmentRole.Co
                                 join o in db.Set<GovOrg>() on a.GovOrgId equals o.Id
                                 select new { a.Id, a.GovOrgId, Unit = o.Name, a.ReplyDueAt, a.ProposalId, p.OwnerUserId }).ToListAsync(ct);
        var ids = assignments.Select(a => a.Id).ToList();
        var replies = await db.Set<Reply>().AsNoTracking().Where(r => ids.Contains(r.AssignmentId) && r.Review == ReplyCheck.Passed && r.Round == 1)
            .Select(r => new { r.AssignmentId, r.Class, r.RepliedAt }).ToListAsync(ct);
        var proposalIds = assignments.Select(a => a.ProposalId).Distinct().ToList();
        var evaluations = await db.Set<Evaluation>().AsNoTracking().Where(e => proposalIds.Contains(e.ProposalId))
            .Select(e => new { e.ProposalId, e.UserId, e.Round, e.Result }).ToListAsync(ct);
        var repliesOf = replies.ToLookup(r => r.AssignmentId);
        // The proposer's last word on each proposal.
        var lastWord = evaluations.GroupBy(e => (e.ProposalId, e.UserId)).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Round)!.Result);
        return assignments.GroupBy(a => new { a.GovOrgId, a.Unit }).Select(g =>
        {
            var mine = g.SelectMany(a => repliesOf[a.Id].Select(r => (r.Class, OnTime: r.RepliedAt <= a.ReplyDueAt))).ToList();
            var onTime = mine.Count(r => r.OnTime);
            var results = g.Select(a => lastWord.TryGetValue((a.ProposalId, a.OwnerUserId), out var r) ? r : (Satisfaction?)null).OfType<Satisfaction>().ToList();
            int Class(ReplyClass c) => mine.Count(r => r.Class == c);
            return new UnitStats(g.Key.GovOrgId, g.Key.Unit, g.Count(), mine.Count, onTime, mine.Count == 0 ? null : Math.Round((double)onTime / mine.Count, 4),
                Class(ReplyClass.A), Class(ReplyClass.B), Class(ReplyClass.C), Class(ReplyClass.D), results.Count,
                results.Count == 0 ? null : Math.Round((double)results.Count(r => r != Satisfaction.NotSatisfied) / results.Count, 4));
        }).OrderByDescending(u => u.Assigned).ThenBy(u => u.Unit).ToList();
    }
}
