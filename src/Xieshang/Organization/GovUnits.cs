using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Web;

namespace Xieshang.Organization;

public sealed record LeaderRow(Guid Id, string Name, string Title);
public sealed record GovOrgRow(Guid Id, string Name, GovOrgKind Kind, string KindLabel, GovLevel Level, Guid? ParentId, string? Parent,
    bool IsHandlingUnit, int Version, IReadOnlyList<LeaderRow> Leaders);

public sealed record GovOrgInput(string? Name, GovOrgKind? Kind, GovLevel? Level, Guid? ParentId, bool IsHandlingUnit, int? Version = null);
public sealed record LeaderInput(string? Name, string? Title);

/// <summary>Party and government organisations, the handling units among them, and their leaders.</summary>
public sealed class GovUnits(XieshangDb db)
{
    public async Task<IReadOnlyList<GovOrgRow>> ListAsync(bool handlingUnitsOnly = false, CancellationToken ct = default)
    {
        var orgs = (await db.Set<GovOrg>().AsNoTracking().Where(o => !handlingUnitsOnly || o.IsHandlingUnit).ToListAsync(ct))
            .OrderBy(o => o.Level).ThenBy(o => o.SortOrder).ThenBy(o => o.Name).ToList();
        var names = await db.Set<GovOrg>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var leaders = (await db.Set<GovLeader>().AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Name).ToListAsync(ct))
            .ToLookup(l => l.GovOrgId, l => new LeaderRow(l.Id, l.Name, l.Title));
        return orgs.Select(o => new GovOrgRow(o.Id, o.Name, o.Kind, Labels.Of(o.Kind), o.Level, o.ParentId,
            o.ParentId is { } p ? names.GetValueOrDefault(p) : null, o.IsHandlingUnit, o.Version, leaders[o.Id].ToList())).ToList();
    }

    public async Task<Result<Guid>> SaveAsync(Guid? id, GovOrgInput input, CancellationToken ct = default)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) return new Invalid("名称：请填写单位名称（不超过 100 字）。");
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) return new Invalid("类别：请选择党委、政府、部门、人大、法院、检察院或其他。");
        if (input.Level is not { } level || !Enum.IsDefined(level)) return new Invalid("层级：请选择区、市、省或全国。");
        if (input.ParentId is { } parent)
        {
            if (parent == id) return new Invalid("上级：不能以本单位为上级。");
            if (!await db.Set<GovOrg>().AnyAsync(o => o.Id == parent, ct)) return new Invalid("上级：所选单位不存在，或不属于本政协。");
        }
        if (await db.Set<GovOrg>().AnyAsync(o => o.Name == name && o.Id != (id ?? Guid.Empty), ct)) return new Invalid($"名称：已有“{name}”。");
        GovOrg org;
        if (id is { } existing)
        {
            var found = await db.Set<GovOrg>().SingleOrDefaultAsync(o => o.Id == existing, ct);
            if (found == null) return new NotFound("单位不存在，或不属于本政协。");
            if (input.Version is { } v && v != found.Version) return new Conflict("该单位已被他人修改，请刷新后再改。");
            org = found;
        }
        else db.Add(org = new GovOrg { Name = name });
        (org.Name, org.Kind, org.Level, org.ParentId, org.IsHandlingUnit) = (name, kind, level, input.ParentId, input.IsHandlingUnit);
        db.Audit(id == null ? "organization.govorg.add" : "organization.govorg.change", id == null ? "新增单位" : "修改单位", org, id == null ? name : null);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return org.Id;
    }

    public async Task<Result<Guid>> AddLeaderAsync(Guid orgId, LeaderInput input, CancellationToken ct = default)
    {
        var org = await db.Set<GovOrg>().SingleOrDefaultAsync(o => o.Id == orgId, ct);
        if (org == null) return new NotFound("单位不存在，或不属于本政协。");
        var name = input.Name?.Trim() ?? "";
        var title = input.Title?.Trim() ?? "";
        if (name.Length is 0 or > 50) return new Invalid("姓名：请填写（不超过 50 字）。");
        if (title.Length is 0 or > 100) return new Invalid("职务：请填写，如“区长”“分管副局长”（不超过 100 字）。");
        var leader = new GovLeader { Name = name, Title = title, GovOrgId = orgId };
        db.Add(leader);
        db.Audit("organization.govleader.add", "新增领导", leader, $"{org.Name}：{name}（{title}）");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return leader.Id;
    }

    public async Task<Result<Guid>> RemoveLeaderAsync(Guid orgId, Guid leaderId, CancellationToken ct = default)
    {
        var leader = await db.Set<GovLeader>().SingleOrDefaultAsync(l => l.Id == leaderId && l.GovOrgId == orgId, ct);
        if (leader == null) return new NotFound("该领导不在此单位。");
        db.Remove(leader);
        db.Audit("organization.govleader.remove", "移除领导", leader, $"{leader.Name}（{leader.Title}）");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return leaderId;
    }
}
