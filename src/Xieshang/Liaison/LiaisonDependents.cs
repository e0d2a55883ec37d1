using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;

using Xieshang.Organization.Contracts;

namespace Xieshang.Liaison;

/// <summary>A hall or studio with contact objects, liaison records or work content keeps them: it cannot be deleted.</summary>
public sealed class LiaisonDependents(XieshangDb db) : IStructureDependents
{
    public async Task<string?> ReleaseAsync(string kind, Guid id, CancellationToken ct) => kind switch
    {
        "halls" => await db.Set<ContactObject>().AnyAsync(c => c.HallId == id, ct) || await db.Set<LiaisonRecord>().AnyAsync(r => r.HallId == id, ct)
                || await db.Set<WorkContent>().AnyAsync(w => w.HallId == id, ct)
            ? "该议事厅已有联系对象、联系记录或年度工作内容，不能删除。" : null,
        "studios" => await db.Set<ContactObject>().AnyAsync(c => c.StudioId == id, ct) || await db.Set<LiaisonRecord>().AnyAsync(r => r.StudioId == id, ct)
                || await db.Set<WorkContent>().AnyAsync(w => w.StudioId == id, ct)
            ? "该工作室已有联系对象、联系记录或年度工作内容，不能删除。" : null,
        _ => null,
    };
}
