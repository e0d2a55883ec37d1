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
public sealed class SaveMember(XieshangDb db, TimeProvider clock, RequestContext ctx, OrganizationChanges changes,
    Microsoft.AspNetCore.Identity.ILookupNormalizer normalizer)
{
    public async Task<Result<Guid>> CreateAsync(MemberInput input, CancellationToken ct = default)
    {
        var checkedInput = await CheckAsync(input, null, ct);
        if (!checkedInput.Ok) return checkedInput.Error!;
        var (fields, refs) = checkedInput.Value;
        var person = new Person { Name = fields.Name, Party = fields.Party };
        fields.ApplyTo(person);
        db.Add(person);
        var m = new Membership { PersonId = person.Id, Term = fields.Term, MemberNo = fields.MemberNo, SectorId = refs.Sector.Id, DutyGroupId = refs.DutyGroup?.Id };
        fields.ApplyTo(m);
        db.Add(m);
        foreach (var sc in refs.SpecialCommittees)
            db.Add(new SpecialCommitteeSeat { MembershipId = m.Id, SpecialCommitteeId = sc.Id });
        db.Audit("organization.member.add", "新增委员", m, $"{fields.Name}（{fields.MemberNo}）：{refs.Sector.Name}" +
            (refs.DutyGroup == null ? "" : $"，{refs.DutyGroup.Name}") +
            (refs.SpecialCommittees.Count == 0 ? "" : $"，{string.Join("、", refs.SpecialCommittees.Select(s => s.Name))}"));
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
        var (fields, refs) = checkedInput.Value;
        var person = await db.Set<Person>().SingleAsync(p => p.Id == m.PersonId, ct);

        var moves = new List<GroupingChange>();
        if (m.SectorId != refs.Sector.Id)
            moves.Add(Move(m, Grouping.Sector, await NameOf<Sector>(m.SectorId, ct), refs.Sector.Name, input.Reason));
        if (m.DutyGroupId != refs.DutyGroup?.Id)
            moves.Add(Move(m, Grouping.DutyGroup, m.DutyGroupId is { } old ? await NameOf<DutyGroup>(old, ct) : null, refs.DutyGroup?.Name, input.Reason));
        var seats = await db.Set<SpecialCommitteeSeat>().Where(s => s.MembershipId == m.Id).ToListAsync(ct);
        foreach (var seat in seats.Where(s => refs.SpecialCommittees.All(c => c.Id != s.SpecialCommitteeId)))
        {
            db.Remove(seat);
            moves.Add(Move(m, Grouping.SpecialCommittee, await NameOf<SpecialCommittee>(seat.SpecialCommitteeId, ct), null, input.Reason));
        }
        foreach (var sc in refs.SpecialCommittees.Where(c => seats.All(s => s.SpecialCommitteeId != c.Id)))
        {
            db.Add(new SpecialCommitteeSeat { MembershipId = m.Id, SpecialCommitteeId = sc.Id });
            moves.Add(Move(m, Grouping.SpecialCommittee, null, sc.Name, input.Reason));
        }
        m.SectorId = refs.Sector.Id;
        m.DutyGroupId = refs.DutyGroup?.Id;
        fields.ApplyTo(m);
        var oldMobile = person.Mobile;
        fields.ApplyTo(person);
        if (await MemberLogin.FollowMobileAsync(db, normalizer, person, oldMobile, ct) is { } loginProblem)
            return new Invalid($"手机号：{loginProblem}");
        db.AddRange(moves);

        var described = string.Join("；", new[] { AuditExtensions.Describe(db.Entry(person)), AuditExtensions.Describe(db.Entry(m)) }
            .Concat(moves.Select(Describe)).Where(s => s.Length > 0));
        if (described.Length == 0) return m.Id;
        // The seat's version moves with any change of the member, so that the next editor's form is stale.
        db.Entry(m).State = EntityState.Modified;
        db.Audit(moves.Count > 0 ? "organization.member.move" : "organization.member.change", moves.Count > 0 ? "调整委员组织" : "修改委员信息", m,
            $"{person.Name}：{described}");
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

    static string Describe(GroupingChange c) =>
        $"{Labels.Of(c.Grouping)}：{c.From ?? "（无）"} → {c.To ?? "（无）"}" + (c.Reason == null ? "" : $"（{c.Reason}）");

    GroupingChange Move(Membership m, Grouping what, string? from, string? to, string? reason) => new()
    {
        MembershipId = m.Id, Grouping = what, From = from, To = to,
        EffectiveOn = Shanghai.Today(clock), Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = ctx.UserId,
    };

    async Task<string?> NameOf<T>(Guid id, CancellationToken ct) where T : class =>
        await db.Set<T>().Where(x => EF.Property<Guid>(x, "Id") == id).Select(x => EF.Property<string>(x, "Name")).SingleOrDefaultAsync(ct);

    sealed record References(Choice Sector, Choice? DutyGroup, IReadOnlyList<Choice> SpecialCommittees);

    async Task<Result<(MemberFields, References)>> CheckAsync(MemberInput input, Membership? existing, CancellationToken ct)
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
        return (fields, new References(sector!, group, committees));
    }

    static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
