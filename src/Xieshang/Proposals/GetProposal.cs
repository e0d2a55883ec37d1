using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Links;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

public sealed record SignerView(Guid MembershipId, string Name, string MemberNo, string Role, string RoleLabel, string State, string StateLabel);

public sealed record ProposalLink(Guid Id, string Title, int? CaseNo);

public sealed record AssignmentView(Guid Id, Guid UnitId, string Unit, string Role, string RoleLabel, string Status, string StatusLabel, DateTime AssignedAt,
    DateTime? SignedAt, DateTime ReplyDueAt, string? ExtensionReason, string? ReturnReason, DateTime? ContactedAt, string? ContactMode, string? CoOpinion, bool IsMine);

public sealed record ReplyView(Guid Id, string Unit, string Text, string Class, string ClassLabel, string SignedBy, DateTime RepliedAt, string Review,
    string ReviewLabel, string? ReviewNote, int Round, bool IsMine, IReadOnlyList<Platform.Files.FileRow> Files);

public sealed record EvaluationView(string Evaluator, int Round, string ContactMode, string Attitude, string AttitudeLabel, bool Pertinent, string Result,
    string ResultLabel, string Comment, DateTime EvaluatedAt);

/// <summary>A proposal as its page and the API show it, with the steps the caller may take now.</summary>
public sealed record ProposalView(Guid Id, int Year, int? SerialNo, int? CaseNo, string Title, string Situation, string Analysis, string Suggestions,
    string Category, string CategoryLabel, string ProposerType, string ProposerTypeLabel, string? CollectiveOrg, string? CollectiveContact,
    string? Timing, string? TimingLabel, bool ConsentToConvert, IReadOnlyList<SignerView> Signers,
    DateTime CreatedAt, DateTime? SubmittedAt, DateTime? DecidedAt, string? NotFiledReason, string? NotFiledReasonLabel, string? ReviewNote,
    ProposalLink? MergedInto, IReadOnlyList<ProposalLink> MergedHere, string? ConvertedTo, Guid? OpinionItemId, bool CanEdit, bool IsCosignRequest,
    IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<ReplyView> Replies, IReadOnlyList<EvaluationView> Evaluations, string? TrackingResult,
    bool CanEvaluate, bool IsKey, string? KeySupervisor, string? KeyNote, bool IsExcellent, RecordOrigin? FromResult,
    IReadOnlyList<Instructions.InstructionRow> Instructions, bool CanRecordInstruction, WorkflowView Workflow);

