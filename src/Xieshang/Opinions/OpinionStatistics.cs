using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Instructions;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

public sealed record LevelFigures(string Level, string LevelLabel, int Sent, int Single, int Composite, int Forwarded, int NotAdopted, int Pending)
{
    public int Adopted => Single + Composite + Forwarded;
}

public sealed record RankRow(string Name, int Submitted, int Published);

/// <summary>排名 by member (the first 50), team, sector, party and work group.</summary>
public sealed record Rankings(IReadOnlyList<RankRow> ByMember, IReadOnlyList<RankRow> ByTeam, IReadOnlyList<RankRow> BySector,
    IReadOnlyList<RankRow> ByParty, IReadOnlyList<RankRow> ByWorkGroup)
{
    public static readonly Rankings None = new([], [], [], [], []);
}

/// <summary>
/// A year's figures of the committee's own items (those submitted that year, not copies received from below), every
/// number counted from the records: what each level above did with them comes from the reports up the chain.
/// </summary>
public sealed record OpinionFigures(int Year, int Submitted, int Published, int PublishedSingle, int PublishedComposite, double AdoptionRate,
    int SentToCity, int AdoptedByCity, int AdoptedByProvince, int SentToNational, int AdoptedByNational, int Instructions, int Publications,
    int ReceivedFromBelow, IReadOnlyList<LevelFigures> Levels, IReadOnlyList<LevelFigures> InstructionsByLevel,
    Rankings Rankings);

/// <remarks>
/// Kept like the office's lists (ADR 0006) until an item, report, instruction or the roster changes — reports up the
/// chain announce the first committee too (<see cref="Platform.Data.IChangesElsewhere"/>).
/// </remarks>
public sealed class OpinionStatistics(XieshangDb db, IMemoryCache cache, CommitteeChanges changes)
{
    /// <summary>
    /// Longer than the lists' 30 s: every change the figures count announces itself (on every node through Redis), so
    /// the time limit is only a safety net, and at a million items a reload costs about a second of the server's time.
    /// </summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    public Task<OpinionFigures> HandleAsync(int year, CancellationToken ct = default)
    {
        var committee = db.CurrentCommitteeId;
        return SharedCache.GetAsync(cache, ("opinion-figures", committee, year), KeptFor, () => LoadAsync(committee, year, CancellationToken.None),
            changes.Token(OpinionsModule.Changes, committee), changes.Token(Instructions.InstructionsModule.Changes, committee),
            changes.Token(OrganizationChanges.Topic, committee));
    }

    async Task<OpinionFigures> LoadAsync(Guid committee, int year, CancellationToken ct)
    {
        // Submitted items carry the year they were submitted in; the index on these columns answers every count below.
        var cohort = db.Set<OpinionItem>().AsNoTracking().Where(i => i.Year == year && i.ReceivedFromItemId == null && i.SerialNo != null);
        var states = await cohort.GroupBy(i => new { i.State, i.Adoption }).Select(g => new { g.Key.State, g.Key.Adoption, N = g.Count() }).ToListAsync(ct);
        var submitted = states.Sum(s => s.N);
        var published = states.Where(s => s.State == OpinionState.Published).ToList();

        // Deliberately across committees: the reports up the chain are each sender's record of this committee's own items.
        var results = await (from r in db.Set<OpinionReport>().IgnoreQueryFilters().AsNoTracking()
                             where r.OriginCommitteeId == committee
                             join i in cohort on r.OriginItemId equals i.Id
                             group r by new { r.Level, r.Result } into g
                             select new { g.Key.Level, g.Key.Result, N = g.Count() }).ToListAsync(ct);
        var levels = new[] { CommitteeLevel.City, CommitteeLevel.Provincial, CommitteeLevel.National }.Select(level =>
        {
            int Count(ReportResult r) => results.Where(x => x.Level == level && x.Result == r).Sum(x => x.N);
            return new LevelFigures(Codes.Of(level), Committee.LevelLabel(level), results.Where(x => x.Level == level).Sum(x => x.N), Count(ReportResult.Single),
                Count(ReportResult.Composite), Count(ReportResult.Forwarded), Count(ReportResult.NotAdopted), Count(ReportResult.Pending));
        }).ToList();

        var instructed = await (from x in db.Set<LeaderInstruction>().AsNoTracking()
                                where x.TargetType == OpinionInstructionTarget.Name
                                join i in cohort on x.TargetId equals i.Id
                                group x by x.Level into g
                                select new { Level = g.Key, N = g.Count() }).ToListAsync(ct);
        var publications = await (from p in db.Set<OpinionPublication>().AsNoTracking() join i in cohort on p.ItemId equals i.Id select p).CountAsync(ct);
        var received = await db.Set<OpinionItem>().AsNoTracking().CountAsync(i => i.Year == year && i.ReceivedFromItemId != null && i.SerialNo != null, ct);

        var ranks = await RankAsync(cohort, ct);
        int Adopted(CommitteeLevel level) => levels.Single(l => l.Level == Codes.Of(level)).Adopted;
        return new OpinionFigures(year, submitted, published.Sum(s => s.N), published.Where(s => s.Adoption == OpinionAdoption.Single).Sum(s => s.N),
            published.Where(s => s.Adoption == OpinionAdoption.Composite).Sum(s => s.N),
            submitted == 0 ? 0 : Math.Round((double)published.Sum(s => s.N) / submitted, 4),
            levels[0].Sent, Adopted(CommitteeLevel.City), Adopted(CommitteeLevel.Provincial), levels[2].Sent, Adopted(CommitteeLevel.National),
            instructed.Sum(x => x.N), publications, received, levels,
            Enum.GetValues<CommitteeLevel>().Reverse().Select(l => new LevelFigures(Codes.Of(l), Committee.LevelLabel(l), instructed.Where(x => x.Level == l).Sum(x => x.N), 0, 0, 0, 0, 0)).ToList(),
            ranks);
    }

