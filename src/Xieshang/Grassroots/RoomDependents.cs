using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;

using Xieshang.Organization.Contracts;

namespace Xieshang.Grassroots;

/// <summary>A village's or town's consultation room goes with it — unless citizens have raised issues there.</summary>
public sealed class RoomDependents(XieshangDb db) : IStructureDependents
{
    public async Task<string?> ReleaseAsync(string kind, Guid id, CancellationToken ct)
    {
        var rooms = kind switch
        {
            "villages" => await db.Set<ConsultationRoom>().Where(r => r.VillageId == id).ToListAsync(ct),
            "townships" => await db.Set<ConsultationRoom>().Where(r => r.Level == RoomLevel.Town && r.TownshipId == id).ToListAsync(ct),
            _ => [],
        };
        if (rooms.Count == 0) return null;
        var ids = rooms.Select(r => r.Id).ToList();
        if (await db.Set<CitizenIssue>().AnyAsync(i => ids.Contains(i.RoomId), ct))
            return "该地的协商议事室已有群众提议，不能删除；可在议事室页面停用它。";
        db.RemoveRange(rooms);
        return null;
    }
}
