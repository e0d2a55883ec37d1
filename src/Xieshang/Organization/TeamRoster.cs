using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Web;

namespace Xieshang.Organization;

public sealed record TeamPerson(Guid Id, string Name, string? Employer, string Role, Guid? MembershipId, bool IsMember);
public sealed record TeamView(Guid Id, string Name, TeamKind Kind, string KindLabel, string? Description, IReadOnlyList<TeamPerson> People);

/// <summary>Someone to put on a team: a member by seat, or an outsider by name and employer.</summary>
public sealed record TeamMemberInput(Guid? MembershipId, string? Name, string? Employer, string? Role);

/// <summary>The teams (信息员队伍, 文史队伍, 专家咨询委员会) and who is on them; adding and removing people.</summary>
public sealed class TeamRoster(XieshangDb db)
{
    public async Task<IReadOnlyList<TeamView>> ListAsync(CancellationToken ct = default)
    {
        // The kind is stored as text: ordered here by its declared order, not alphabetically.
        var teams = (await db.Set<Team>().AsNoTracking().ToListAsync(ct)).OrderBy(t => t.Kind).ThenBy(t => t.Name).ToList();
        var people = (await (
                from tm in db.Set<TeamMember>().AsNoTracking()
                join m in db.Set<Membership>() on tm.MembershipId equals m.Id into ms
                from m in ms.DefaultIfEmpty()
                join p in db.Set<Person>() on m.PersonId equals p.Id into ps
                from p in ps.DefaultIfEmpty()
                select new { tm.TeamId, tm.Id, tm.Role, tm.MembershipId, Name = p != null ? p.Name : tm.OutsiderName, Employer = p != null ? p.Employer : tm.OutsiderEmployer })
            .ToListAsync(ct))
            .ToLookup(x => x.TeamId);
        return teams.Select(t => new TeamView(t.Id, t.Name, t.Kind, Labels.Of(t.Kind), t.Description,
            people[t.Id].OrderBy(x => x.Role == "成员").ThenBy(x => x.Name)
                .Select(x => new TeamPerson(x.Id, x.Name ?? "", x.Employer, x.Role, x.MembershipId, x.MembershipId != null)).ToList())).ToList();
    }

    public async Task<Result<Guid>> AddAsync(Guid teamId, TeamMemberInput input, CancellationToken ct = default)
    {
        var team = await db.Set<Team>().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team == null) return new NotFound("队伍不存在，或不属于本政协。");
        var role = string.IsNullOrWhiteSpace(input.Role) ? "成员" : input.Role.Trim();
        if (role.Length > 20) return new Invalid("队伍职务：不超过 20 字。");
        TeamMember entry;
        string who;
        if (input.MembershipId is { } membershipId)
        {
            var member = await db.Set<Membership>().Where(m => m.Id == membershipId && m.Status == MembershipStatus.Active)
                .Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => p.Name).SingleOrDefaultAsync(ct);
            if (member == null) return new Invalid("委员：所选委员不存在、已离任，或不属于本政协。");
            if (await db.Set<TeamMember>().AnyAsync(t => t.TeamId == teamId && t.MembershipId == membershipId, ct))
                return new Invalid($"委员：{member}已在{team.Name}中。");
            entry = new TeamMember { TeamId = teamId, MembershipId = membershipId, Role = role };
            who = member;
        }
        else
        {
            var name = input.Name?.Trim() ?? "";
            if (name.Length is 0 or > 50) return new Invalid("姓名：请选择一位委员，或填写非委员的姓名（不超过 50 字）。");
            var employer = input.Employer?.Trim();
            if (employer?.Length > 100) return new Invalid("工作单位：不超过 100 字。");
            entry = new TeamMember { TeamId = teamId, OutsiderName = name, OutsiderEmployer = string.IsNullOrEmpty(employer) ? null : employer, Role = role };
            who = $"{name}（非委员）";
        }
        db.Add(entry);
        db.Audit("organization.team.add", "加入队伍", team, $"{team.Name}：{who}，{role}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return entry.Id;
    }

    public async Task<Result<Guid>> RemoveAsync(Guid teamId, Guid entryId, CancellationToken ct = default)
    {
        var entry = await db.Set<TeamMember>().SingleOrDefaultAsync(t => t.Id == entryId && t.TeamId == teamId, ct);
        if (entry == null) return new NotFound("该人员不在这支队伍中。");
        var team = await db.Set<Team>().SingleAsync(t => t.Id == teamId, ct);
        var name = entry.OutsiderName ?? await db.Set<Membership>().Where(m => m.Id == entry.MembershipId)
            .Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => p.Name).SingleAsync(ct);
        db.Remove(entry);
        db.Audit("organization.team.remove", "移出队伍", team, $"{team.Name}：{name}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return entryId;
    }
}
