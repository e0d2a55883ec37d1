using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

/// <param name="ReporterNos">Member numbers of the other member reporters (the writer, if a member, is the first).</param>
/// <param name="OtherReporters">Names of reporters who are not members, separated by 、 or commas.</param>
public sealed record OpinionInput(string? Title, string? Body, string? Category = null, string? Source = null, string? OrgName = null,
    string? ReporterNos = null, string? OtherReporters = null, int? Version = null);

/// <summary>
/// Writes a draft (or edits one, or one returned for revision) of the caller's: a member's own item with the member as
/// first reporter, an information officer's, or — entered by staff — an organisation's.
/// </summary>
public sealed class SaveOpinion(XieshangDb db, RequestContext ctx, TimeProvider clock)
{
    static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\n'];

    public async Task<Result<Guid>> HandleAsync(Guid? id, OpinionInput input, CancellationToken ct = default)
    {
        var title = input.Title?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        if (title.Length is < 4 or > 100) return new Invalid("标题：4 至 100 个字，一事一报。");
        if (body.Length is < 20 or > OpinionItem.MaxBody) return new Invalid($"正文：20 至 {OpinionItem.MaxBody:N0} 个字（现有 {body.Length:N0} 字），写明情况、分析和建议。");
        var category = input.Category is { Length: > 0 } c ? Codes.Parse<OpinionCategory>(c) : OpinionCategory.Other;
        if (category == null) return new Invalid("类别：请从经济、政治、文化、社会、生态、其他中选择。");
        var source = input.Source is { Length: > 0 } s ? Codes.Parse<OpinionSource>(s) : null;
        if (input.Source is { Length: > 0 } && source == null) return new Invalid("来源：请从委员、信息员、党派团体、专委会、界别、工作组中选择。");
        var orgName = input.OrgName?.Trim();
        var byOrganisation = source is OpinionSource.Party or OpinionSource.Committee or OpinionSource.Sector or OpinionSource.WorkGroup;
        if (byOrganisation && !ctx.Has(OpinionPermissions.Edit)) return new Forbidden("以党派团体、专委会、界别或工作组名义报送的信息，由信息工作人员录入。");
        if (byOrganisation && orgName is not { Length: >= 2 and <= 100 }) return new Invalid("报送单位：请写明党派团体、专委会、界别或工作组的名称。");

        var others = (input.OtherReporters ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (others.Count > 10 || others.Any(n => n.Length is < 2 or > 20)) return new Invalid("非委员反映人：最多 10 人，每个姓名 2 至 20 个字。");
        var numbers = (input.ReporterNos ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (numbers.Count > 20) return new Invalid("联合反映的委员：最多 20 人。");
        var seats = await (from m in db.Set<Membership>()
                                                      where numbers.Contains(m.MemberNo) && m.Status == MembershipStatus.Active
                                                      join p in db.Set<Person>() on m.PersonId equals p.Id
                                                      select new { m.Id, m.MemberNo, p.Name }).ToListAsync(ct);
        if (numbers.FirstOrDefault(n => seats.All(x => x.MemberNo != n)) is { } unknown)
            return new Invalid($"委员编号“{unknown}”不是本政协的在任委员；非委员请填在“非委员反映人”中。");

        var now = clock.GetUtcNow().UtcDateTime;
        OpinionItem item;
        if (id == null)
        {
            var own = await (from m in db.Set<Membership>()
                             where m.Status == MembershipStatus.Active
                             join p in db.Set<Person>() on m.PersonId equals p.Id
                             where p.UserId == ctx.UserId
                             select new { m.Id, m.MemberNo, p.Name }).FirstOrDefaultAsync(ct);
            item = new OpinionItem
            {
                Title = title, OwnerUserId = ctx.UserId!.Value, CreatedAt = now, Year = Web.Shanghai.ToLocal(now).Year,
                Source = source ?? (own != null ? OpinionSource.Member : OpinionSource.InfoOfficer),
            };
            db.Add(item);
            var order = 0;
            if (!byOrganisation)
                db.Add(own != null
                    ? new OpinionReporter { ItemId = item.Id, MembershipId = own.Id, Name = own.Name, Order = order++ }
                    : new OpinionReporter { ItemId = item.Id, Name = ctx.UserName ?? "", Order = order++ });
            if (own != null) seats.RemoveAll(x => x.Id == own.Id);
            foreach (var x in seats) db.Add(new OpinionReporter { ItemId = item.Id, MembershipId = x.Id, Name = x.Name, Order = order++ });
            foreach (var name in others) db.Add(new OpinionReporter { ItemId = item.Id, Name = name, Order = order++ });
        }
        else
        {
            var found = await OpinionAccess.LoadAsync(db, ctx, id.Value, ct);
            if (found == null) return new NotFound("该信息不存在，或您无权查看。");
            if (found.OwnerUserId != ctx.UserId) return new Forbidden("只有撰写人本人可以修改。");
            if (found.State is not (OpinionState.Draft or OpinionState.Returned)) return new Conflict("已报送的信息不能修改；被退回后可修改再报送。");
            if (input.Version is { } v && v != found.Version) return new Conflict("该信息已被修改，请刷新后再改。");
            item = found;
            if (source != null && source != item.Source) item.Source = source.Value;
            // The first reporter stays; the others are as the form now says.
            var kept = await db.Set<OpinionReporter>().Where(r => r.ItemId == item.Id).OrderBy(r => r.Order).ToListAsync(ct);
            var first = byOrganisation ? null : kept.FirstOrDefault();
            db.RemoveRange(kept.Where(r => r != first));
            var order = first == null ? 0 : 1;
            seats.RemoveAll(x => x.Id == first?.MembershipId);
            foreach (var x in seats) db.Add(new OpinionReporter { ItemId = item.Id, MembershipId = x.Id, Name = x.Name, Order = order++ });
            foreach (var name in others) db.Add(new OpinionReporter { ItemId = item.Id, Name = name, Order = order++ });
        }
        (item.Title, item.Body, item.Category, item.OrgName) = (title, body, category.Value, byOrganisation ? orgName : null);
        db.Audit(id == null ? "opinion.create" : "opinion.update", id == null ? "撰写社情民意信息" : "修改社情民意信息", item, title);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return item.Id;
    }
}
