using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

/// <summary>
/// Who sees a proposal: staff and leaders with <see cref="ProposalPermissions.Read"/> all of the committee's; a member
/// those they wrote or were asked to co-sign. Loaded with the proposers' logins, for the workflow's conditions.
/// </summary>
public static class ProposalAccess
{
    public static async Task<Proposal?> LoadAsync(XieshangDb db, RequestContext ctx, Guid id, CancellationToken ct)
    {
        var proposal = await db.Set<Proposal>().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal == null) return null;
        var signers = await (from s in db.Set<ProposalSigner>()
                             where s.ProposalId == id
                             join m in db.Set<Membership>() on s.MembershipId equals m.Id
                             join p in db.Set<Person>() on m.PersonId equals p.Id
                             select new { s.State, p.UserId }).ToListAsync(ct);
        proposal.ProposerUsers = signers.Where(s => s.State == SignState.Confirmed && s.UserId != null).Select(s => s.UserId!.Value)
            .Append(proposal.OwnerUserId).ToHashSet();
        var mine = ctx.UserId is { } u && (proposal.OwnerUserId == u || signers.Any(s => s.UserId == u));
        return mine || ctx.Has(ProposalPermissions.Read) ? proposal : null;
    }
}
