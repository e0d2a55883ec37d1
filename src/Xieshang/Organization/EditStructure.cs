using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

using Xieshang.Organization.Contracts;

namespace Xieshang.Organization;

/// <summary>A structure record as the form and the API send it: a name, the parent it hangs under, a kind where it has one.</summary>
public sealed record StructureInput(string? Name, Guid? ParentId = null, string? Kind = null, int? Version = null);

/// <summary>A structure record as the edit form starts from it.</summary>
public sealed record StructureRecord(string Kind, Guid Id, string Name, Guid? ParentId, string? SubKind, int Version);

/// <summary>What can be edited, with the parent each kind hangs under (null: a top-level list).</summary>
public sealed record StructureKind(string Code, string Label, string? ParentLabel, IReadOnlyList<SubKind> SubKinds);

public sealed record SubKind(string Code, string Label);

/// <summary>
/// Creates, renames and moves the committee's structure: duty sectors and sectors, halls and studios, townships, work
/// groups, duty groups and villages, special committees and party branches. Each kind checks its parent (in this
/// committee), its own uniqueness rule and the rules across kinds: one hall per duty sector, one work group per
/// township, a village in exactly one duty group and only in one of its own township's.
/// </summary>
public sealed class EditStructure(XieshangDb db, OrganizationChanges changes, IEnumerable<IStructureDependents> dependents)
{
    static readonly SubKind[] TownshipKinds = [new(nameof(TownshipKind.Town), "镇"), new(nameof(TownshipKind.Subdistrict), "街道")];
    static readonly SubKind[] VillageKinds =
        [new(nameof(VillageKind.Village), "村"), new(nameof(VillageKind.Community), "社区"), new(nameof(VillageKind.NewRuralCommunity), "新型农村社区")];

    public static readonly IReadOnlyList<StructureKind> Kinds =
    [
        new("duty-sectors", "履职界别", null, []),
        new("sectors", "界别", "履职界别", []),
        new("halls", "界别议事厅", "履职界别", []),
        new("studios", "委员工作室", "界别议事厅", []),
        new("townships", "镇（街道）", null, TownshipKinds),
        new("work-groups", "委员工作组", "镇（街道）", []),
        new("duty-groups", "履职小组", "委员工作组", []),
        new("villages", "村（社区）", "履职小组", VillageKinds),
        new("special-committees", "专委会", null, []),
        new("party-branches", "临时党支部", "专委会或委员工作组", []),
    ];

    public static StructureKind? Kind(string code) => Kinds.FirstOrDefault(k => k.Code == code);

    /// <summary>The records a kind may hang under, for the parent picker.</summary>
    public async Task<IReadOnlyList<Choice>> ParentChoicesAsync(string kind, CancellationToken ct = default) => kind switch
    {
        "sectors" or "halls" => await Choices(db.Set<DutySector>().OrderBy(x => x.SortOrder).Select(x => new Choice(x.Id, x.Name)), ct),
        "studios" => await Choices(db.Set<Hall>().OrderBy(x => x.Name).Select(x => new Choice(x.Id, x.Name)), ct),
        "work-groups" => await Choices(db.Set<Township>().OrderBy(x => x.SortOrder).Select(x => new Choice(x.Id, x.Name)), ct),
        "duty-groups" => await Choices(db.Set<WorkGroup>().OrderBy(x => x.Name).Select(x => new Choice(x.Id, x.Name)), ct),
        "villages" => await Choices(db.Set<DutyGroup>().OrderBy(x => x.Name).Select(x => new Choice(x.Id, x.Name)), ct),
        "party-branches" => [.. await Choices(db.Set<SpecialCommittee>().OrderBy(x => x.SortOrder).Select(x => new Choice(x.Id, x.Name)), ct),
            .. await Choices(db.Set<WorkGroup>().OrderBy(x => x.Name).Select(x => new Choice(x.Id, x.Name)), ct)],
        _ => [],
    };

    static async Task<IReadOnlyList<Choice>> Choices(IQueryable<Choice> q, CancellationToken ct) => await q.AsNoTracking().ToListAsync(ct);

