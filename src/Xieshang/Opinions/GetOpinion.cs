using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Data;
using Xieshang.Platform.Links;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Opinions;

public sealed record ReporterView(string Name, string? MemberNo, bool IsMember);

/// <summary>One level of the chain above the first committee: where it went, and what that level did with it.</summary>
public sealed record ReportView(Guid Id, string Level, string LevelLabel, string ReceiverName, DateTime SentAt, string SentBy, string Result, string ResultLabel,
    DateTime? ResultAt, string? BulletinNo, string? Note, bool ByHand, bool IsOurs);

public sealed record BulletinLink(Guid Id, int Year, int IssueNo, string Title, string KindLabel);

/// <summary>An item as its page and the API show it: both texts and what the editor changed, and the steps the caller may take now.</summary>
public sealed record OpinionView(Guid Id, int Year, int? SerialNo, string Title, string Body, string? EditedTitle, string? EditedBody,
    IReadOnlyList<DiffSegment> TitleDiff, IReadOnlyList<DiffSegment> BodyDiff, string Category, string CategoryLabel, string Source, string SourceLabel,
    string? OrgName, IReadOnlyList<ReporterView> Reporters, DateTime CreatedAt, DateTime? SubmittedAt, string? ScreenNote, string? SignedBy,
    DateTime? SignedAt, BulletinLink? Bulletin, string? Adoption, Guid? FromProposalId, RecordOrigin? FromResult, string? ReceivedFrom, IReadOnlyList<ReportView> Reports, bool CanReportUp, string? ParentOnPlatform,
    IReadOnlyList<PublicationView> Publications, IReadOnlyList<Instructions.InstructionRow> Instructions,
    bool CanEdit, WorkflowView Workflow);

public sealed class GetOpinion(XieshangDb db, RequestContext ctx, WorkflowEngine engine, Instructions.Instructions instructions,
    IEnumerable<IOriginLookup> origins)
{
    public async Task<OpinionView?> HandleAsync(Guid id, CancellationToken ct = default) =>
        await OpinionAccess.LoadAsync(db, ctx, id, ct) is { } item ? await ViewAsync(item, ct) : null;

    public async Task<OpinionView> ViewAsync(OpinionItem i, CancellationToken ct = default)
    {
        var reporters = await (from r in db.Set<OpinionReporter>().AsNoTracking()
                               where r.ItemId == i.Id
                               join m in db.Set<Membership>() on r.MembershipId equals m.Id into ms
                               from m in ms.DefaultIfEmpty()
                               orderby r.Order
                               select new ReporterView(r.Name, m == null ? null : m.MemberNo, r.MembershipId != null)).ToListAsync(ct);
        var bulletin = i.BulletinId is { } b
            ? await db.Set<OpinionBulletin>().AsNoTracking().Where(x => x.Id == b).Select(x => new { x.Id, x.Year, x.IssueNo, x.Title, x.Kind }).SingleOrDefaultAsync(ct)
            : null;
        // The whole chain from the first item up, whichever level's copy this is (deliberately across committees: each
        // level's report is its sender's record of this same item).
        var origin = i.OriginItemId ?? i.Id;
        var reports = (await db.Set<OpinionReport>().IgnoreQueryFilters().AsNoTracking().Where(r => r.OriginItemId == origin).OrderBy(r => r.SentAt).ToListAsync(ct))
            .Select(r => new ReportView(r.Id, Codes.Of(r.Level), Platform.Tenancy.Committee.LevelLabel(r.Level), r.ReceiverName, r.SentAt, r.SentBy, Codes.Of(r.Result),
                Web.Labels.Of(r.Result), r.ResultAt, r.BulletinNo, r.Note, r.ReceiverCommitteeId == null, r.CommitteeId == i.CommitteeId && r.ItemId == i.Id)).ToList();
        var publications = await db.Set<OpinionPublication>().AsNoTracking().Where(p => p.ItemId == i.Id).OrderBy(p => p.PublishedOn)
            .Select(p => new PublicationView(p.Id, p.Name, p.Issue, p.PublishedOn)).ToListAsync(ct);
        var instructed = ctx.Has(Xieshang.Instructions.InstructionPermissions.Read) || i.OwnerUserId == ctx.UserId || i.ReporterUsers.Contains(ctx.UserId ?? Guid.Empty)
            ? await instructions.OnRecordAsync(OpinionInstructionTarget.Name, i.Id, ct) : [];
        var canReport = i.State == OpinionState.Published && ctx.Has(OpinionPermissions.Edit) && !reports.Any(r => r.IsOurs);
        // Where a report would go when the committee above is on the platform (otherwise staff name it).
        var parent = canReport ? await (from c in db.Set<Platform.Tenancy.Committee>()
                                        where c.Id == i.CommitteeId
                                        join p in db.Set<Platform.Tenancy.Committee>() on c.ParentId equals p.Id
                                        select p.Name).FirstOrDefaultAsync(ct) : null;
        return new OpinionView(i.Id, i.Year, i.SerialNo, i.Title, i.Body, i.EditedTitle, i.EditedBody,
            i.EditedTitle == null ? [] : TextDiff.Of(i.Title, i.EditedTitle), i.EditedBody == null ? [] : TextDiff.Of(i.Body, i.EditedBody),
            Codes.Of(i.Category), Web.Labels.Of(i.Category), Codes.Of(i.Source), Web.Labels.Of(i.Source), i.OrgName, reporters, i.CreatedAt, i.SubmittedAt,
            i.ScreenNote, i.SignedBy, i.SignedAt,
            bulletin == null ? null : new BulletinLink(bulletin.Id, bulletin.Year, bulletin.IssueNo, bulletin.Title, Web.Labels.Of(bulletin.Kind)),
            i.Adoption is { } a ? Codes.Of(a) : null, i.FromProposalId,
            i.Source == OpinionSource.Committee ? await origins.OriginOfAsync(db, RecordKinds.Opinion, i.Id, ct) : null, i.ReceivedFromItemId == null ? null : i.OrgName, reports, canReport, parent, publications, instructed,
            i.OwnerUserId == ctx.UserId && i.State is OpinionState.Draft or OpinionState.Returned, engine.View(OpinionFlow.Flow, i));
    }
}
