using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

/// <summary>A clue as written; staff recording a clue from the public or 码上议 give its source and the provider's name.</summary>
public sealed record ClueInput(string? Title, string? Body, string? Source = null, string? SubmitterName = null, Guid? CampaignId = null, int? Version = null);

public sealed record ClueQuery(int? Year = null, string? State = null, string? Source = null, bool Mine = false, bool Catalogue = false, string? Search = null,
    int Page = 1, int PageSize = 50);

public sealed record ClueRow(Guid Id, int Year, string Title, string Source, string SourceLabel, string Submitter, string State, string StateLabel,
    DateTime? SubmittedAt, string? ReferredTo);

public sealed record ClueList(int Total, int Page, int PageSize, IReadOnlyList<ClueRow> Rows);

public sealed record ClueView(Guid Id, int Year, string Title, string Body, string Source, string SourceLabel, string Submitter, string? Campaign,
    DateTime CreatedAt, DateTime? SubmittedAt, string? DecisionNote, Guid? MergedIntoId, Guid? ProposalId, string? ReferredTo, string? ReferredStateLabel,
    string? ReferredFrom, bool CanEdit, WorkflowView Workflow);

/// <summary>
/// 提案线索: written by members (or entered by staff for the public, 码上议 and research), screened, published in the
/// catalogue, adopted into a proposal draft, or referred to the next committee up — where, when that committee uses
/// this platform, its staff find it in their own queue.
/// </summary>
public sealed class Clues(XieshangDb db, RequestContext ctx, WorkflowEngine engine, TimeProvider clock)
{
    bool IsStaff => ctx.Has(ProposalPermissions.Review);

    public async Task<Result<Guid>> SaveAsync(Guid? id, ClueInput input, CancellationToken ct = default)
    {
        if (ctx.UserId is not { } user) return new Unauthorized("请先登录。");
        var clue = id is { } existing ? await db.Set<ProposalClue>().SingleOrDefaultAsync(c => c.Id == existing, ct) : null;
        if (id != null && (clue == null || clue.SubmitterUserId != user)) return new NotFound("该线索不存在，或不是您的线索。");
        if (clue != null && clue.State != ClueState.Draft) return new Conflict("线索已提交，不能再修改。");
        if (clue != null && input.Version is { } v && v != clue.Version) return new Conflict("该线索已在别处修改，请刷新后再改。");
        var title = input.Title?.Trim() ?? "";
        if (title.Length is < 4 or > 100) return new Invalid("标题：4 至 100 个字。");
        var body = input.Body?.Trim() ?? "";
        if (body.Length is < 10 or > 3000) return new Invalid("内容：请写清问题和建议方向（10 至 3,000 字）。");
        var source = ClueSource.Member;
        var name = ctx.UserName ?? "";
        if (IsStaff && input.Source is { Length: > 0 })
        {
            if (Codes.Parse<ClueSource>(input.Source) is not { } s || s == ClueSource.LowerCommittee) return new Invalid("来源：请选择委员、群众、码上议、委员在行动或调研。");
            source = s;
            name = input.SubmitterName?.Trim() is { Length: >= 2 and <= 100 } given ? given : name;
        }
        else if (await CurrentSeat.FindAsync(db, ctx, ct) == null && !IsStaff) return new Forbidden("您在本政协没有在任委员席位，不能提交线索。");
        if (input.CampaignId is { } campaign && !await db.Set<Meetings.Campaign>().AnyAsync(c => c.Id == campaign, ct))
            return new Invalid("委员在行动：所选活动不存在，或不属于本政协。");
        if (input.CampaignId != null && source == ClueSource.Member) source = ClueSource.Campaign;

        var now = clock.GetUtcNow().UtcDateTime;
        if (clue == null)
        {
            clue = new ProposalClue { Title = title, SubmitterUserId = user, CreatedAt = now, Year = Web.Shanghai.ToLocal(now).Year };
            db.Add(clue);
        }
        (clue.Title, clue.Body, clue.Source, clue.SubmitterName, clue.CampaignId) = (title, body, source, name, input.CampaignId);
        db.Audit(id == null ? "proposal-clue.create" : "proposal-clue.change", id == null ? "提出提案线索" : "修改提案线索", clue, title);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return clue.Id;
    }