public sealed class GetProposal(XieshangDb db, RequestContext ctx, WorkflowEngine engine, Instructions.Instructions instructions,
    Contracts.IOpinionIntake opinions, IEnumerable<IOriginLookup> origins)
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
        var askedMe = signers.Any(x => x.UserId == ctx.UserId && x.s.Role == SignerRole.CoSigner && CosignFlow.IsAwaited(x.s))
            && p.State == ProposalState.Cosigning;
        // Units see their own rows (a lead also its co-handlers' opinions); proposers see replies once the committee passed them.
        var staff = ctx.Has(ProposalPermissions.Read);
        var units = await Organization.UnitAccounts.UnitsOfAsync(db, ctx, ct);
        var lead = p.CallerRoles.Contains(AssignmentRole.Lead);
        var assignments = (await (from a in db.Set<Assignment>().AsNoTracking()
                                  where a.ProposalId == p.Id
                                  join o in db.Set<GovOrg>() on a.GovOrgId equals o.Id
                                  orderby a.AssignedAt, a.Role
                                  select new { a, o.Name }).ToListAsync(ct))
            .Where(x => staff || units.Contains(x.a.GovOrgId) || (lead && x.a.Role == AssignmentRole.Co) || p.ProposerUsers.Contains(ctx.UserId ?? Guid.Empty)
                || p.MergedProposerUsers.Contains(ctx.UserId ?? Guid.Empty))
            .Select(x => new AssignmentView(x.a.Id, x.a.GovOrgId, x.Name, Codes.Of(x.a.Role), Web.Labels.Of(x.a.Role), Codes.Of(x.a.Status), Web.Labels.Of(x.a.Status),
                x.a.AssignedAt, x.a.SignedAt, x.a.ReplyDueAt, x.a.ExtensionReason, staff || units.Contains(x.a.GovOrgId) ? x.a.ReturnReason : null,
                x.a.ContactedAt, x.a.ContactMode, staff || units.Contains(x.a.GovOrgId) || lead ? x.a.CoOpinion : null, units.Contains(x.a.GovOrgId))).ToList();
        var replies = (await (from r in db.Set<Reply>().AsNoTracking()
                              where r.ProposalId == p.Id
                              join a in db.Set<Assignment>() on r.AssignmentId equals a.Id
                              join o in db.Set<GovOrg>() on a.GovOrgId equals o.Id
                              orderby r.RepliedAt
                              select new { r, o.Name, a.GovOrgId }).ToListAsync(ct))
            .Where(x => staff || units.Contains(x.GovOrgId) || x.r.Review == ReplyCheck.Passed)
            .Select(x => new ReplyView(x.r.Id, x.Name, x.r.Text, Codes.Of(x.r.Class), Web.Labels.Of(x.r.Class), x.r.SignedBy, x.r.RepliedAt, Codes.Of(x.r.Review),
                Web.Labels.Of(x.r.Review), x.r.ReviewNote, x.r.Round, units.Contains(x.GovOrgId), [])).ToList();
        // The signed letters, read like the files of any record.
        var replyIds = replies.Select(r => r.Id.ToString()).ToList();
        var letters = (await db.Set<Platform.Files.StoredFile>().AsNoTracking().Where(f => f.OwnerType == ReplyFiles.Type && replyIds.Contains(f.OwnerId))
            .OrderBy(f => f.UploadedAt).ToListAsync(ct)).ToLookup(f => f.OwnerId);
        replies = replies.Select(r => r with { Files = letters[r.Id.ToString()].Select(Platform.Files.FileUseCases.Row).ToList() }).ToList();
        var evaluations = staff || p.ProposerUsers.Contains(ctx.UserId ?? Guid.Empty) || p.MergedProposerUsers.Contains(ctx.UserId ?? Guid.Empty)
            ? (await (from e in db.Set<Evaluation>().AsNoTracking()
                      where e.ProposalId == p.Id
                      join u in db.Users on e.UserId equals u.Id
                      orderby e.EvaluatedAt
                      select new { e, u.DisplayName }).ToListAsync(ct))
                .Select(x => new EvaluationView(x.DisplayName, x.e.Round, x.e.ContactMode, Codes.Of(x.e.Attitude), Web.Labels.Of(x.e.Attitude), x.e.Pertinent,
                    Codes.Of(x.e.Result), Web.Labels.Of(x.e.Result), x.e.Comment, x.e.EvaluatedAt)).ToList()
            : [];
        var canEvaluate = p.State is ProposalState.Replied or ProposalState.Evaluated && ctx.UserId is { } me
            && (p.ProposerUsers.Contains(me) || p.MergedProposerUsers.Contains(me))
            && !await db.Set<Evaluation>().AnyAsync(e => e.ProposalId == p.Id && e.UserId == me
                && e.Round == (db.Set<Reply>().Where(r => r.ProposalId == p.Id && r.Review == ReplyCheck.Passed).Max(r => (int?)r.Round) ?? 1), ct);
        // Leaders' instructions are the office's ledger and the proposers' news; a handling unit hears of them from the office.
        var proposer = p.ProposerUsers.Contains(ctx.UserId ?? Guid.Empty) || p.MergedProposerUsers.Contains(ctx.UserId ?? Guid.Empty);
        var instructed = ctx.Has(Xieshang.Instructions.InstructionPermissions.Read) || proposer
            ? await instructions.OnRecordAsync(ProposalInstructionTarget.Name, p.Id, ct) : [];
        return new ProposalView(p.Id, p.Year, p.SerialNo, p.CaseNo, p.Title, p.Situation, p.Analysis, p.Suggestions,
            Codes.Of(p.Category), Web.Labels.Of(p.Category), Codes.Of(p.ProposerType), Web.Labels.Of(p.ProposerType), p.CollectiveOrg, p.CollectiveContact,
            p.Timing is { } t ? Codes.Of(t) : null, p.Timing is { } tl ? Web.Labels.Of(tl) : null, p.ConsentToConvert,
            signers.Select(x => new SignerView(x.s.MembershipId, x.Name, x.MemberNo, Codes.Of(x.s.Role), Web.Labels.Of(x.s.Role), Codes.Of(x.s.State), Web.Labels.Of(x.s.State))).ToList(),
            p.CreatedAt, p.SubmittedAt, p.DecidedAt, p.NotFiledReason, NotFiledReasons.Label(p.NotFiledReason), p.ReviewNote,
            host, merged, p.ConvertedTo,
            p.ConvertedTo == "OPINION" ? await opinions.ItemOfAsync(db, p.Id, ct) : null,
            ctx.UserId == p.OwnerUserId && ProposalFlow.IsEditable(p.State), askedMe,
            assignments, replies, evaluations, p.TrackingResult, canEvaluate, p.IsKey,
            p.KeySupervisorId is { } k ? await db.Set<Membership>().Where(m => m.Id == k).Join(db.Set<Person>(), m => m.PersonId, x => x.Id, (m, x) => x.Name).SingleOrDefaultAsync(ct) : null,
            p.KeyNote, p.IsExcellent, await origins.OriginOfAsync(db, RecordKinds.Proposal, p.Id, ct), instructed,
            p.CaseNo != null && ctx.Has(Xieshang.Instructions.InstructionPermissions.Record), engine.View(ProposalFlow.Flow, p));
    }
}
