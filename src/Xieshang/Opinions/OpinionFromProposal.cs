using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Proposals;

namespace Xieshang.Opinions;

/// <summary>
/// 转社情民意: a proposal not filed goes on, with its proposer's consent, as an item in the information staff's
/// screening queue — its proposers as reporters, its text as the item's (an item holds 1,500 characters: a longer
/// proposal is cut there and says where the rest is), linked both ways.
/// </summary>
public static class OpinionFromProposal
{
    /// <param name="screeningDue">When screening is due, as for an item submitted now (<see cref="OpinionFlow"/>).</param>
    public static async Task<OpinionItem> AddAsync(XieshangDb db, Proposal proposal, DateTime now, DateTime screeningDue, CancellationToken ct)
    {
        var text = string.Join("\n", new[] { proposal.Situation, proposal.Analysis, proposal.Suggestions }.Where(t => !string.IsNullOrWhiteSpace(t)));
        const string cut = "……（全文见原提案）";
        if (text.Length > OpinionItem.MaxBody) text = text[..(OpinionItem.MaxBody - cut.Length)] + cut;
        var item = new OpinionItem
        {
            Title = proposal.Title, Body = text, OwnerUserId = proposal.OwnerUserId, CreatedAt = now, SubmittedAt = now, Year = Web.Shanghai.ToLocal(now).Year,
            Source = proposal.CollectiveOrg != null ? OpinionSource.Party : OpinionSource.Member, OrgName = proposal.CollectiveOrg,
            State = OpinionState.Submitted, DueAt = screeningDue, FromProposalId = proposal.Id, Category = Enum.Parse<OpinionCategory>(proposal.Category.ToString()),
            SerialNo = await OpinionItem.NextSerialAsync(db, Web.Shanghai.ToLocal(now).Year, ct),
        };
        db.Add(item);
        var signers = await (from s in db.Set<ProposalSigner>()
                             where s.ProposalId == proposal.Id && s.State == SignState.Confirmed
                             join m in db.Set<Membership>() on s.MembershipId equals m.Id
                             join p in db.Set<Person>() on m.PersonId equals p.Id
                             orderby s.Role
                             select new { s.MembershipId, p.Name }).ToListAsync(ct);
        var order = 0;
        foreach (var s in signers) db.Add(new OpinionReporter { ItemId = item.Id, MembershipId = s.MembershipId, Name = s.Name, Order = order++ });
        db.Audit("opinion.from_proposal", "提案转社情民意", item, proposal.Title);
        return item;
    }
}
