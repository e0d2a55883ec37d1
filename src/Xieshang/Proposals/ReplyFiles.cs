using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Files;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

/// <summary>
/// The signed reply letter (盖章答复件) attached to a unit's reply: the replying unit attaches it until the committee
/// has passed the reply; whoever may read the reply may read the file.
/// </summary>
public sealed class ReplyFiles(XieshangDb db) : IFileOwner
{
    public const string Type = "proposal-reply";
    public string OwnerType => Type;
    public IReadOnlyList<FileType> Accepts => FileTypes.Documents;

    public async Task<bool> CanAttachAsync(string ownerId, RequestContext ctx, CancellationToken ct)
    {
        if (!Guid.TryParse(ownerId, out var id) || !ctx.Has(ProposalPermissions.Handle)) return false;
        var units = await UnitAccounts.UnitsOfAsync(db, ctx, ct);
        return await db.Set<Reply>().AnyAsync(r => r.Id == id && r.Review == ReplyCheck.Pending
            && db.Set<Assignment>().Any(a => a.Id == r.AssignmentId && units.Contains(a.GovOrgId)), ct);
    }

    public async Task<bool> CanReadAsync(string ownerId, RequestContext ctx, CancellationToken ct)
    {
        if (!Guid.TryParse(ownerId, out var id)) return false;
        var reply = await db.Set<Reply>().Where(r => r.Id == id).Select(r => new { r.ProposalId, r.Review, r.AssignmentId }).SingleOrDefaultAsync(ct);
        if (reply == null || await ProposalAccess.LoadAsync(db, ctx, reply.ProposalId, ct) is not { } proposal) return false;
        if (reply.Review == ReplyCheck.Passed || ctx.Has(ProposalPermissions.Read)) return true;
        var units = await UnitAccounts.UnitsOfAsync(db, ctx, ct);
        return await db.Set<Assignment>().AnyAsync(a => a.Id == reply.AssignmentId && units.Contains(a.GovOrgId), ct) && proposal.CallerRoles.Count > 0;
    }
}
