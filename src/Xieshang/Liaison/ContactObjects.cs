using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Liaison;

/// <summary>A contact object as written: members by member number (staff), or the writing member themself.</summary>
public sealed record ContactInput(string? Name, string? Class, string? Organization = null, string? Title = null, string? Phone = null,
    Guid? HallId = null, Guid? StudioId = null, string? MemberNos = null, int? Version = null);

public sealed record ContactMember(Guid Id, string Name, string MemberNo);

/// <summary>One contact object; <see cref="Phone"/> is null for readers who may not see it (all but staff and its members).</summary>
public sealed record ContactRow(Guid Id, string Name, string Class, string ClassLabel, string Organization, string Title, string? Phone,
    Guid HallId, string Hall, Guid? StudioId, string? Studio, IReadOnlyList<ContactMember> Members, int Records, bool CanEdit, int Version);

public sealed record ContactQuery(Guid? Hall = null, Guid? Studio = null, string? Class = null, string? Search = null, bool Mine = false,
    int Page = 1, int PageSize = 50, Guid? Id = null);

public sealed record ContactList(int Total, int Page, int PageSize, IReadOnlyList<ContactRow> Rows);

/// <summary>
/// 联系谁: the people of the sector each hall (or studio) keeps in touch with, in the report's three classes, and the
/// members who contact each. Staff keep all of them; a member adds and edits their own.
/// </summary>
public sealed class ContactObjects(XieshangDb db, LiaisonAccess access)
{
    static readonly Regex Mobile = new(@"^1\d{10}$");

