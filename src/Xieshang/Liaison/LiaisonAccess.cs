using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Liaison;

/// <summary>
/// Who may write what in 一厅一室: staff with <see cref="LiaisonPermissions.Manage"/> act for any member and any hall; a
/// member acts for themself, through the hall of their own duty sector.
/// </summary>
public sealed class LiaisonAccess(XieshangDb db, RequestContext ctx)
{
    public bool IsManager => ctx.Has(LiaisonPermissions.Manage);

    Guid? seat;
    bool seatRead;

    /// <summary>The signed-in user's active seat in this committee, if any.</summary>
    public async Task<Guid?> SeatAsync(CancellationToken ct)
    {
        if (!seatRead) (seat, seatRead) = (await CurrentSeat.FindAsync(db, ctx, ct), true);
        return seat;
    }

    /// <summary>The hall of a member's duty sector (a member contacts the people of their own sector).</summary>
    public Task<Guid?> HallOfAsync(Guid membershipId, CancellationToken ct) =>
        (from m in db.Set<Membership>()
         where m.Id == membershipId
         join s in db.Set<Sector>() on m.SectorId equals s.Id
         join h in db.Set<Hall>() on s.DutySectorId equals h.DutySectorId
         select (Guid?)h.Id).FirstOrDefaultAsync(ct);

    /// <summary>The member a write is for: staff name one (by id or member number); a member is themself.</summary>
    public async Task<Result<Guid>> MemberForAsync(Guid? membershipId, string? memberNo, CancellationToken ct)
    {
        if (!IsManager)
        {
            var own = await SeatAsync(ct);
            if (own == null) return new Forbidden("您在本政协没有在任委员席位，不能记录联系情况。");
            if (membershipId is { } other && other != own) return new Forbidden("只能记录本人的联系情况。");
            return own.Value;
        }
        var no = memberNo?.Trim();
        if (membershipId == null && string.IsNullOrEmpty(no))
            return await SeatAsync(ct) is { } mine ? mine : new Invalid("委员：请填写委员证号。");
        var found = await db.Set<Membership>()
            .Where(m => m.Status == MembershipStatus.Active && (membershipId != null ? m.Id == membershipId : m.MemberNo == no))
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        return found is { } id ? id : new Invalid("委员：没有这位在任委员，请核对委员证号。");
    }

    /// <summary>Whether a studio, when given, is one of the hall's.</summary>
    public async Task<string?> CheckStudioAsync(Guid hallId, Guid? studioId, CancellationToken ct) =>
        studioId is { } s && !await db.Set<Studio>().AnyAsync(x => x.Id == s && x.HallId == hallId, ct)
            ? "工作室：所选工作室不属于该议事厅。" : null;

    /// <summary>The committee's halls, for the forms' choices.</summary>
    public async Task<IReadOnlyList<Choice>> HallChoicesAsync(CancellationToken ct = default) =>
        await db.Set<Hall>().AsNoTracking().OrderBy(h => h.Name).Select(h => new Choice(h.Id, h.Name)).ToListAsync(ct);

    /// <summary>One hall's studios, for the forms' choices.</summary>
    public async Task<IReadOnlyList<Choice>> StudioChoicesAsync(Guid hallId, CancellationToken ct = default) =>
        await db.Set<Studio>().AsNoTracking().Where(s => s.HallId == hallId).OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(ct);
}
