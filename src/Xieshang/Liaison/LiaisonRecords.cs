using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Liaison;

/// <summary>A liaison as written; <see cref="Date"/> is yyyy-MM-dd; staff name the member, a member writes their own.</summary>
public sealed record LiaisonInput(string? Date, string? Mode, string? Topic, string? Outcome = null, IReadOnlyList<Guid>? ContactIds = null,
    Guid? StudioId = null, Guid? HallId = null, Guid? MembershipId = null, string? MemberNo = null, int? Version = null);

public sealed record LiaisonRow(Guid Id, DateOnly Date, string Mode, string ModeLabel, string Topic, string Outcome, Guid MembershipId, string Member,
    Guid HallId, string Hall, Guid? StudioId, string? Studio, IReadOnlyList<Choice> Contacts, bool CanEdit, int Version);

public sealed record LiaisonQuery(Guid? Hall = null, Guid? Studio = null, Guid? Member = null, int? Year = null, string? Mode = null,
    bool Mine = false, int Page = 1, int PageSize = 50, Guid? Id = null);

public sealed record LiaisonList(int Total, int Page, int PageSize, IReadOnlyList<LiaisonRow> Rows);

/// <summary>
/// 联系记录: a member's contacts with the people of their sector, through their hall or one of its studios — the record
/// of “如何联系” the hall pages count.
/// </summary>
public sealed class LiaisonRecords(XieshangDb db, LiaisonAccess access, RequestContext ctx, TimeProvider clock)
{
    public const int MaxContacts = 50;

    public async Task<LiaisonList> ListAsync(LiaisonQuery q, CancellationToken ct = default)
    {
        var (page, size) = (Math.Max(1, q.Page), Math.Clamp(q.PageSize, 1, 200));
        var seat = await access.SeatAsync(ct);
        var records = db.Set<LiaisonRecord>().AsNoTracking();
        if (q.Id is { } one) records = records.Where(r => r.Id == one);
        if (q.Hall is { } hall) records = records.Where(r => r.HallId == hall);
        if (q.Studio is { } studio) records = records.Where(r => r.StudioId == studio);
        if (q.Member is { } member) records = records.Where(r => r.MembershipId == member);
        if (q.Mine) records = records.Where(r => r.MembershipId == seat);
        if (q.Year is { } year) records = records.Where(r => r.Date >= new DateOnly(year, 1, 1) && r.Date <= new DateOnly(year, 12, 31));
        if (Codes.Parse<LiaisonMode>(q.Mode) is { } mode) records = records.Where(r => r.Mode == mode);
        var total = await records.CountAsync(ct);
        var rows = await (
            from r in records
            join m in db.Set<Membership>() on r.MembershipId equals m.Id
            join p in db.Set<Person>() on m.PersonId equals p.Id
            join h in db.Set<Hall>() on r.HallId equals h.Id
            join st in db.Set<Studio>() on r.StudioId equals st.Id into sts
            from st in sts.DefaultIfEmpty()
            orderby r.Date descending, r.Id descending
            select new { r, Member = p.Name, Hall = h.Name, Studio = st == null ? null : st.Name }).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = rows.Select(r => r.r.Id).ToList();
        var contacts = (await (
            from x in db.Set<LiaisonRecordContact>().AsNoTracking()
            where ids.Contains(x.LiaisonRecordId)
            join c in db.Set<ContactObject>() on x.ContactObjectId equals c.Id
            orderby c.Name
            select new { x.LiaisonRecordId, c.Id, c.Name }).ToListAsync(ct)).ToLookup(x => x.LiaisonRecordId, x => new Choice(x.Id, x.Name));
        return new LiaisonList(total, page, size, rows.Select(x => new LiaisonRow(x.r.Id, x.r.Date, Codes.Of(x.r.Mode), Web.Labels.Of(x.r.Mode),
            x.r.Topic, x.r.Outcome, x.r.MembershipId, x.Member, x.r.HallId, x.Hall, x.r.StudioId, x.Studio, contacts[x.r.Id].ToList(),
            access.IsManager || x.r.MembershipId == seat, x.r.Version)).ToList());
    }