    public async Task<StructureRecord?> LoadAsync(string kind, Guid id, CancellationToken ct = default) => kind switch
    {
        "duty-sectors" => await Load<DutySector>(id, x => (null, null), ct),
        "sectors" => await Load<Sector>(id, x => (x.DutySectorId, null), ct),
        "halls" => await Load<Hall>(id, x => (x.DutySectorId, null), ct),
        "studios" => await Load<Studio>(id, x => (x.HallId, null), ct),
        "townships" => await Load<Township>(id, x => (null, x.Kind.ToString()), ct),
        "work-groups" => await Load<WorkGroup>(id, x => (x.TownshipId, null), ct),
        "duty-groups" => await Load<DutyGroup>(id, x => (x.WorkGroupId, null), ct),
        "villages" => await Load<Village>(id, x => (x.DutyGroupId, x.Kind.ToString()), ct),
        "special-committees" => await Load<SpecialCommittee>(id, x => (null, null), ct),
        "party-branches" => await Load<PartyBranch>(id, x => (x.HostId, x.HostKind.ToString()), ct),
        _ => null,
    };

    async Task<StructureRecord?> Load<T>(Guid id, Func<T, (Guid?, string?)> parent, CancellationToken ct) where T : CommitteeRecord
    {
        var x = await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (x == null) return null;
        var (parentId, sub) = parent(x);
        var kind = Kinds.Single(k => k.Code == KindOf(typeof(T))).Code;
        return new StructureRecord(kind, x.Id, (string)typeof(T).GetProperty("Name")!.GetValue(x)!, parentId, sub, x.Version);
    }

    static string KindOf(Type t) => t.Name switch
    {
        nameof(DutySector) => "duty-sectors", nameof(Sector) => "sectors", nameof(Hall) => "halls", nameof(Studio) => "studios",
        nameof(Township) => "townships", nameof(WorkGroup) => "work-groups", nameof(DutyGroup) => "duty-groups", nameof(Village) => "villages",
        nameof(SpecialCommittee) => "special-committees", _ => "party-branches",
    };

    /// <summary>Creates (id null) or changes a record: its name, parent and kind.</summary>
    public async Task<Result<Guid>> SaveAsync(string kind, Guid? id, StructureInput input, CancellationToken ct = default)
    {
        var spec = Kind(kind);
        if (spec == null) return new NotFound("没有这类组织架构。");
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 50) return new Invalid($"名称：请填写{spec.Label}的名称（不超过 50 字）。");
        if (spec.ParentLabel != null && input.ParentId == null) return new Invalid($"{spec.ParentLabel}：请选择。");
        if (spec.SubKinds.Count > 0 && spec.SubKinds.All(s => s.Code != input.Kind))
            return new Invalid($"类型：请选择{string.Join("、", spec.SubKinds.Select(s => s.Label))}之一。");
        var parent = input.ParentId ?? Guid.Empty;

