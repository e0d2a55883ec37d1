using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

/// <summary>The outcome for one member: the login name and, for a new login, the first password (shown once).</summary>
public sealed record LoginGranted(Guid MembershipId, string Name, string UserName, string? FirstPassword, string? Problem);

/// <summary>
/// Gives members a login in one action (one or many): the user name is their mobile number, the role 委员 in this
/// committee; someone who already has a login (say, at the city committee) keeps it and gains the role here.
/// Ending a seat (离任) takes the role away and switches the login off when nothing else uses it; person, seat and
/// audit trail stay.
/// </summary>
public sealed class MemberAccounts(XieshangDb db, UserManager<User> users, RequestContext ctx, TimeProvider clock,
    OrganizationChanges changes)
{
    public async Task<IReadOnlyList<LoginGranted>> GrantLoginsAsync(IReadOnlyCollection<Guid> membershipIds, CancellationToken ct = default)
    {
        var rows = await db.Set<Membership>().Where(m => membershipIds.Contains(m.Id) && m.Status == MembershipStatus.Active)
            .Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => new { m, p }).ToListAsync(ct);
        var results = new List<LoginGranted>();
        foreach (var id in membershipIds.Where(id => rows.All(r => r.m.Id != id)))
            results.Add(new LoginGranted(id, "", "", null, "委员不存在或已离任。"));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (m, p) in rows.Select(r => (r.m, r.p)))
        {
            if (p.UserId != null) { results.Add(new LoginGranted(m.Id, p.Name, "", null, "已开通登录账号。")); continue; }
            if (string.IsNullOrWhiteSpace(p.Mobile)) { results.Add(new LoginGranted(m.Id, p.Name, "", null, "没有手机号，无法以手机号开通。")); continue; }

            var user = await users.FindByNameAsync(p.Mobile) ?? await db.Users.SingleOrDefaultAsync(u => u.PhoneNumber == p.Mobile, ct);
            string? password = null;
            if (user == null)
            {
                password = FirstPassword();
                user = new User { UserName = p.Mobile, PhoneNumber = p.Mobile, DisplayName = p.Name, CreatedAt = now };
                var created = await users.CreateAsync(user, password);
                if (!created.Succeeded)
                {
                    results.Add(new LoginGranted(m.Id, p.Name, "", null, string.Join(" ", created.Errors.Select(e => e.Description))));
                    continue;
                }
            }
            p.UserId = user.Id;
            if (!await db.Set<CommitteeRole>().AnyAsync(r => r.UserId == user.Id && r.Role == Role.Member, ct))
                db.Add(new CommitteeRole { UserId = user.Id, Role = Role.Member, GrantedAt = now });
            db.Audit("organization.member.login", "开通登录账号", p, $"{p.Name}：登录名 {user.UserName}");
            await db.SaveChangesAsync(ct);
            await changes.ChangedAsync(m.CommitteeId);
            results.Add(new LoginGranted(m.Id, p.Name, user.UserName!, password, null));
        }
        return results;
    }

    public async Task<Result<Guid>> EndSeatAsync(Guid membershipId, MembershipStatus status, CancellationToken ct = default)
    {
        if (status == MembershipStatus.Active) return new Invalid("请选择“辞去”或“撤销”。");
        var m = await db.Set<Membership>().SingleOrDefaultAsync(x => x.Id == membershipId, ct);
        if (m == null) return new NotFound("委员不存在，或不在本政协。");
        if (m.Status != MembershipStatus.Active) return new Conflict("该委员已离任。");
        var p = await db.Set<Person>().SingleAsync(x => x.Id == m.PersonId, ct);
        m.Status = status;
        db.Audit("organization.member.end", status == MembershipStatus.Resigned ? "辞去委员" : "撤销委员资格", m,
            $"{p.Name}（{m.MemberNo}）：{(status == MembershipStatus.Resigned ? "辞去" : "撤销")}");
        if (p.UserId is { } userId)
        {
            var roles = await db.Set<CommitteeRole>().Where(r => r.UserId == userId && r.Role == Role.Member).ToListAsync(ct);
            db.RemoveRange(roles);
            // The login goes off only when it is used for nothing else, here or in another committee.
            var otherRoles = await db.Set<CommitteeRole>().IgnoreQueryFilters()
                .AnyAsync(r => r.UserId == userId && !(r.CommitteeId == m.CommitteeId && r.Role == Role.Member), ct);
            if (!otherRoles)
            {
                var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
                user.IsActive = false;
            }
        }
        db.Add(StatusChange(m, MembershipStatus.Active, status));
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(m.CommitteeId);
        return m.Id;
    }

    /// <summary>恢复委员资格: undoes an ending made in error; the login (if any) works again with the member role.</summary>
    public async Task<Result<Guid>> ReinstateAsync(Guid membershipId, CancellationToken ct = default)
    {
        var m = await db.Set<Membership>().SingleOrDefaultAsync(x => x.Id == membershipId, ct);
        if (m == null) return new NotFound("委员不存在，或不在本政协。");
        if (m.Status == MembershipStatus.Active) return new Conflict("该委员在任，无需恢复。");
        var p = await db.Set<Person>().SingleAsync(x => x.Id == m.PersonId, ct);
        var before = m.Status;
        m.Status = MembershipStatus.Active;
        db.Audit("organization.member.reinstate", "恢复委员资格", m, $"{p.Name}（{m.MemberNo}）");
        db.Add(StatusChange(m, before, MembershipStatus.Active));
        if (p.UserId is { } userId)
        {
            if (!await db.Set<CommitteeRole>().AnyAsync(r => r.UserId == userId && r.Role == Role.Member, ct))
                db.Add(new CommitteeRole { UserId = userId, Role = Role.Member, GrantedAt = clock.GetUtcNow().UtcDateTime });
            (await db.Users.SingleAsync(u => u.Id == userId, ct)).IsActive = true;
        }
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(m.CommitteeId);
        return m.Id;
    }

    GroupingChange StatusChange(Membership m, MembershipStatus from, MembershipStatus to) => new()
    {
        MembershipId = m.Id, Grouping = Grouping.Status, From = Web.Labels.Of(from), To = Web.Labels.Of(to),
        EffectiveOn = Web.Shanghai.Today(clock), RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = ctx.UserId,
    };

    /// <summary>Twelve characters meeting the password rules, from a cryptographic source.</summary>
    static string FirstPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "@#$%&*";
        var all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 8).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }
}
