using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;

namespace Xieshang.Proposals;

/// <summary>What proposers and co-signers hear: co-signing requests, and each decision on their proposal.</summary>
public sealed class ProposalNotices(XieshangDb db, Notifier notifier)
{
    public async Task AskCosignersAsync(Proposal proposal, IReadOnlyCollection<Guid> membershipIds, CancellationToken ct)
    {
        var due = proposal.DueAt is { } d ? $"请在 {Web.Shanghai.Format(d)} 前" : "请尽快";
        await notifier.NotifyAsync(await UsersOfAsync(membershipIds, ct), $"联名邀请：{proposal.Title}",
            $"您被邀请联名提出提案《{proposal.Title}》，{due}确认或谢绝。", "/me/proposals", ct);
    }

    /// <summary>The first proposer (or the clerk of a collective proposal) and the co-signers who confirmed.</summary>
    public async Task TellProposersAsync(Proposal proposal, string title, string body, CancellationToken ct)
    {
        var signers = await db.Set<ProposalSigner>().Where(s => s.ProposalId == proposal.Id).Where(CosignFlow.OnTheProposal)
            .Select(s => s.MembershipId).ToListAsync(ct);
        var users = (await UsersOfAsync(signers, ct)).Append(proposal.OwnerUserId).Distinct().ToList();
        await notifier.NotifyAsync(users, title, body, $"/proposals/{proposal.Id}", ct);
    }

    /// <summary>Those whose proposals were merged into this one hear of its handling as its own proposers do.</summary>
    public async Task TellMergedAsync(Proposal host, string body, CancellationToken ct)
    {
        if (host.MergedProposerUsers.Count == 0) return;
        await notifier.NotifyAsync(host.MergedProposerUsers.ToList(), $"并案提案：{host.Title}", $"（与您的提案并案办理）{body}", $"/proposals/{host.Id}", ct);
    }

    public Task TellOwnerAsync(Proposal proposal, string title, string body, CancellationToken ct) =>
        notifier.NotifyAsync([proposal.OwnerUserId], title, body, $"/proposals/{proposal.Id}", ct);

    public async Task<List<Guid>> UsersOfAsync(IReadOnlyCollection<Guid> membershipIds, CancellationToken ct) =>
        await (from m in db.Set<Membership>()
               where membershipIds.Contains(m.Id)
               join p in db.Set<Person>() on m.PersonId equals p.Id
               where p.UserId != null
               select p.UserId!.Value).ToListAsync(ct);
}