    public async Task<LiaisonRow?> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ListAsync(new LiaisonQuery(Id: id), ct)).Rows.SingleOrDefault();

    public async Task<Result<Guid>> SaveAsync(Guid? id, LiaisonInput input, CancellationToken ct = default)
    {
        var record = id is { } existing ? await db.Set<LiaisonRecord>().SingleOrDefaultAsync(r => r.Id == existing, ct) : null;
        if (id != null && record == null) return new NotFound("该联系记录不存在，或不属于本政协。");
        if (record != null && !access.IsManager && record.MembershipId != await access.SeatAsync(ct)) return new Forbidden("只能修改本人的联系记录。");
        if (record != null && input.Version is { } v && v != record.Version) return new Conflict("该联系记录已被他人修改，请刷新后再改。");

        // Editing keeps the member unless staff name another.
        Guid member;
        if (record != null && input.MembershipId == null && string.IsNullOrWhiteSpace(input.MemberNo)) member = record.MembershipId;
        else
        {
            var who = await access.MemberForAsync(input.MembershipId, input.MemberNo, ct);
            if (!who.Ok) return who.Error!;
            member = who.Value;
        }

        if (!DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Invalid("日期：请按 2023-04-20 的格式填写。");
        if (date > Web.Shanghai.Today(clock)) return new Invalid("日期：不能晚于今天，请记录已经开展的联系。");
        if (date.Year < 2000) return new Invalid("日期：不能早于 2000 年。");
        if (Codes.Parse<LiaisonMode>(input.Mode) is not { } mode) return new Invalid("方式：请选择走下去、请上来或线上联系。");
        var topic = input.Topic?.Trim() ?? "";
        if (topic.Length is < 2 or > 100) return new Invalid("主题：2 至 100 个字。");
        var outcome = input.Outcome?.Trim() ?? "";
        if (outcome.Length > 1000) return new Invalid("成效：不超过 1,000 字。");

        // The hall: a member records through the hall of their own duty sector (an earlier record keeps its hall, should
        // they have moved sector since); staff may name any, or let the studio or the contacts chosen say which.
        var contactIds = (input.ContactIds ?? []).Distinct().ToList();
        var hallId = access.IsManager ? input.HallId ?? await ImpliedHallAsync(input.StudioId, contactIds, ct) ?? record?.HallId ?? await access.HallOfAsync(member, ct)
            : record?.HallId ?? await access.HallOfAsync(member, ct);
        if (hallId == null) return new Invalid(access.IsManager ? "界别议事厅：请选择议事厅（该委员所在履职界别还没有议事厅）。" : "您所在的履职界别还没有界别议事厅，请联系政协办公室。");
        if (!access.IsManager && input.HallId is { } asked && asked != hallId) return new Forbidden("只能记录本人所在界别议事厅的联系情况。");
        if (!await db.Set<Hall>().AnyAsync(h => h.Id == hallId, ct)) return new Invalid("界别议事厅：所选议事厅不存在，或不属于本政协。");
        if (await access.CheckStudioAsync(hallId.Value, input.StudioId, ct) is { } studioProblem) return new Invalid(studioProblem);

        if (contactIds.Count == 0) return new Invalid("联系对象：请至少选择一位（可先在“我的联系对象”中添加）。");
        if (contactIds.Count > MaxContacts) return new Invalid($"联系对象：一条记录最多 {MaxContacts} 位。");
        var known = await db.Set<ContactObject>().Where(c => contactIds.Contains(c.Id)).Select(c => new { c.Id, c.HallId }).ToListAsync(ct);
        if (known.Count != contactIds.Count) return new Invalid("联系对象：有的联系对象不存在，或不属于本政协。");
        if (known.Any(c => c.HallId != hallId)) return new Invalid("联系对象：只能选择本议事厅的联系对象。");

        if (record == null)
        {
            record = new LiaisonRecord { Topic = topic, RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = ctx.UserId };
            db.Add(record);
        }
        (record.MembershipId, record.HallId, record.StudioId, record.Date, record.Mode, record.Topic, record.Outcome) =
            (member, hallId.Value, input.StudioId, date, mode, topic, outcome);
        var had = id == null ? [] : await db.Set<LiaisonRecordContact>().Where(x => x.LiaisonRecordId == record.Id).ToListAsync(ct);
        db.RemoveRange(had.Where(x => !contactIds.Contains(x.ContactObjectId)));
        db.AddRange(contactIds.Where(c => !had.Any(x => x.ContactObjectId == c)).Select(c => new LiaisonRecordContact { LiaisonRecordId = record.Id, ContactObjectId = c }));
        db.Audit(id == null ? "liaison.record.add" : "liaison.record.change", id == null ? "记录联系界别群众" : "修改联系记录", record,
            $"{date:yyyy-MM-dd} {Web.Labels.Of(mode)}：{topic}（{contactIds.Count} 位联系对象）");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return record.Id;
    }

    async Task<Guid?> ImpliedHallAsync(Guid? studioId, List<Guid> contactIds, CancellationToken ct)
    {
        if (studioId is { } s) return await db.Set<Studio>().Where(x => x.Id == s).Select(x => (Guid?)x.HallId).FirstOrDefaultAsync(ct);
        var halls = await db.Set<ContactObject>().Where(c => contactIds.Contains(c.Id)).Select(c => c.HallId).Distinct().Take(2).ToListAsync(ct);
        return halls.Count == 1 ? halls[0] : null;
    }

    public async Task<Result<Guid>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var record = await db.Set<LiaisonRecord>().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record == null) return new NotFound("该联系记录不存在，或不属于本政协。");
        if (!access.IsManager && record.MembershipId != await access.SeatAsync(ct)) return new Forbidden("只能删除本人的联系记录。");
        db.RemoveRange(await db.Set<LiaisonRecordContact>().Where(x => x.LiaisonRecordId == id).ToListAsync(ct));
        db.Remove(record);
        db.Audit("liaison.record.delete", "删除联系记录", record, $"{record.Date:yyyy-MM-dd}：{record.Topic}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return id;
    }
}
