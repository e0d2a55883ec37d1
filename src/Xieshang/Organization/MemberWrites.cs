using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;
using Xieshang.Web;

namespace Xieshang.Organization;

/// <summary>The groupings a seat is to have: this committee's records, already checked by the caller.</summary>
public sealed record SeatGroupings(Choice Sector, Choice? DutyGroup, IReadOnlyList<Choice> SpecialCommittees);

/// <summary>
/// The one place that writes a member, for the form, the API and the roster import alike: adding person, seat and
/// special-committee seats; changing them, with every change of grouping written as a move (<see cref="GroupingChange"/>),
/// the login following a new mobile number, and one audit entry. Callers check the input and save.
/// </summary>
public sealed class MemberWrites(XieshangDb db, ILookupNormalizer normalizer, TimeProvider clock, RequestContext ctx,
    Microsoft.Extensions.Caching.Memory.IMemoryCache cache)
{
    public Membership Add(MemberFields fields, SeatGroupings to, string summary)
    {
        var person = new Person { Name = fields.Name, Party = fields.Party };
        fields.ApplyTo(person);
        var m = new Membership { PersonId = person.Id, Term = fields.Term, MemberNo = fields.MemberNo, SectorId = to.Sector.Id, DutyGroupId = to.DutyGroup?.Id };
        fields.ApplyTo(m);
        db.Add(person);
        db.Add(m);
        foreach (var c in to.SpecialCommittees) db.Add(new SpecialCommitteeSeat { MembershipId = m.Id, SpecialCommitteeId = c.Id });
        db.Audit("organization.member.add", "新增委员", m, $"{person.Name}（{m.MemberNo}）：{summary}");
        return m;
    }

    /// <summary>
    /// Applies the new fields and groupings to a tracked seat and person. The outcome: a problem with the login (nothing
    /// should be saved), or whether anything changed (an audit entry was added and the seat's version will move).
    /// <paramref name="source"/> (e.g. the roster file) heads the audit entry.
    /// </summary>
    public async Task<(string? LoginProblem, bool Changed)> UpdateAsync(Membership m, Person person, IReadOnlyList<SpecialCommitteeSeat> seats,
        MemberFields fields, SeatGroupings to, string? reason, CancellationToken ct, string? source = null)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        // Old groupings are named as the committee's map has them (forgotten on every change, on every node).
        var names = await OrganizationMap.GetAsync(db, cache, ct);
        var moves = new List<GroupingChange>();
        if (m.SectorId != to.Sector.Id)
            moves.Add(Move(m, Grouping.Sector, names.Sectors.GetValueOrDefault(m.SectorId).Name, to.Sector.Name, reason));
        if (m.DutyGroupId != to.DutyGroup?.Id)
            moves.Add(Move(m, Grouping.DutyGroup, names.DutyGroupName(m.DutyGroupId), to.DutyGroup?.Name, reason));
        foreach (var seat in seats.Where(s => to.SpecialCommittees.All(c => c.Id != s.SpecialCommitteeId)))
        {
            db.Remove(seat);
            moves.Add(Move(m, Grouping.SpecialCommittee, names.SpecialCommittees.GetValueOrDefault(seat.SpecialCommitteeId), null, reason));
        }
        foreach (var c in to.SpecialCommittees.Where(c => seats.All(s => s.SpecialCommitteeId != c.Id)))
        {
            db.Add(new SpecialCommitteeSeat { MembershipId = m.Id, SpecialCommitteeId = c.Id });
            moves.Add(Move(m, Grouping.SpecialCommittee, null, c.Name, reason));
        }
        m.SectorId = to.Sector.Id;
        m.DutyGroupId = to.DutyGroup?.Id;
        fields.ApplyTo(m);
        var oldMobile = person.Mobile;
        fields.ApplyTo(person);
        if (await MemberLogin.FollowMobileAsync(db, normalizer, person, oldMobile, ct) is { } loginProblem) return (loginProblem, false);
        db.AddRange(moves);

        var described = string.Join("；", new[] { AuditExtensions.Describe(db.Entry(person)), AuditExtensions.Describe(db.Entry(m)) }
            .Concat(moves.Select(Describe)).Where(s => s.Length > 0));
        if (described.Length == 0) return (null, false);
        // The seat's version moves with any change of the member, so that the next editor's form is stale.
        db.Entry(m).State = EntityState.Modified;
        db.Audit(moves.Count > 0 ? "organization.member.move" : "organization.member.change", moves.Count > 0 ? "调整委员组织" : "修改委员信息", m,
            $"{person.Name}：{(source == null ? "" : source + "；")}{described}");
        return (null, true);
    }

    static string Describe(GroupingChange c) =>
        $"{Labels.Of(c.Grouping)}：{c.From ?? "（无）"} → {c.To ?? "（无）"}" + (c.Reason == null ? "" : $"（{c.Reason}）");

    GroupingChange Move(Membership m, Grouping what, string? from, string? to, string? reason) => new()
    {
        MembershipId = m.Id, Grouping = what, From = from, To = to, EffectiveOn = Shanghai.Today(clock), Reason = reason,
        RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = ctx.UserId,
    };
}
