using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Platform.Tenancy;

/// <summary>Creates a committee with the default permission grants. Used by set-up commands and demo data.</summary>
public static class CreateCommittee
{
    public static async Task<Result<Committee>> HandleAsync(XieshangDb db, TimeProvider clock, string name, CommitteeLevel level,
        Guid? parentId, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > 100) return new Invalid("政协名称不能为空，且不超过 100 字。");
        if (await db.Set<Committee>().AnyAsync(c => c.Name == name, ct)) return new Invalid($"已存在名为“{name}”的政协。");
        if (parentId is { } p)
        {
            var parent = await db.Set<Committee>().Where(c => c.Id == p).Select(c => (CommitteeLevel?)c.Level).SingleOrDefaultAsync(ct);
            if (parent == null) return new Invalid("上级政协不存在。");
            if (parent >= level) return new Invalid("上级政协的层级必须高于本级。");
        }
        var committee = new Committee { Name = name, Level = level, ParentId = parentId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(committee);
        PermissionSync.GrantDefaults(db, committee.Id);
        db.Audit("platform.committee.create", "创建政协", committee, $"{Committee.LevelLabel(level)}：{name}").CommitteeId = committee.Id;
        return committee;
    }
}
