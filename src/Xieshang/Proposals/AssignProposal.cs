using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Platform.Workflow;

namespace Xieshang.Proposals;

public enum AssignMode { [Display(Name = "单办")] Single, [Display(Name = "主办加协办")] LeadCo, [Display(Name = "分办")] Separate }

/// <summary>交办 (or 重新交办 after a return request): the units and how they share the work.</summary>
public sealed record AssignInput(string? Mode, Guid? LeadId = null, IReadOnlyList<Guid>? UnitIds = null, string? Note = null, int? Version = null);

/// <summary>
/// Gives a filed proposal to its handling units — one, a lead with co-handlers, or several separately — with the reply
/// due three months later; a reassignment ends the current rows (history kept) and gives it anew.
/// </summary>
public sealed class AssignProposal(XieshangDb db, WorkflowEngine engine, RequestContext ctx, TimeProvider clock, Notifier notifier)
{
    public const int ReplyMonths = 3, MaxMonths = 6, ReturnDays = 10;

    /// <summary>延期: the reply may be due later than three months after assignment, for a stated reason, up to six.</summary>
    public async Task<Result<Proposal>> ExtendAsync(Guid id, int? months, string? reason, int? version, CancellationToken ct = default)
    {
        if (!ctx.Has(ProposalPermissions.Review)) return new Forbidden("只有提案委员会可以批准延期答复。");
        var proposal = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        if (proposal == null) return new NotFound("该提案不存在，或您无权查看。");
        if (version is { } v && v != proposal.Version) return new Conflict("该提案已被他人处理，请刷新后查看最新状态。");
        if (proposal.State is not (ProposalState.Assigning or ProposalState.Handling or ProposalState.Rehandling))
            return new Conflict($"提案“{ProposalFlow.Flow.LabelOf(proposal.State)}”，无需延期。");
        if (months is not (> ReplyMonths and <= MaxMonths)) return new Invalid($"延期：答复期限只能延至交办后 {ReplyMonths + 1} 至 {MaxMonths} 个月。");
        if (reason?.Trim() is not { Length: >= 5 and <= 500 } why) return new Invalid("延期：请写明延期理由（5 至 500 字）。");
        var rows = await db.Set<Assignment>().Where(a => a.ProposalId == id && a.Status != AssignmentStatus.Returned).ToListAsync(ct);
        foreach (var a in rows)
            (a.ReplyDueAt, a.ExtensionReason, a.ReplyRemindedAt, a.OverdueNotifiedAt) = (a.AssignedAt.AddMonths(months.Value), why, null, null);
        proposal.DueAt = rows.Where(a => a.Role != AssignmentRole.Co).Min(a => (DateTime?)a.ReplyDueAt);
        db.Audit("proposal.extend", "延期答复", proposal, $"延至交办后 {months} 个月（{Web.Shanghai.Format(proposal.DueAt ?? DateTime.MinValue, withTime: false)}）：{why}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal;
    }

    public async Task<Result<Proposal>> HandleAsync(Guid id, AssignInput input, CancellationToken ct = default)
    {
        var proposal = await ProposalAccess.LoadAsync(db, ctx, id, ct);
        if (proposal == null) return new NotFound("该提案不存在，或您无权查看。");
        if (input.Version is { } v && v != proposal.Version) return new Conflict("该提案已被他人处理，请刷新后查看最新状态。");
        var action = proposal.State == ProposalState.ReturnRequested ? "reassign" : "assign";
        if (Codes.Parse<AssignMode>(input.Mode) is not { } mode) return new Invalid("交办方式：请选择单办、主办加协办或分办。");
        var others = (input.UnitIds ?? []).Distinct().Where(u => u != input.LeadId).ToList();
        List<(Guid Unit, AssignmentRole Role)> wanted = mode switch
        {
            AssignMode.Single when input.LeadId is { } lead && others.Count == 0 => [(lead, AssignmentRole.Single)],
            AssignMode.LeadCo when input.LeadId is { } lead && others.Count > 0 => [(lead, AssignmentRole.Lead), .. others.Select(o => (o, AssignmentRole.Co))],
            AssignMode.Separate when input.LeadId == null && others.Count >= 2 => others.Select(o => (o, AssignmentRole.Separate)).ToList(),
            _ => [],
        };
        if (wanted.Count == 0)
            return new Invalid(mode switch
            {
                AssignMode.Single => "单办：请只选一个承办单位。",
                AssignMode.LeadCo => "主办加协办：请选一个主办单位和至少一个协办单位。",
                _ => "分办：请选至少两个承办单位（不设主办）。",
            });
        var unitIds = wanted.Select(w => w.Unit).ToList();
        var units = await db.Set<GovOrg>().Where(o => unitIds.Contains(o.Id) && o.IsHandlingUnit).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        if (units.Count != unitIds.Count) return new Invalid("承办单位：所选单位不存在、不属于本政协，或不是承办单位。");

        var applied = await engine.ApplyAsync(ProposalFlow.Flow, proposal, action, input.Note, ct);
        if (!applied.Ok) return applied.Error!;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var old in await db.Set<Assignment>().Where(a => a.ProposalId == id && a.Status != AssignmentStatus.Returned).ToListAsync(ct))
            old.Status = AssignmentStatus.Returned;
        foreach (var (unit, role) in wanted)
            db.Add(new Assignment { ProposalId = id, GovOrgId = unit, Role = role, Status = AssignmentStatus.Assigned, AssignedAt = now, ReplyDueAt = now.AddMonths(ReplyMonths) });

        await AssignmentQueue.Sync(db, proposal, ct);
        var clerks = await db.Set<GovOrgUser>().Where(x => unitIds.Contains(x.GovOrgId)).Select(x => x.UserId).Distinct().ToListAsync(ct);
        await notifier.NotifyAsync(clerks, $"提案交办：{proposal.Title}",
            $"第 {proposal.CaseNo} 号提案《{proposal.Title}》已交贵单位办理（{string.Join("、", wanted.Select(w => $"{units.Single(u => u.Id == w.Unit).Name}{Web.Labels.Of(w.Role)}"))}）。" +
            $"请签收；如不属于贵单位职责，请于 {ReturnDays} 日内申请退回。答复期限：{Web.Shanghai.Format(now.AddMonths(ReplyMonths), withTime: false)}。", $"/proposals/{id}", ct);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return proposal;
    }
}
