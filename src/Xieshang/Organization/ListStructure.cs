using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Organization;

public sealed record VillageNode(Guid Id, string Name, VillageKind Kind);
public sealed record DutyGroupNode(Guid Id, string Name, IReadOnlyList<VillageNode> Villages);
public sealed record WorkGroupNode(Guid Id, string Name, string Township, TownshipKind TownshipKind, IReadOnlyList<DutyGroupNode> DutyGroups);

public sealed record StudioNode(Guid Id, string Name);
public sealed record DutySectorNode(Guid Id, string Name, IReadOnlyList<Choice> Sectors, Choice? Hall, IReadOnlyList<StudioNode> Studios);

public sealed record BranchRow(Guid Id, string Name, BranchHost HostKind, string Host);
public sealed record InstitutionRow(Guid Id, string Title, DateOnly AdoptedOn, string AdoptedBy, string Governs);

/// <summary>
/// The structure trees of the current committee: work group → duty groups → villages; duty sector → sectors, hall,
/// studios; the party branches and the institutions. Each tree is read with one query per level and assembled in memory.
/// </summary>
public sealed class ListStructure(XieshangDb db)
{
    public async Task<IReadOnlyList<WorkGroupNode>> TerritoryAsync(CancellationToken ct = default)
    {
        var groups = await db.Set<WorkGroup>().AsNoTracking()
            .Join(db.Set<Township>(), w => w.TownshipId, t => t.Id, (w, t) => new { w.Id, w.Name, Township = t.Name, t.Kind, t.SortOrder })
            .OrderBy(x => x.SortOrder).ThenBy(x => x.Name).ToListAsync(ct);
        var duty = await db.Set<DutyGroup>().AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.WorkGroupId }).ToListAsync(ct);
        var villages = await db.Set<Village>().AsNoTracking().OrderBy(v => v.Name).Select(v => new { v.Id, v.Name, v.Kind, v.DutyGroupId }).ToListAsync(ct);
        var villagesByGroup = villages.ToLookup(v => v.DutyGroupId, v => new VillageNode(v.Id, v.Name, v.Kind));
        var dutyByWork = duty.ToLookup(d => d.WorkGroupId, d => new DutyGroupNode(d.Id, d.Name, villagesByGroup[d.Id].ToList()));
        return groups.Select(g => new WorkGroupNode(g.Id, g.Name, g.Township, g.Kind, dutyByWork[g.Id].ToList())).ToList();
    }

    public async Task<IReadOnlyList<DutySectorNode>> SectorsAsync(CancellationToken ct = default)
    {
        var dutySectors = await db.Set<DutySector>().AsNoTracking().OrderBy(d => d.SortOrder).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var sectors = (await db.Set<Sector>().AsNoTracking().OrderBy(s => s.SortOrder).Select(s => new { s.Id, s.Name, s.DutySectorId }).ToListAsync(ct))
            .ToLookup(s => s.DutySectorId, s => new Choice(s.Id, s.Name));
        var halls = await db.Set<Hall>().AsNoTracking().Select(h => new { h.Id, h.Name, h.DutySectorId }).ToListAsync(ct);
        var studios = (await db.Set<Studio>().AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.HallId }).ToListAsync(ct))
            .ToLookup(s => s.HallId, s => new StudioNode(s.Id, s.Name));
        return dutySectors.Select(d =>
        {
            var hall = halls.FirstOrDefault(h => h.DutySectorId == d.Id);
            return new DutySectorNode(d.Id, d.Name, sectors[d.Id].ToList(), hall == null ? null : new Choice(hall.Id, hall.Name),
                hall == null ? [] : studios[hall.Id].ToList());
        }).ToList();
    }

    public async Task<IReadOnlyList<BranchRow>> BranchesAsync(CancellationToken ct = default)
    {
        var hosts = (await db.Set<SpecialCommittee>().AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Concat(await db.Set<WorkGroup>().AsNoTracking().Select(w => new { w.Id, w.Name }).ToListAsync(ct))
            .ToDictionary(h => h.Id, h => h.Name);
        var branches = await db.Set<PartyBranch>().AsNoTracking().OrderBy(b => b.HostKind).ThenBy(b => b.Name).ToListAsync(ct);
        return branches.Select(b => new BranchRow(b.Id, b.Name, b.HostKind, hosts.GetValueOrDefault(b.HostId, ""))).ToList();
    }

    public Task<Institution?> InstitutionAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Institution>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);

    public Task<List<InstitutionRow>> InstitutionsAsync(CancellationToken ct = default) =>
        db.Set<Institution>().AsNoTracking().OrderBy(i => i.AdoptedOn).ThenBy(i => i.Title)
            .Select(i => new InstitutionRow(i.Id, i.Title, i.AdoptedOn, i.AdoptedBy, i.Governs)).ToListAsync(ct);
}