    /// <summary>
    /// 排名: each member reporter of an item counts it (a joint item counts for each of them, in each of their groups);
    /// a non-member counts for a team they are on. Counted per seat in the database (a national year is 80,000 items),
    /// then summed by group here from a few hundred seats.
    /// </summary>
    async Task<Rankings> RankAsync(IQueryable<OpinionItem> cohort, CancellationToken ct)
    {
        var perSeat = from r in db.Set<OpinionReporter>()
                      join i in cohort on r.ItemId equals i.Id
                      where r.MembershipId != null
                      group i by r.MembershipId into g
                      select new { Id = g.Key!.Value, Submitted = g.Count(), Published = g.Count(x => x.State == OpinionState.Published) };
        var seats = await (from s in perSeat
                           join m in db.Set<Membership>() on s.Id equals m.Id
                           join p in db.Set<Person>() on m.PersonId equals p.Id
                           select new { s.Id, p.Name, p.Party, m.SectorId, m.DutyGroupId, s.Submitted, s.Published }).AsNoTracking().ToListAsync(ct);
        var outsiders = await (from r in db.Set<OpinionReporter>()
                               join i in cohort on r.ItemId equals i.Id
                               where r.MembershipId == null
                               group i by r.Name into g
                               select new { Name = g.Key, Submitted = g.Count(), Published = g.Count(x => x.State == OpinionState.Published) }).ToListAsync(ct);
        var teams = await (from t in db.Set<Team>()
                           join tm in db.Set<TeamMember>() on t.Id equals tm.TeamId
                           select new { Team = t.Name, tm.MembershipId, tm.OutsiderName }).AsNoTracking().ToListAsync(ct);
        var map = await OrganizationMap.GetAsync(db, cache, ct);

        var bySeat = seats.ToDictionary(s => s.Id);
        var outsiderCounts = outsiders.ToDictionary(o => o.Name);
        var onTeams = teams.Select(t => t.MembershipId is { } m
                ? (bySeat.TryGetValue(m, out var s) ? (t.Team, s.Submitted, s.Published) : (t.Team, 0, 0))
                : (outsiderCounts.TryGetValue(t.OutsiderName ?? "", out var o) ? (t.Team, o.Submitted, o.Published) : (t.Team, 0, 0)));

        static List<RankRow> Sum(IEnumerable<(string Name, int Submitted, int Published)> rows) => rows
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .Select(g => new RankRow(g.Key, g.Sum(r => r.Submitted), g.Sum(r => r.Published)))
            .Where(r => r.Submitted > 0)
            .OrderByDescending(r => r.Published).ThenByDescending(r => r.Submitted).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        return new Rankings(
            // Two members of one name stay two rows.
            seats.Select(s => new RankRow(s.Name, s.Submitted, s.Published)).OrderByDescending(r => r.Published).ThenByDescending(r => r.Submitted)
                .ThenBy(r => r.Name, StringComparer.Ordinal).Take(50).ToList(),
            Sum(onTeams),
            Sum(seats.Select(s => (map.Sectors.TryGetValue(s.SectorId, out var x) ? x.Name : "其他", s.Submitted, s.Published))),
            Sum(seats.Select(s => (s.Party, s.Submitted, s.Published))),
            Sum(seats.Select(s => (map.WorkGroupOf(s.DutyGroupId)?.Name ?? "未编入工作组", s.Submitted, s.Published))));
    }
}
