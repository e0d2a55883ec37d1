using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Jobs;
using Xieshang.Platform.Notifications;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Proposals;

/// <summary>
/// The statutory deadlines, kept by the platform: a joint proposal whose co-signing window closed goes in with those
/// who confirmed; units hear 15 days before the reply is due, and when the 面商 is late; an overdue reply goes to the
/// proposal committee. Each reminder goes once and is audited.
/// </summary>
public sealed class ProposalDeadlines(XieshangDb db, Notifier notifier, TimeProvider clock, IServiceProvider services)
{
    public const int ReminderDays = 15;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var done = 0;
        // Co-signing windows that closed: submitted on the first proposer's behalf.
        var closed = await db.Set<Proposal>().IgnoreQueryFilters().Where(p => p.State == ProposalState.Cosigning && p.DueAt < now)
            .Select(p => new { p.Id, p.CommitteeId }).Take(200).ToListAsync(ct);
        foreach (var p in closed)
        {
            await BindAsync(p.CommitteeId, ct);
            var result = await services.GetRequiredService<ProposalActions>().SubmitForOwnerAsync(p.Id, ct);
            if (result.Ok) done++;
        }

        var open = new[] { ProposalState.Assigning, ProposalState.Handling, ProposalState.Rehandling };
        var rows = await (from a in db.Set<Assignment>().IgnoreQueryFilters()
                          join p in db.Set<Proposal>().IgnoreQueryFilters() on a.ProposalId equals p.Id
                          where a.Status != AssignmentStatus.Returned && a.Role != AssignmentRole.Co && open.Contains(p.State)
                              && ((a.ReplyRemindedAt == null && a.ReplyDueAt < now.AddDays(ReminderDays))
                                  || (a.OverdueNotifiedAt == null && a.ReplyDueAt < now)
                                  || (a.ContactRemindedAt == null && a.ContactedAt == null && a.ContactDueAt < now))
                          select a).Take(500).ToListAsync(ct);
        foreach (var committee in rows.GroupBy(a => a.CommitteeId))
        {
            await BindAsync(committee.Key, ct);
            foreach (var a in committee)
            {
                var proposal = await db.Set<Proposal>().SingleAsync(p => p.Id == a.ProposalId, ct);
                // Replies already in for this round need no reminder.
                var round = proposal.State == ProposalState.Rehandling ? 2 : 1;
                if (await db.Set<Reply>().AnyAsync(r => r.AssignmentId == a.Id && r.Review != ReplyCheck.Rejected && r.Round == round, ct))
                {
                    a.ReplyRemindedAt ??= now;
                    a.OverdueNotifiedAt ??= now;
                    continue;
                }
                var unit = await db.Set<GovOrg>().Where(o => o.Id == a.GovOrgId).Select(o => o.Name).SingleAsync(ct);
                var clerks = await db.Set<GovOrgUser>().Where(x => x.GovOrgId == a.GovOrgId).Select(x => x.UserId).ToListAsync(ct);
                var link = $"/proposals/{proposal.Id}";
                var due = Web.Shanghai.Format(a.ReplyDueAt, withTime: false);
                if (a.ReplyDueAt < now && a.OverdueNotifiedAt == null)
                {
                    a.OverdueNotifiedAt = a.ReplyRemindedAt ??= now;
                    await notifier.NotifyAsync(clerks, $"提案答复已逾期：{proposal.Title}", $"第 {proposal.CaseNo} 号提案的答复期限（{due}）已过，请尽快答复。", link, ct);
                    await notifier.NotifyAsync(await ReviewersAsync(ct), $"提案答复逾期：{unit}", $"{unit}承办的第 {proposal.CaseNo} 号提案《{proposal.Title}》答复已逾期（期限 {due}）。", link, ct);
                    db.Audit("proposal.overdue", "答复逾期，报提案委员会", proposal, $"{unit}，期限 {due}");
                }
                else if (a.ReplyRemindedAt == null && a.ReplyDueAt < now.AddDays(ReminderDays))
                {
                    a.ReplyRemindedAt = now;
                    await notifier.NotifyAsync(clerks, $"提案答复期限将至：{proposal.Title}", $"第 {proposal.CaseNo} 号提案请于 {due} 前答复。", link, ct);
                    db.Audit("proposal.remind", "答复期限提醒", proposal, $"{unit}，期限 {due}");
                }
                if (a.ContactRemindedAt == null && a.ContactedAt == null && a.ContactDueAt < now)
                {
                    a.ContactRemindedAt = now;
                    await notifier.NotifyAsync(clerks, $"请与提案人沟通：{proposal.Title}", $"签收后 {HandleProposal.ContactWorkingDays} 个工作日内应与提案人面商，请尽快联系并在系统中记录。", link, ct);
                    db.Audit("proposal.contact_remind", "面商提醒", proposal, unit);
                }
                done++;
            }
            await db.SaveOrConflictAsync(ct);
        }
        return done;
    }

    async Task BindAsync(Guid committeeId, CancellationToken ct)
    {
        var name = await db.Set<Committee>().IgnoreQueryFilters().Where(c => c.Id == committeeId).Select(c => c.Name).SingleAsync(ct);
        db.Bind(RequestContext.System(committeeId, name));
    }

    /// <summary>The logins holding the review permission in the bound committee: the proposal committee's office.</summary>
    async Task<List<Guid>> ReviewersAsync(CancellationToken ct) =>
        await (from r in db.Set<CommitteeRole>()
               join p in db.Set<RolePermission>() on r.Role equals p.Role
               where p.Permission == ProposalPermissions.Review.Name
               select r.UserId).Distinct().ToListAsync(ct);
}

public sealed class ProposalDeadlinesJob : IRecurringJob
{
    public string Name => "proposals.deadlines";
    public TimeSpan Interval => TimeSpan.FromHours(1);
    public Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<ProposalDeadlines>().RunAsync(ct);
}
