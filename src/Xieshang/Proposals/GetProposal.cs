using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

public sealed record SignerView(Guid MembershipId, string Name, string MemberNo, string Role, string RoleLabel, string State, string StateLabel);

public sealed record ProposalLink(Guid Id, string Title, int? CaseNo);

/// <summary>A proposal as its page and the API show it, with the steps the caller may take now.</summary>
public sealed record ProposalView(Guid Id, int Year, int? SerialNo, int? CaseNo, string Title, string Situation, string Analysis, string Suggestions,
    string Category, string CategoryLabel, string ProposerType, string ProposerTypeLabel, string? CollectiveOrg, string? CollectiveContact,
    string? Timing, string? TimingLabel, bool ConsentToConvert, IReadOnlyList<SignerView> Signers,
    DateTime CreatedAt, DateTime? SubmittedAt, DateTime? DecidedAt, string? NotFiledReason, string? NotFiledReasonLabel, string? ReviewNote,
    ProposalLink? MergedInto, IReadOnlyList<ProposalLink> MergedHere, string? ConvertedTo, bool CanEdit, bool IsCosignRequest,
    WorkflowView Workflow);

public sealed class GetProposal(XieshangDb db, RequestContext ctx, WorkflowEngine engine)
{
    public async Task<ProposalView?> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var p = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        return p == null ? null : await ViewAsync(p, ct);
    }

    public async Task<ProposalView> ViewAsync(Proposal p, CancellationToken ct = default)
    {
        var signers = await (from s in db.Set<ProposalSigner>().AsNoTracking()
                             where s.ProposalId == p.Id
                             join m in db.Set<Membership>() on s.MembershipId equals m.Id
                             join person in db.Set<Person>() on m.PersonId equals person.Id
                             orderby s.Role == SignerRole.First ? 0 : 1, m.MemberNo
                             select new { s, person.Name, m.MemberNo, person.UserId }).ToListAsync(ct);
        var host = p.MergedIntoId is { } h
            ? await db.Set<Proposal>().AsNoTracking().Where(x => x.Id == h).Select(x => new ProposalLink(x.Id, x.Title, x.CaseNo)).SingleOrDefaultAsync(ct) : null;
        var merged = await db.Set<Proposal>().AsNoTracking().Where(x => x.MergedIntoId == p.Id).OrderBy(x => x.SerialNo)
            .Select(x => new ProposalLink(x.Id, x.Title, x.CaseNo)).ToListAsync(ct);
        var askedMe = signers.Any(x => x.UserId == ctx.UserId && x.s.Role == SignerRole.CoSigner && x.s.State == SignState.Invited)
            && p.State == ProposalState.Cosigning;
        return new ProposalView(p.Id, p.Year, p.SerialNo, p.CaseNo, p.Title, p.Situation, p.Analysis, p.Suggestions,
            Codes.Of(p.Category), Web.Labels.Of(p.Category), Codes.Of(p.ProposerType), Web.Labels.Of(p.ProposerType), p.CollectiveOrg, p.CollectiveContact,
            p.Timing is { } t ? Codes.Of(t) : null, p.Timing is { } tl ? Web.Labels.Of(tl) : null, p.ConsentToConvert,
            signers.Select(x => new SignerView(x.s.MembershipId, x.Name, x.MemberNo, Codes.Of(x.s.Role), Web.Labels.Of(x.s.Role), Codes.Of(x.s.State), Web.Labels.Of(x.s.State))).ToList(),
            p.CreatedAt, p.SubmittedAt, p.DecidedAt, p.NotFiledReason, NotFiledReasons.Label(p.NotFiledReason), p.ReviewNote,
            host, merged, p.ConvertedTo, ctx.UserId == p.OwnerUserId && ProposalFlow.IsEditable(p.State), askedMe,
            engine.View(ProposalFlow.Flow, p));
    }
}