        return kind switch
        {
            "duty-sectors" => await Save(id, input, new DutySector { Name = name }, x => x.Name, (x, n) => x.Name = n, _ => Task.FromResult<string?>(null), ct),
            "special-committees" => await Save(id, input, new SpecialCommittee { Name = name }, x => x.Name, (x, n) => x.Name = n, _ => Task.FromResult<string?>(null), ct),
            "townships" => await Save(id, input, new Township { Name = name }, x => x.Name, (x, n) => { x.Name = n; x.Kind = Enum.Parse<TownshipKind>(input.Kind!); },
                _ => Task.FromResult<string?>(null), ct),
            "sectors" => await Save(id, input, new Sector { Name = name }, x => x.Name, (x, n) => { x.Name = n; x.DutySectorId = parent; },
                async x => await Exists<DutySector>(parent, ct) ? null : "履职界别：所选履职界别不存在，或不属于本政协。", ct),
            "halls" => await Save(id, input, new Hall { Name = name }, x => x.Name, (x, n) => { x.Name = n; x.DutySectorId = parent; },
                async x => !await Exists<DutySector>(parent, ct) ? "履职界别：所选履职界别不存在，或不属于本政协。"
                    : await db.Set<Hall>().AnyAsync(h => h.DutySectorId == parent && h.Id != x.Id, ct) ? "履职界别：该履职界别已有议事厅，每个履职界别只设一个。" : null, ct),
            "studios" => await Save(id, input, new Studio { Name = name }, x => x.Name, (x, n) => { x.Name = n; x.HallId = parent; },
                async x => await Exists<Hall>(parent, ct) ? null : "界别议事厅：所选议事厅不存在，或不属于本政协。", ct),
            "work-groups" => await Save(id, input, new WorkGroup { Name = name }, x => x.Name, (x, n) => { x.Name = n; x.TownshipId = parent; },
                async x => !await Exists<Township>(parent, ct) ? "镇（街道）：所选镇（街道）不存在，或不属于本政协。"
                    : await db.Set<WorkGroup>().Where(w => w.TownshipId == parent && w.Id != x.Id).Select(w => w.Name).FirstOrDefaultAsync(ct) is { } other
                        ? $"镇（街道）：该镇（街道）已由{other}联系，每个镇（街道）只设一个委员工作组。" : null, ct),
            "duty-groups" => await Save(id, input, new DutyGroup { Name = name }, x => x.Name, (x, n) => { x.Name = n; x.WorkGroupId = parent; },
                async x => !await Exists<WorkGroup>(parent, ct) ? "委员工作组：所选委员工作组不存在，或不属于本政协。"
                    : id != null && x.WorkGroupId != parent && await db.Set<Village>().AnyAsync(v => v.DutyGroupId == x.Id, ct)
                        ? "委员工作组：该小组还联系着村（社区），请先把这些村（社区）移到本镇（街道）的其他小组。" : null, ct),
            "villages" => await SaveVillageAsync(id, input, name, parent, ct),
            "party-branches" => await Save(id, input, new PartyBranch { Name = name }, x => x.Name, (x, n) => x.Name = n,
                async x =>
                {
                    BranchHost? host = await Exists<SpecialCommittee>(parent, ct) ? BranchHost.SpecialCommittee
                        : await Exists<WorkGroup>(parent, ct) ? BranchHost.WorkGroup : null;
                    if (host == null) return "专委会或委员工作组：所选依托单位不存在，或不属于本政协。";
                    (x.HostKind, x.HostId) = (host.Value, parent);
                    return null;
                }, ct),
            _ => new NotFound("没有这类组织架构。"),
        };
    }

    /// <summary>
    /// Deletes a record nothing hangs on any more: a duty group without villages or members, a sector without seats
    /// (ended ones included: their history names it), and so on. Otherwise the message says what to move first.
    /// </summary>
    public async Task<Result<Guid>> DeleteAsync(string kind, Guid id, CancellationToken ct = default)
    {
        var spec = Kind(kind);
        if (spec == null) return new NotFound("没有这类组织架构。");
        return kind switch
        {
            "duty-sectors" => await Delete<DutySector>(id, async () =>
                await db.Set<Sector>().AnyAsync(x => x.DutySectorId == id, ct) ? "还有界别归入该履职界别，请先把界别移到其他履职界别。"
                : await db.Set<Hall>().AnyAsync(x => x.DutySectorId == id, ct) ? "该履职界别还有议事厅，请先删除或移走议事厅。" : null, ct),
            "sectors" => await Delete<Sector>(id, async () =>
                await db.Set<Membership>().AnyAsync(x => x.SectorId == id, ct) ? "还有委员（含已离任委员）属于该界别，不能删除。" : null, ct),
            "halls" => await Delete<Hall>(id, async () =>
                await db.Set<Studio>().AnyAsync(x => x.HallId == id, ct) ? "该议事厅下还有工作室，请先删除或移走工作室。" : null, ct),
            "studios" => await Delete<Studio>(id, () => Task.FromResult<string?>(null), ct),
            "townships" => await Delete<Township>(id, async () =>
                await db.Set<WorkGroup>().AnyAsync(x => x.TownshipId == id, ct) ? "还有委员工作组联系该镇（街道），请先删除该工作组。"
                : await db.Set<Village>().AnyAsync(x => x.TownshipId == id, ct) ? "该镇（街道）还有村（社区），请先删除这些村（社区）。" : null, ct),
            "work-groups" => await Delete<WorkGroup>(id, async () =>
                await db.Set<DutyGroup>().AnyAsync(x => x.WorkGroupId == id, ct) ? "该工作组下还有履职小组，请先删除或移走履职小组。"
                : await db.Set<PartyBranch>().AnyAsync(x => x.HostId == id, ct) ? "还有临时党支部依托该工作组，请先调整党支部。" : null, ct),
            "duty-groups" => await Delete<DutyGroup>(id, async () =>
                await db.Set<Village>().AnyAsync(x => x.DutyGroupId == id, ct) ? "该小组还联系着村（社区），请先把它们移到其他小组。"
                : await db.Set<Membership>().AnyAsync(x => x.DutyGroupId == id, ct) ? "该小组还有委员（含已离任委员），请先把委员调到其他小组。" : null, ct),
            "villages" => await Delete<Village>(id, () => Task.FromResult<string?>(null), ct),
            "special-committees" => await Delete<SpecialCommittee>(id, async () =>
                await db.Set<SpecialCommitteeSeat>().AnyAsync(x => x.SpecialCommitteeId == id, ct) ? "该专委会还有委员，请先调整委员的专委会。"
                : await db.Set<PartyBranch>().AnyAsync(x => x.HostId == id, ct) ? "还有临时党支部依托该专委会，请先调整党支部。" : null, ct),
            "party-branches" => await Delete<PartyBranch>(id, () => Task.FromResult<string?>(null), ct),
            _ => new NotFound("没有这类组织架构。"),
        };
    }

    async Task<Result<Guid>> Delete<T>(Guid id, Func<Task<string?>> blocker, CancellationToken ct) where T : CommitteeRecord
    {
        var label = Kinds.Single(k => k.Code == KindOf(typeof(T))).Label;
        var record = await db.Set<T>().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (record == null) return new NotFound($"{label}不存在，或不属于本政协。");
        if (await blocker() is { } problem) return new Conflict(problem);
        foreach (var other in dependents)
            if (await other.ReleaseAsync(KindOf(typeof(T)), id, ct) is { } held) return new Conflict(held);
        var name = (string)typeof(T).GetProperty("Name")!.GetValue(record)!;
        db.Remove(record);
        db.Audit("organization.structure.delete", $"删除{label}", record, $"{label}：{name}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(record.CommitteeId);
        return id;
    }

    /// <summary>A village hangs under a duty group, which fixes its township; a name may repeat only in another township.</summary>
    async Task<Result<Guid>> SaveVillageAsync(Guid? id, StructureInput input, string name, Guid dutyGroupId, CancellationToken ct)
    {
        var township = await db.Set<DutyGroup>().Where(g => g.Id == dutyGroupId)
            .Join(db.Set<WorkGroup>(), g => g.WorkGroupId, w => w.Id, (g, w) => (Guid?)w.TownshipId).SingleOrDefaultAsync(ct);
        if (township == null) return new Invalid("履职小组：所选履职小组不存在，或不属于本政协。");
        var twin = await db.Set<Village>().Where(v => v.TownshipId == township && v.Name == name && v.Id != (id ?? Guid.Empty))
            .Join(db.Set<DutyGroup>(), v => v.DutyGroupId, g => g.Id, (v, g) => g.Name).FirstOrDefaultAsync(ct);
        if (twin != null)
            return new Invalid($"名称：本镇（街道）已有“{name}”，由{twin}联系。每个村（社区）只属于一个履职小组；要调整请在该村（社区）上操作“移至”。");
        return await Save(id, input, new Village { Name = name }, x => x.Name, (x, n) =>
            {
                x.Name = n; x.Kind = Enum.Parse<VillageKind>(input.Kind!); x.DutyGroupId = dutyGroupId; x.TownshipId = township.Value;
            },
            x => Task.FromResult(id != null && x.TownshipId != township
                ? "履职小组：村（社区）只能由本镇（街道）的履职小组联系，请选择本镇（街道）的小组。" : null), ct);
    }

    Task<bool> Exists<T>(Guid id, CancellationToken ct) where T : CommitteeRecord => db.Set<T>().AnyAsync(x => x.Id == id, ct);

    async Task<Result<Guid>> Save<T>(Guid? id, StructureInput input, T fresh, Func<T, string> nameOf, Action<T, string> apply,
        Func<T, Task<string?>> check, CancellationToken ct) where T : CommitteeRecord
    {
        var label = Kinds.Single(k => k.Code == KindOf(typeof(T))).Label;
        var name = input.Name!.Trim();
        T record;
        if (id is { } existing)
        {
            var found = await db.Set<T>().SingleOrDefaultAsync(x => x.Id == existing, ct);
            if (found == null) return new NotFound($"{label}不存在，或不属于本政协。");
            if (input.Version is { } v && v != found.Version) return new Conflict($"该{label}已被他人修改，请刷新后再改。");
            record = found;
        }
        else record = fresh;

        // Checked before the change, against the record as stored: a village's township, a group's villages.
        if (await check(record) is { } problem) return new Invalid(problem);
        // Names are unique per kind in the committee (villages: per township, checked above).
        if (typeof(T) != typeof(Village) && await db.Set<T>().AnyAsync(x => x.Id != record.Id && EF.Property<string>(x, "Name") == name, ct))
            return new Invalid($"名称：已有名为“{name}”的{label}。");
        var before = id == null ? null : nameOf(record);
        apply(record, name);
        if (id == null) db.Add(record);
        else if (db.Entry(record).State == EntityState.Unchanged) return record.Id;
        db.Audit(id == null ? "organization.structure.add" : "organization.structure.change", id == null ? $"新增{label}" : $"修改{label}", record,
            id == null ? $"{label}：{name}" : before != name ? $"{label}：{before} → {name}" : null);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(record.CommitteeId);
        return record.Id;
    }
}
