using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;
using Xieshang.Proposals.Contracts;

namespace Xieshang.Opinions;

/// <summary>
/// 转社情民意: a proposal not filed goes on, with its proposer's consent, as an item in the information staff's
/// screening queue — its proposers as reporters, its text as the item's (an item holds 1,500 characters: a longer
/// proposal is cut there and says where the rest is), linked both ways.
/// </summary>
public sealed class OpinionFromProposal(WorkingCalendar calendar) : IOpinionIntake
{
    public async Task<int> TakeAsync(XieshangDb db, ConvertedProposal proposal, DateTime now, CancellationToken ct)
    {
        const string cut = "……（全文见原提案）";
        var text = proposal.Text.Length > OpinionItem.MaxBody ? proposal.Text[..(OpinionItem.MaxBody - cut.Length)] + cut : proposal.Text;
        var year = Web.Shanghai.ToLocal(now).Year;
        // The item arrives as if its owner had submitted it now: the flow's own step says where to and by when.
        var submitted = OpinionFlow.Flow.Find(OpinionFlow.Flow.InitialState, "submit")!;
        var item = new OpinionItem
        {
            Title = proposal.Title, Body = text, OwnerUserId = proposal.OwnerUserId, CreatedAt = now, SubmittedAt = now, Year = year,
            Source = proposal.CollectiveOrg != null ? OpinionSource.Party : OpinionSource.Member, OrgName = proposal.CollectiveOrg,
            State = submitted.To, FromProposalId = proposal.Id, Category = Enum.Parse<OpinionCategory>(proposal.Category),
            DueAt = await calendar.DueAsync(now, submitted.Due!, ct),
            SerialNo = await OpinionItem.NextSerialAsync(db, year, ct),
        };
        db.Add(item);
        var names = await (from m in db.Set<Membership>()
                           where proposal.ConfirmedSigners.Contains(m.Id)
                           join p in db.Set<Person>() on m.PersonId equals p.Id
                           select new { m.Id, p.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var order = 0;
        foreach (var s in proposal.ConfirmedSigners.Where(names.ContainsKey))
            db.Add(new OpinionReporter { ItemId = item.Id, MembershipId = s, Name = names[s], Order = order++ });
        db.Audit("opinion.from_proposal", "提案转社情民意", item, proposal.Title);
        return item.SerialNo!.Value;
    }

    public Task<Guid?> ItemOfAsync(XieshangDb db, Guid proposalId, CancellationToken ct) =>
        db.Set<OpinionItem>().Where(i => i.FromProposalId == proposalId).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
}
