using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Documents;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

/// <summary>An issue of the committee's 《社情民意》 as a Word document in the official layout, and the item list as .xlsx.</summary>
public sealed class OpinionDocuments(XieshangDb db, RequestContext ctx, ListOpinions list)
{
    public async Task<(byte[] Content, string Name)?> BulletinAsync(Guid id, CancellationToken ct = default)
    {
        var b = await db.Set<OpinionBulletin>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (b == null) return null;
        var items = await db.Set<OpinionItem>().AsNoTracking().Where(i => i.BulletinId == id).OrderBy(i => i.SerialNo).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var reporters = (await db.Set<OpinionReporter>().AsNoTracking().Where(r => ids.Contains(r.ItemId)).OrderBy(r => r.Order).ToListAsync(ct))
            .ToLookup(r => r.ItemId, r => r.Name);
        var doc = new OfficialDocument().Title("社情民意")
            .Centered($"{b.Year}年第 {b.IssueNo} 期")
            .Centered($"{ctx.CommitteeName}办公室　　　　{Web.Shanghai.Prose(DateOnly.FromDateTime(Web.Shanghai.ToLocal(b.PublishedAt)))}");
        if (b.Kind == OpinionAdoption.Composite) doc.Heading1(b.Title);
        foreach (var i in items)
        {
            if (b.Kind == OpinionAdoption.Composite) doc.Heading2(i.EditedTitle ?? i.Title); else doc.Heading1(i.EditedTitle ?? i.Title);
            doc.Text(i.EditedBody ?? i.Body);
            doc.Right($"（反映人：{i.OrgName ?? string.Join("、", reporters[i.Id])}）");
        }
        if (b.Recipients.Length > 0) doc.Text($"主送：{string.Join("，", b.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}。", indent: false);
        return (doc.ToBytes(), $"社情民意-{b.Year}-第{b.IssueNo}期.docx");
    }

    public async Task<(byte[] Content, string Name)> ListAsync(OpinionQuery q, CancellationToken ct = default)
    {
        var page = await list.HandleAsync(q with { Page = 1, PageSize = 200 }, ct, fresh: true);
        var all = page.Rows.ToList();
        for (var n = 2; all.Count < page.Total; n++) all.AddRange((await list.HandleAsync(q with { Page = n, PageSize = 200 }, ct, fresh: true)).Rows);
        return (await Spreadsheet.ToXlsxAsync(all.Select(r => new Dictionary<string, object?>
        {
            ["年度"] = r.Year, ["流水号"] = r.SerialNo, ["标题"] = r.Title, ["反映人"] = r.Reporters, ["来源"] = r.SourceLabel, ["类别"] = r.CategoryLabel,
            ["状态"] = r.StateLabel, ["《社情民意》期号"] = r.BulletinIssue, ["报送时间"] = r.SubmittedAt is { } s ? Web.Shanghai.Format(s) : "",
        }), "社情民意信息", ct), $"社情民意信息-{q.Year}.xlsx");
    }
}
