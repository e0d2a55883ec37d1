using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

/// <summary>
/// Who sees a proposal: staff and leaders with <see cref="ProposalPermissions.Read"/> all of the committee's; a member
/// those they wrote, were asked to co-sign, or had merged into it; a handling unit those assigned to it. Loaded with
/// what the workflow's conditions read: the proposers' logins, the caller's units' roles, the passed reply's class.
/// </summary>
public static class ProposalAccess
{
    public static async Task<Proposal?> LoadAsync(XieshangDb db, RequestContext ctx, Guid id, CancellationToken ct)
    {
        var proposal = await db.Set<Proposal>().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal == null) return null;
        var signers = await SignerUsers(db, [id]).ToListAsync(ct);
        proposal.ProposerUsers = signers.Where(s => s.Confirmed).Select(s => s.UserId).Append(proposal.OwnerUserId).ToHashSet();
        var merged = await db.Set<Proposal>().Where(p => p.MergedIntoId == id).Select(p => new { p.Id, p.OwnerUserId }).ToListAsync(ct);
        var mergedIds = merged.Select(m => m.Id).ToList();
        proposal.MergedProposerUsers = (await SignerUsers(db, mergedIds).ToListAsync(ct)).Where(s => s.Confirmed).Select(s => s.UserId)
            .Concat(merged.Select(m => m.OwnerUserId)).ToHashSet();
        var units = await UnitAccounts.UnitsOfAsync(db, ctx, ct);
        proposal.CallerRoles = units.Count == 0 ? [] : await db.Set<Assignment>()
            .Where(a => a.ProposalId == id && units.Contains(a.GovOrgId) && a.Status != AssignmentStatus.Returned).Select(a => a.Role).ToListAsync(ct);
        proposal.PassedClass = await db.Set<Reply>().Where(r => r.ProposalId == id && r.Review == ReplyCheck.Passed)
            .OrderByDescending(r => r.RepliedAt).Select(r => (ReplyClass?)r.Class).FirstOrDefaultAsync(ct);

        var mine = ctx.UserId is { } u && (proposal.OwnerUserId == u || signers.Any(s => s.UserId == u) || proposal.MergedProposerUsers.Contains(u));
        return mine || proposal.CallerRoles.Count > 0 || ctx.Has(ProposalPermissions.Read) ? proposal : null;
    }

    sealed record SignerUser(Guid UserId, bool Confirmed);

    static IQueryable<SignerUser> SignerUsers(XieshangDb db, List<Guid> proposalIds) =>
        from s in db.Set<ProposalSigner>()
        where proposalIds.Contains(s.ProposalId)
        join m in db.Set<Membership>() on s.MembershipId equals m.Id
        join p in db.Set<Person>() on m.PersonId equals p.Id
        where p.UserId != null
        select new SignerUser(p.UserId!.Value, s.State == SignState.Confirmed);
}
