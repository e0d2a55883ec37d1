using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Grassroots;

public sealed record RoomRow(Guid Id, string Code, string Name, string Level, string Township, string? DutyGroup, string FirstConvener,
    Guid? ExecConvenerId, string? ExecConvener, string Address, bool IsOpen, int Version);

public sealed record RoomInput(string? FirstConvener, Guid? ExecConvenerId, string? Address, bool? IsOpen, int? Version = null);

/// <summary>The committee's consultation rooms: one per village (community) and one per town, each with its public code.</summary>
public sealed class Rooms(XieshangDb db, Platform.CommitteeChanges changes)
{
    public const int CodeLength = 8;

    /// <summary>Opens a room for every village and town that has none yet; the ones there keep their codes.</summary>
    public async Task<Result<int>> EnsureAsync(CancellationToken ct = default)
    {
        var have = await db.Set<ConsultationRoom>().Select(r => new { r.VillageId, r.TownshipId, r.Level }).ToListAsync(ct);
        var villages = await db.Set<Village>().AsNoTracking().ToListAsync(ct);
        var towns = await db.Set<Township>().AsNoTracking().ToListAsync(ct);
        var added = new List<ConsultationRoom>();
        foreach (var v in villages.Where(v => !have.Any(h => h.VillageId == v.Id)))
            added.Add(new ConsultationRoom
            {
                Name = $"{v.Name}协商议事室", Level = RoomLevel.Village, TownshipId = v.TownshipId, VillageId = v.Id, DutyGroupId = v.DutyGroupId,
                Code = PublicCodes.New(CodeLength),
            });
        foreach (var t in towns.Where(t => !have.Any(h => h.Level == RoomLevel.Town && h.TownshipId == t.Id)))
            added.Add(new ConsultationRoom { Name = $"{t.Name}协商议事室", Level = RoomLevel.Town, TownshipId = t.Id, Code = PublicCodes.New(CodeLength) });
        if (added.Count == 0) return 0;
        db.AddRange(added);
        db.Audit("grassroots.rooms.open", "开设协商议事室", added[0], $"新开 {added.Count} 个议事室（每村、每镇一个）");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return added.Count;
    }

    public async Task<IReadOnlyList<RoomRow>> ListAsync(Guid? township = null, string? search = null, CancellationToken ct = default)
    {
        var rooms = db.Set<ConsultationRoom>().AsNoTracking();
        if (township is { } t) rooms = rooms.Where(r => r.TownshipId == t);
        if (search?.Trim() is { Length: > 0 and <= 50 } s) rooms = rooms.Where(r => r.Name.Contains(s) || r.Code == s.ToUpper());
        return await (
            from r in rooms
            join town in db.Set<Township>() on r.TownshipId equals town.Id
            join g in db.Set<DutyGroup>() on r.DutyGroupId equals g.Id into gs
            from g in gs.DefaultIfEmpty()
            join m in db.Set<Membership>() on r.ExecConvenerId equals m.Id into ms
            from m in ms.DefaultIfEmpty()
            join p in db.Set<Person>() on m.PersonId equals p.Id into ps
            from p in ps.DefaultIfEmpty()
            orderby town.SortOrder, r.Level descending, r.Name
            select new RoomRow(r.Id, r.Code, r.Name, r.Level == RoomLevel.Town ? "镇（街道）" : "村（社区）", town.Name, g == null ? null : g.Name,
                r.FirstConvener, r.ExecConvenerId, p == null ? null : p.Name, r.Address, r.IsOpen, r.Version)).ToListAsync(ct);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, RoomInput input, CancellationToken ct = default)
    {
        var room = await db.Set<ConsultationRoom>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (room == null) return new NotFound("议事室不存在，或不属于本政协。");
        if (input.Version is { } v && v != room.Version) return new Conflict("该议事室已被他人修改，请刷新后再改。");
        var first = input.FirstConvener?.Trim() ?? "";
        if (first.Length > 100) return new Invalid("第一召集人：不超过 100 字（如“张三（村党总支书记）”）。");
        var address = input.Address?.Trim() ?? "";
        if (address.Length > 200) return new Invalid("地址：不超过 200 字。");
        if (input.ExecConvenerId is { } exec && !await db.Set<Membership>().AnyAsync(m => m.Id == exec && m.Status == MembershipStatus.Active, ct))
            return new Invalid("执行召集人须为本政协在任委员。");
        (room.FirstConvener, room.ExecConvenerId, room.Address, room.IsOpen) = (first, input.ExecConvenerId, address, input.IsOpen ?? room.IsOpen);
        db.Audit("grassroots.room.change", "修改议事室", room);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(PublicIssues.Changes, room.CommitteeId);
        return room.Id;
    }
}
