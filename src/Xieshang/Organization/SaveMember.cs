using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;
using Xieshang.Web;

namespace Xieshang.Organization;

/// <summary>A member as the form and the API send it. Groupings are ids of this committee's records.</summary>
public sealed record MemberInput(
    string? Name, Gender? Gender, int? BirthYear, string? Party, string? Mobile, string? Employer, string? JobTitle,
    string? Term, string? MemberNo, MemberRole? Role, bool IsStanding, Guid? SectorId, Guid? DutyGroupId,
    IReadOnlyList<Guid>? SpecialCommitteeIds = null,
    /// <summary>Why groupings change (调整原因), kept with the history.</summary>
    string? Reason = null,
    /// <summary>The version of the seat the editor read; a different current version is a conflict.</summary>
    int? Version = null);

/// <summary>
/// Adds a member (person and seat) or changes one. A change of sector, duty group or special committees is a move:
/// it is written to the member's grouping history with the date and reason, so that the profile and the assessment
/// know where the member was when.
/// </summary>
public sealed class SaveMember(XieshangDb db, TimeProvider clock, MemberWrites writes, OrganizationChanges changes)
{
    public async Task<Result<Guid>> CreateAsync(MemberInput input, CancellationToken ct = default)
    {
        var checkedInput = await CheckAsync(input, null, ct);
        if (!checkedInput.Ok) return checkedInput.Error!;
        var (fields, to) = checkedInput.Value;
        var m = writes.Add(fields, to, to.Sector.Name + (to.DutyGroup == null ? "" : $"，{to.DutyGroup.Name}") +
            (to.SpecialCommittees.Count == 0 ? "" : $"，{string.Join("、", to.SpecialCommittees.Select(s => s.Name))}"));
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(m.CommitteeId);
        return m.Id;
    }

    public async Task<Result<Guid>> UpdateAsync(Guid membershipId, MemberInput input, CancellationToken ct = default)
    {
        var m = await db.Set<Membership>().SingleOrDefaultAsync(x => x.Id == membershipId, ct);
        if (m == null) return new NotFound("委员不存在，或不在本政协。");
        if (input.Version is { } v && v != m.Version) return new Conflict("该委员的信息已被他人修改，请刷新后再改。");
        if (m.Status != MembershipStatus.Active) return new Conflict("该委员已离任，不能再调整；请先恢复其委员资格。");
        var checkedInput = await CheckAsync(input, m, ct);
        if (!checkedInput.Ok) return checkedInput.Error!;
        var (fields, to) = checkedInput.Value;
        var person = await db.Set<Person>().SingleAsync(p => p.Id == m.PersonId, ct);
        var seats = await db.Set<SpecialCommitteeSeat>().Where(s => s.MembershipId == m.Id).ToListAsync(ct);

        var (loginProblem, changed) = await writes.UpdateAsync(m, person, seats, fields, to, input.Reason, ct);
        if (loginProblem != null) return new Invalid($"手机号：{loginProblem}");
        if (!changed) return m.Id;
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(m.CommitteeId);
        return m.Id;
    }

    /// <summary>The member as the edit form starts from, with the version it guards.</summary>
    public async Task<MemberInput?> LoadAsync(Guid membershipId, CancellationToken ct = default)
    {
        var row = await db.Set<Membership>().AsNoTracking().Where(m => m.Id == membershipId)
            .Join(db.Set<Person>(), m => m.PersonId, p => p.Id, (m, p) => new { m, p }).SingleOrDefaultAsync(ct);
        if (row == null) return null;
        var committees = await db.Set<SpecialCommitteeSeat>().AsNoTracking().Where(s => s.MembershipId == membershipId)
            .Select(s => s.SpecialCommitteeId).ToListAsync(ct);
        var (m, p) = (row.m, row.p);
        return new MemberInput(p.Name, p.Gender, p.BirthYear, p.Party, p.Mobile, p.Employer, p.JobTitle, m.Term, m.MemberNo, m.Role,
            m.IsStanding, m.SectorId, m.DutyGroupId, committees, null, m.Version);
    }

    async Task<Result<(MemberFields, SeatGroupings)>> CheckAsync(MemberInput input, Membership? existing, CancellationToken ct)
    {
        var fields = new MemberFields(Trim(input.Name) ?? "", input.Gender ?? Gender.Male, input.BirthYear, Trim(input.Party) ?? "",
            MemberRules.NormalizeMobile(input.Mobile), Trim(input.Employer), Trim(input.JobTitle), Trim(input.Term) ?? "",
            Trim(input.MemberNo) ?? "", input.Role ?? MemberRole.Member, input.IsStanding);
        var errors = MemberRules.Check(fields, Shanghai.Today(clock).Year).ToList();
        if (input.Gender is not { } g || !Enum.IsDefined(g)) errors.Add(new("性别", "请选择男或女。"));
        if (input.Role is { } r && !Enum.IsDefined(r)) errors.Add(new("政协职务", "请选择委员、主席、副主席或秘书长。"));
        if (input.Reason?.Trim().Length > 200) errors.Add(new("调整原因", "不超过 200 字。"));

        var personId = existing?.PersonId;
        var seatId = existing?.Id;
        if (fields.Mobile != null && await db.Set<Person>().Where(p => p.Mobile == fields.Mobile && p.Id != personId)
                .Select(p => p.Name).FirstOrDefaultAsync(ct) is { } holder)
            errors.Add(new("手机号", $"{fields.Mobile} 已登记为{holder}的手机号，一个号码只能属于一位委员。"));
        if (fields.MemberNo.Length > 0 && await db.Set<Membership>().AnyAsync(m => m.MemberNo == fields.MemberNo && m.Id != seatId, ct))
            errors.Add(new("委员证号", $"{fields.MemberNo} 已被使用。"));

        // The global filter hides other committees' records: an id from elsewhere is "not found here".
        Choice? sector = input.SectorId is { } sid
            ? await db.Set<Sector>().Where(s => s.Id == sid).Select(s => new Choice(s.Id, s.Name)).SingleOrDefaultAsync(ct) : null;
        if (sector == null) errors.Add(new("界别", input.SectorId == null ? "请选择界别。" : "所选界别不存在，或不属于本政协。"));
        Choice? group = null;
        if (input.DutyGroupId is { } gid)
        {
            group = await db.Set<DutyGroup>().Where(d => d.Id == gid).Select(d => new Choice(d.Id, d.Name)).SingleOrDefaultAsync(ct);
            if (group == null) errors.Add(new("履职小组", "所选履职小组不存在，或不属于本政协。"));
        }
        var wanted = (input.SpecialCommitteeIds ?? []).Distinct().ToList();
        var committees = await db.Set<SpecialCommittee>().Where(c => wanted.Contains(c.Id)).OrderBy(c => c.SortOrder)
            .Select(c => new Choice(c.Id, c.Name)).ToListAsync(ct);
        if (committees.Count != wanted.Count) errors.Add(new("专委会", "所选专委会不存在，或不属于本政协。"));

        if (errors.Count > 0) return new Invalid(string.Join("；", errors));
        return (fields, new SeatGroupings(sector!, group, committees));
    }

    static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
