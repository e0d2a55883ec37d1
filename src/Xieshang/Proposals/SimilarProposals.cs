using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Proposals;

public sealed record SimilarProposal(Guid Id, string Title, string Proposer, string State, string StateLabel, double Score);

/// <summary>
/// Likely duplicates of a proposal, for the reviewer deciding on 并案: Chinese has no spaces, so texts are compared by
/// their overlapping two-character pieces (bigrams) — the title weighing most, then the suggestions — with the words
/// every proposal uses (关于, 建议, 加强 …) left out.
/// </summary>
public sealed class SimilarProposals(XieshangDb db)
{
    public const int Max = 5;
    public const double Threshold = 0.3;
    static readonly HashSet<string> Common = ["关于", "建议", "加强", "推进", "进一步", "推动", "提升", "完善", "我区", "全区", "问题", "工作", "发展", "的建", "议的", "于加", "于推", "于进", "一步", "步加", "的提"];

    public static HashSet<string> Bigrams(string text)
    {
        var chars = text.Where(char.IsLetterOrDigit).ToArray();
        var set = new HashSet<string>();
        for (var i = 0; i + 1 < chars.Length; i++) set.Add(new string(chars, i, 2));
        set.ExceptWith(Common);
        return set;
    }

    static double Dice(HashSet<string> a, HashSet<string> b) => a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary><c>p => p.Title.Contains(a) || p.Title.Contains(b) || …</c>, which EF turns into one WHERE.</summary>
    static Expression<Func<Proposal, bool>> TitleContainsAny(IEnumerable<string> pieces)
    {
        var p = Expression.Parameter(typeof(Proposal), "p");
        var title = Expression.Property(p, nameof(Proposal.Title));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var body = pieces.Select(piece => (Expression)Expression.Call(title, contains, Expression.Constant(piece))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Proposal, bool>>(body, p);
    }

    public async Task<IReadOnlyList<SimilarProposal>> HandleAsync(Proposal proposal, CancellationToken ct = default)
    {
        var title = Bigrams(proposal.Title);
        if (title.Count == 0) return [];
        // Candidates share at least one of the title's pieces; the database narrows, the scoring ranks.
        var pieces = title.Take(12).ToList();
        var candidates = db.Set<Proposal>().AsNoTracking().Where(p => p.Year == proposal.Year && p.Id != proposal.Id
            && p.State != ProposalState.Draft && p.State != ProposalState.Cosigning && p.State != ProposalState.Withdrawn);
        var any = TitleContainsAny(pieces);
        var rows = await candidates.Where(any).OrderByDescending(p => p.SubmittedAt).Take(500)
            .Select(p => new { p.Id, p.Title, p.Suggestions, p.CollectiveOrg, p.FirstProposerId, p.State }).ToListAsync(ct);
        var suggestions = Bigrams(proposal.Suggestions.Length > 600 ? proposal.Suggestions[..600] : proposal.Suggestions);
        var scored = rows.Select(r => new
        {
            r,
            Score = 0.7 * Dice(title, Bigrams(r.Title)) + 0.3 * Dice(suggestions, Bigrams(r.Suggestions.Length > 600 ? r.Suggestions[..600] : r.Suggestions)),
        }).Where(x => x.Score >= Threshold).OrderByDescending(x => x.Score).Take(Max).ToList();
        var seats = scored.Select(x => x.r.FirstProposerId).OfType<Guid>().ToList();
        var names = await (from m in db.Set<Organization.Membership>()
                           where seats.Contains(m.Id)
                           join p in db.Set<Organization.Person>() on m.PersonId equals p.Id
                           select new { m.Id, p.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return scored.Select(x => new SimilarProposal(x.r.Id, x.r.Title, x.r.CollectiveOrg ?? (x.r.FirstProposerId is { } f ? names.GetValueOrDefault(f, "") : ""),
            Platform.Codes.Of(x.r.State), ProposalFlow.Flow.LabelOf(x.r.State), Math.Round(x.Score, 2))).ToList();
    }
}