    public async Task<ClueList> ListAsync(ClueQuery q, CancellationToken ct = default)
    {
        var (page, size) = (Math.Max(1, q.Page), Math.Clamp(q.PageSize, 1, 200));
        var clues = db.Set<ProposalClue>().AsNoTracking();
        // Members see their own and the catalogue; staff the committee's submitted ones.
        if (q.Mine || !IsStaff && !q.Catalogue) clues = clues.Where(c => c.SubmitterUserId == ctx.UserId);
        else if (q.Catalogue) clues = clues.Where(c => c.State == ClueState.InCatalogue);
        else clues = clues.Where(c => c.State != ClueState.Draft);
        if (q.Year is { } year) clues = clues.Where(c => c.Year == year);
        if (Codes.Parse<ClueState>(q.State) is { } state) clues = clues.Where(c => c.State == state);
        if (Codes.Parse<ClueSource>(q.Source) is { } source) clues = clues.Where(c => c.Source == source);
        if (q.Search?.Trim() is { Length: > 0 and <= 50 } s) clues = clues.Where(c => c.Title.Contains(s));
        var total = await clues.CountAsync(ct);
        var rows = await clues.OrderByDescending(c => c.SubmittedAt ?? c.CreatedAt).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size)
            .Select(c => new { c.Id, c.Year, c.Title, c.Source, c.SubmitterName, c.State, c.SubmittedAt, c.ReferredToCommitteeId }).ToListAsync(ct);
        var names = await CommitteeNamesAsync(rows.Select(r => r.ReferredToCommitteeId), ct);
        return new ClueList(total, page, size, rows.Select(r => new ClueRow(r.Id, r.Year, r.Title, Codes.Of(r.Source), Web.Labels.Of(r.Source),
            r.Source == ClueSource.Member || IsStaff ? r.SubmitterName : Web.Labels.Of(r.Source), Codes.Of(r.State), ClueFlow.Flow.LabelOf(r.State), r.SubmittedAt,
            r.ReferredToCommitteeId is { } to ? names.GetValueOrDefault(to) : null)).ToList());
    }

    async Task<Dictionary<Guid, string>> CommitteeNamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Set<Committee>().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    async Task<ProposalClue?> LoadAsync(Guid id, CancellationToken ct)
    {
        var clue = await db.Set<ProposalClue>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (clue == null) return null;
        var visible = IsStaff || ctx.Has(ProposalPermissions.Read) || clue.SubmitterUserId == ctx.UserId || clue.State == ClueState.InCatalogue
            || clue.ProposalId is { } draft && await db.Set<Proposal>().AnyAsync(p => p.Id == draft && p.OwnerUserId == ctx.UserId, ct);
        return visible ? clue : null;
    }

    public async Task<ClueView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var c = await LoadAsync(id, ct);
        if (c == null) return null;
        var names = await CommitteeNamesAsync([c.ReferredToCommitteeId, c.ReferredFromCommitteeId], ct);
        // Our own clue's fate in the committee it went to: that one record, read across the boundary on purpose.
        var referredState = c.ReferredCopyId is { } copy
            ? await db.Set<ProposalClue>().IgnoreQueryFilters().Where(x => x.Id == copy).Select(x => (ClueState?)x.State).SingleOrDefaultAsync(ct) : null;
        var campaign = c.CampaignId is { } cid ? await db.Set<Meetings.Campaign>().Where(x => x.Id == cid).Select(x => x.Theme).SingleOrDefaultAsync(ct) : null;
        return new ClueView(c.Id, c.Year, c.Title, c.Body, Codes.Of(c.Source), Web.Labels.Of(c.Source), c.SubmitterName, campaign, c.CreatedAt, c.SubmittedAt,
            c.DecisionNote, c.MergedIntoId, c.ProposalId, c.ReferredToCommitteeId is { } to ? names.GetValueOrDefault(to) : null,
            referredState is { } rs ? ClueFlow.Flow.LabelOf(rs) : null, c.ReferredFromCommitteeId is { } from ? names.GetValueOrDefault(from) : null,
            c.State == ClueState.Draft && c.SubmitterUserId == ctx.UserId, engine.View(ClueFlow.Flow, c));
    }

    /// <summary>A step of the clue's table, with what it brings: a reason, a host, a draft, or the copy in the committee above.</summary>
    public async Task<Result<ProposalClue>> ActAsync(Guid id, string action, string? note, Guid? hostId, int? version, CancellationToken ct = default)
    {
        var clue = await LoadAsync(id, ct);
        if (clue == null) return new NotFound("该线索不存在，或您无权查看。");
        if (version is { } v && v != clue.Version) return new Conflict("该线索已被他人处理，请刷新后查看最新状态。");
        note = note?.Trim();
        if (note?.Length > 1000) return new Invalid("说明：不超过 1,000 字。");
        if (action == "convert") return new Invalid("提案提交后，线索会自动标为“已转提案”。");
        if (action == "reject" && string.IsNullOrEmpty(note)) return new Invalid("不采纳：请写明理由。");
        if (action == "merge" && (hostId is not { } h || h == id || !await db.Set<ProposalClue>().AnyAsync(c => c.Id == h && c.State != ClueState.Draft && c.State != ClueState.Merged, ct)))
            return new Invalid("合并：请选择本政协另一条已提交的线索。");
        Committee? parent = null;
        if (action == "refer_up")
        {
            var parentId = await db.Set<Committee>().Where(c => c.Id == clue.CommitteeId).Select(c => c.ParentId).SingleAsync(ct);
            parent = parentId is { } pid ? await db.Set<Committee>().SingleOrDefaultAsync(c => c.Id == pid, ct) : null;
            if (parent == null) return new Conflict("本政协没有上级政协，不能上报。");
        }
        Guid? seat = null;
        if (action == "adopt" && (seat = await CurrentSeat.FindAsync(db, ctx, ct)) == null) return new Forbidden("据此撰写提案需要在任委员席位。");

        var applied = await engine.ApplyAsync(ClueFlow.Flow, clue, action, note, ct);
        if (!applied.Ok) return applied.Error!;
        var now = clock.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case "submit": clue.SubmittedAt = now; break;
            case "reject" or "accept" or "publish" or "archive": clue.DecisionNote = note ?? clue.DecisionNote; break;
            case "merge": clue.MergedIntoId = hostId; break;
            case "adopt":
                var draft = new Proposal
                {
                    Title = clue.Title.Length >= 4 ? clue.Title : $"关于{clue.Title}的建议", Situation = clue.Body, OwnerUserId = ctx.UserId!.Value, FirstProposerId = seat,
                    CreatedAt = now, Year = Web.Shanghai.ToLocal(now).Year,
                };
                db.Add(draft);
                db.Add(new ProposalSigner { ProposalId = draft.Id, MembershipId = seat!.Value, Role = SignerRole.First, State = CosignFlow.Author, RespondedAt = now });
                db.Audit("proposal.create", "据线索撰写提案", draft, clue.Title);
                clue.ProposalId = draft.Id;
                break;
        }
        if (action != "refer_up")
            return await db.SaveOrConflictAsync(ct) is { } conflict ? conflict : clue;

        // 上报: this committee's record and the copy in the committee above, in one transaction; the copy is written
        // under that committee, as its own record, for its staff's queue.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var copy = new ProposalClue
        {
            CommitteeId = parent!.Id, Year = clue.Year, Source = ClueSource.LowerCommittee, Title = clue.Title, Body = clue.Body,
            SubmitterName = ctx.CommitteeName ?? "", CreatedAt = now, SubmittedAt = now, State = ClueState.Submitted,
            ReferredFromCommitteeId = clue.CommitteeId, ReferredFromClueId = clue.Id,
        };
        (clue.ReferredToCommitteeId, clue.ReferredCopyId) = (parent.Id, copy.Id);
        if (await db.SaveOrConflictAsync(ct) is { } saved) return saved;
        db.Bind(RequestContext.System(parent.Id, parent.Name));
        try
        {
            db.Add(copy);
            db.Add(new AuditEntry
            {
                CommitteeId = parent.Id, Action = "proposal-clue.received", ActionLabel = "收到下级政协报送的提案线索", RecordType = AuditExtensions.RecordType(typeof(ProposalClue)),
                RecordId = copy.Id.ToString(), Summary = $"{ctx.CommitteeName}：{clue.Title}", ActorName = ctx.UserName ?? "",
            });
            if (await db.SaveOrConflictAsync(ct) is { } copied) return copied;
        }
        finally { db.Bind(ctx); }
        await tx.CommitAsync(ct);
        return clue;
    }
}
