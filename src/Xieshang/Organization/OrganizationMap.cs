using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Xieshang.Platform.Data;

namespace Xieshang.Organization;

/// <summary>
/// The committee's structure as lookups: a few hundred small rows (sectors, halls, studios, groups, villages) that every
/// directory row and profile names. Read once per <see cref="Ttl"/> per node instead of joined into each query; a
/// change made here is seen at once on this node and within the TTL on others.
/// </summary>
public sealed class OrganizationMap
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);

    public required IReadOnlyDictionary<Guid, (string Name, Guid DutySectorId)> Sectors { get; init; }
    public required IReadOnlyDictionary<Guid, string> DutySectors { get; init; }
    public required IReadOnlyDictionary<Guid, Choice> HallByDutySector { get; init; }
    public required ILookup<Guid, string> StudiosByHall { get; init; }
    public required IReadOnlyDictionary<Guid, (string Name, Guid WorkGroupId)> DutyGroups { get; init; }
    public required IReadOnlyDictionary<Guid, (string Name, Guid TownshipId)> WorkGroups { get; init; }
    public required IReadOnlyDictionary<Guid, string> Townships { get; init; }
    public required ILookup<Guid, string> VillagesByDutyGroup { get; init; }
    public required IReadOnlyDictionary<Guid, string> SpecialCommittees { get; init; }

    public string? DutyGroupName(Guid? id) => id is { } g && DutyGroups.TryGetValue(g, out var d) ? d.Name : null;
    public (string Name, Guid TownshipId)? WorkGroupOf(Guid? dutyGroupId) =>
        dutyGroupId is { } g && DutyGroups.TryGetValue(g, out var d) && WorkGroups.TryGetValue(d.WorkGroupId, out var w) ? w : null;

    static (string, Guid) Key(Guid committeeId) => ("organization-map", committeeId);

    public static void Forget(IMemoryCache cache, Guid committeeId) => cache.Remove(Key(committeeId));

    // The load runs on the context of the request that started it, which awaits it too; it is not cancelled with any one request.
    public static Task<OrganizationMap> GetAsync(XieshangDb db, IMemoryCache cache, CancellationToken ct = default) =>
        Platform.SharedCache.GetAsync(cache, Key(db.CurrentCommitteeId), Ttl, () => LoadAsync(db, CancellationToken.None));

    static async Task<OrganizationMap> LoadAsync(XieshangDb db, CancellationToken ct)
    {
        var halls = await db.Set<Hall>().AsNoTracking().Select(h => new { h.Id, h.Name, h.DutySectorId }).ToListAsync(ct);
        var map = new OrganizationMap
        {
            Sectors = await db.Set<Sector>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.Name, s.DutySectorId), ct),
            DutySectors = await db.Set<DutySector>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct),
            HallByDutySector = halls.ToDictionary(h => h.DutySectorId, h => new Choice(h.Id, h.Name)),
            StudiosByHall = (await db.Set<Studio>().AsNoTracking().Select(s => new { s.HallId, s.Name }).ToListAsync(ct))
                .OrderBy(s => s.Name, StringComparer.Ordinal).ToLookup(s => s.HallId, s => s.Name),
            DutyGroups = await db.Set<DutyGroup>().AsNoTracking().ToDictionaryAsync(g => g.Id, g => (g.Name, g.WorkGroupId), ct),
            WorkGroups = await db.Set<WorkGroup>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => (w.Name, w.TownshipId), ct),
            Townships = await db.Set<Township>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct),
            VillagesByDutyGroup = (await db.Set<Village>().AsNoTracking().Select(v => new { v.DutyGroupId, v.Name }).ToListAsync(ct))
                .OrderBy(v => v.Name, StringComparer.Ordinal).ToLookup(v => v.DutyGroupId, v => v.Name),
            SpecialCommittees = await db.Set<SpecialCommittee>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct),
        };
        return map;
    }
}
