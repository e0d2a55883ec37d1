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

/// <summary>
/// A year's figures of the committee's own items (those submitted that year, not copies received from below), every
/// number counted from the records: what each level above did with them comes from the reports up the chain.
/// </summary>
public sealed record OpinionFigures(int Year, int Submitted, int Published, int PublishedSingle, int PublishedComposite, double AdoptionRate,
    int SentToCity, int AdoptedByCity, int AdoptedByProvince, int SentToNational, int AdoptedByNational, int Instructions, int Publications,
    int ReceivedFromBelow, IReadOnlyList<LevelFigures> Levels, IReadOnlyList<LevelFigures> InstructionsByLevel,
    IReadOnlyList<RankRow> ByMember, IReadOnlyList<RankRow> BySector, IReadOnlyList<RankRow> ByParty);

/// <remarks>
/// Kept like the office's lists (ADR 0006) until an item, report, instruction or the roster changes — reports up the
/// chain announce the first committee too (<see cref="Platform.Data.IChangesElsewhere"/>).
/// </remarks>
public sealed class OpinionStatistics(XieshangDb db, IMemoryCache cache, CommitteeChanges changes)
{
    public Task<OpinionFigures> HandleAsync(int year, CancellationToken ct = default)
    {
        var committee = db.CurrentCommitteeId;
        return SharedCache.GetAsync(cache, ("opinion-figures", committee, year), OpinionsModule.KeptFor, () => LoadAsync(committee, year, CancellationToken.None),
            changes.Token(OpinionsModule.Changes, committee), changes.Token(Instructions.InstructionsModule.Changes, committee),
            changes.Token(OrganizationChanges.Topic, committee));
    }

    async Task<OpinionFigures> LoadAsync(Guid committee, int year, CancellationToken ct)
    {
        var (start, end) = Meetings.ListActivities.YearBounds(year);
        var cohort = db.Set<OpinionItem>().AsNoTracking().Where(i => i.ReceivedFromItemId == null && i.SubmittedAt >= start && i.SubmittedAt < end);
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
        var received = await db.Set<OpinionItem>().AsNoTracking().CountAsync(i => i.ReceivedFromItemId != null && i.SubmittedAt >= start && i.SubmittedAt < end, ct);

        // Rankings count each member reporter of an item (joint items count for each).
        var byReporter = await (from r in db.Set<OpinionReporter>().AsNoTracking()
                                join i in cohort on r.ItemId equals i.Id
                                join m in db.Set<Membership>() on r.MembershipId equals m.Id
                                join p in db.Set<Person>() on m.PersonId equals p.Id
                                join s in db.Set<Sector>() on m.SectorId equals s.Id
                                select new { m.Id, p.Name, p.Party, Sector = s.Name, Published = i.State == OpinionState.Published }).ToListAsync(ct);
        static List<RankRow> Rank<TKey>(IEnumerable<IGrouping<TKey, (string Name, bool Published)>> groups) => groups
            .Select(g => new RankRow(g.First().Name, g.Count(), g.Count(x => x.Published))).OrderByDescending(r => r.Published).ThenByDescending(r => r.Submitted)
            .ThenBy(r => r.Name, StringComparer.Ordinal).ToList();

        int Adopted(CommitteeLevel level) => levels.Single(l => l.Level == Codes.Of(level)).Adopted;
        return new OpinionFigures(year, submitted, published.Sum(s => s.N), published.Where(s => s.Adoption == OpinionAdoption.Single).Sum(s => s.N),
            published.Where(s => s.Adoption == OpinionAdoption.Composite).Sum(s => s.N),
            submitted == 0 ? 0 : Math.Round((double)published.Sum(s => s.N) / submitted, 4),
            levels[0].Sent, Adopted(CommitteeLevel.City), Adopted(CommitteeLevel.Provincial), levels[2].Sent, Adopted(CommitteeLevel.National),
            instructed.Sum(x => x.N), publications, received, levels,
            Enum.GetValues<CommitteeLevel>().Reverse().Select(l => new LevelFigures(Codes.Of(l), Committee.LevelLabel(l), instructed.Where(x => x.Level == l).Sum(x => x.N), 0, 0, 0, 0, 0)).ToList(),
            Rank(byReporter.Select(x => (Key: x.Id, Row: (x.Name, x.Published))).GroupBy(x => x.Key, x => x.Row)).Take(50).ToList(),
            Rank(byReporter.GroupBy(x => x.Sector, x => (x.Sector, x.Published))),
            Rank(byReporter.GroupBy(x => x.Party, x => (x.Party, x.Published))));
    }
}