    public async Task<ContactList> ListAsync(ContactQuery q, CancellationToken ct = default)
    {
        var (page, size) = (Math.Max(1, q.Page), Math.Clamp(q.PageSize, 1, 200));
        var seat = await access.SeatAsync(ct);
        var contacts = db.Set<ContactObject>().AsNoTracking();
        if (q.Id is { } one) contacts = contacts.Where(c => c.Id == one);
        if (q.Hall is { } hall) contacts = contacts.Where(c => c.HallId == hall);
        if (q.Studio is { } studio) contacts = contacts.Where(c => c.StudioId == studio);
        if (Codes.Parse<ContactClass>(q.Class) is { } cls) contacts = contacts.Where(c => c.Class == cls);
        if (q.Search?.Trim() is { Length: > 0 and <= 30 } s) contacts = contacts.Where(c => c.Name.Contains(s) || c.Organization.Contains(s));
        if (q.Mine) contacts = contacts.Where(c => db.Set<ContactLink>().Any(l => l.ContactObjectId == c.Id && l.MembershipId == seat));
        var total = await contacts.CountAsync(ct);
        var rows = await (
            from c in contacts
            join h in db.Set<Hall>() on c.HallId equals h.Id
            join st in db.Set<Studio>() on c.StudioId equals st.Id into sts
            from st in sts.DefaultIfEmpty()
            orderby h.Name, c.Class, c.Name, c.Id
            select new { c, Hall = h.Name, Studio = st == null ? null : st.Name }).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = rows.Select(r => r.c.Id).ToList();
        var members = (await (
            from l in db.Set<ContactLink>().AsNoTracking()
            where ids.Contains(l.ContactObjectId)
            join m in db.Set<Membership>() on l.MembershipId equals m.Id
            join p in db.Set<Person>() on m.PersonId equals p.Id
            orderby m.MemberNo
            select new { l.ContactObjectId, m.Id, p.Name, m.MemberNo }).ToListAsync(ct))
            .ToLookup(x => x.ContactObjectId, x => new ContactMember(x.Id, x.Name, x.MemberNo));
        var records = await db.Set<LiaisonRecordContact>().AsNoTracking().Where(x => ids.Contains(x.ContactObjectId))
            .GroupBy(x => x.ContactObjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new ContactList(total, page, size, rows.Select(r =>
        {
            var mine = seat != null && members[r.c.Id].Any(m => m.Id == seat);
            var canSee = access.IsManager || mine;
            return new ContactRow(r.c.Id, r.c.Name, Codes.Of(r.c.Class), Web.Labels.Of(r.c.Class), r.c.Organization, r.c.Title,
                canSee ? r.c.Phone : null, r.c.HallId, r.Hall, r.c.StudioId, r.Studio, members[r.c.Id].ToList(),
                records.GetValueOrDefault(r.c.Id), canSee, r.c.Version);
        }).ToList());
    }

    public async Task<ContactRow?> GetAsync(Guid id, CancellationToken ct = default) =>
        (await ListAsync(new ContactQuery(Id: id), ct)).Rows.SingleOrDefault();

    public async Task<Result<Guid>> SaveAsync(Guid? id, ContactInput input, CancellationToken ct = default)
    {
        var name = input.Name?.Trim() ?? "";
        if (name.Length is < 2 or > 30) return new Invalid("姓名：2 至 30 个字。");
        if (Codes.Parse<ContactClass>(input.Class) is not { } cls) return new Invalid("类别：请选择界别成员、群众代表或专业人士。");
        var org = input.Organization?.Trim() ?? "";
        if (org.Length > 100) return new Invalid("单位：不超过 100 字。");
        var title = input.Title?.Trim() ?? "";
        if (title.Length > 50) return new Invalid("身份或职务：不超过 50 字。");
        var phone = input.Phone?.Trim().Replace(" ", "").Replace("-", "");
        if (string.IsNullOrEmpty(phone)) phone = null;
        else if (!Mobile.IsMatch(phone)) return new Invalid("手机号：请填写 11 位手机号，或不填。");

        var contact = id is { } existing ? await db.Set<ContactObject>().SingleOrDefaultAsync(c => c.Id == existing, ct) : null;
        if (id != null && contact == null) return new NotFound("该联系对象不存在，或不属于本政协。");
        if (contact != null && input.Version is { } v && v != contact.Version) return new Conflict("该联系对象已被他人修改，请刷新后再改。");
        var links = contact == null ? [] : await db.Set<ContactLink>().Where(l => l.ContactObjectId == contact.Id).ToListAsync(ct);

        Guid hallId;
        List<Guid> memberIds;
        if (access.IsManager)
        {
            if (input.HallId is not { } hall || !await db.Set<Hall>().AnyAsync(h => h.Id == hall, ct)) return new Invalid("界别议事厅：请选择本政协的议事厅。");
            hallId = hall;
            var wanted = (input.MemberNos ?? "").Split([',', '，', ' ', '、', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
            if (wanted.Count > 50) return new Invalid("联系委员：一位联系对象最多由 50 位委员联系。");
            var found = await db.Set<Membership>().Where(m => wanted.Contains(m.MemberNo) && m.Status == MembershipStatus.Active)
                .Select(m => new { m.Id, m.MemberNo }).ToListAsync(ct);
            if (wanted.Except(found.Select(f => f.MemberNo)).ToList() is { Count: > 0 } missing)
                return new Invalid($"联系委员：没有这些在任委员证号：{string.Join("、", missing)}。");
            memberIds = found.Select(f => f.Id).ToList();
        }
        else
        {
            // A member keeps their own: they are linked to it, it is in their hall, and other members' links stay as they are.
            var seat = await access.SeatAsync(ct);
            if (seat == null) return new Forbidden("您在本政协没有在任委员席位，不能维护联系对象。");
            if (contact != null && !links.Any(l => l.MembershipId == seat)) return new Forbidden("只能修改本人联系的联系对象。");
            if (await access.HallOfAsync(seat.Value, ct) is not { } own) return new Invalid("您所在的履职界别还没有界别议事厅，请联系政协办公室。");
            hallId = contact?.HallId ?? own;
            memberIds = links.Select(l => l.MembershipId).Append(seat.Value).Distinct().ToList();
        }
        if (await access.CheckStudioAsync(hallId, input.StudioId, ct) is { } studioProblem) return new Invalid(studioProblem);

        if (contact == null)
        {
            contact = new ContactObject { Name = name };
            db.Add(contact);
        }
        (contact.Name, contact.Class, contact.Organization, contact.Title, contact.Phone, contact.HallId, contact.StudioId) =
            (name, cls, org, title, phone, hallId, input.StudioId);
        db.RemoveRange(links.Where(l => !memberIds.Contains(l.MembershipId)));
        db.AddRange(memberIds.Where(m => !links.Any(l => l.MembershipId == m)).Select(m => new ContactLink { ContactObjectId = contact.Id, MembershipId = m }));
        db.Audit(id == null ? "liaison.contact.add" : "liaison.contact.change", id == null ? "新增联系对象" : "修改联系对象", contact,
            $"{Web.Labels.Of(cls)}，{memberIds.Count} 位委员联系");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return contact.Id;
    }

    /// <summary>A contact object that liaison records name stays: the records would lose whom they reached.</summary>
    public async Task<Result<Guid>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var contact = await db.Set<ContactObject>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (contact == null) return new NotFound("该联系对象不存在，或不属于本政协。");
        var links = await db.Set<ContactLink>().Where(l => l.ContactObjectId == id).ToListAsync(ct);
        if (!access.IsManager)
        {
            var seat = await access.SeatAsync(ct);
            if (seat == null || !links.Any(l => l.MembershipId == seat)) return new Forbidden("只能删除本人联系的联系对象。");
            if (links.Count > 1) return new Conflict("还有其他委员联系此人，不能删除；请政协办公室处理。");
        }
        if (await db.Set<LiaisonRecordContact>().AnyAsync(x => x.ContactObjectId == id, ct))
            return new Conflict("已有联系记录涉及此人，不能删除。");
        db.RemoveRange(links);
        db.Remove(contact);
        db.Audit("liaison.contact.delete", "删除联系对象", contact, Web.Labels.Of(contact.Class));
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return id;
    }
}
