using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Xieshang.Platform.Documents;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Plans;

/// <summary>A result as Word in the official layout: a 建议案 headed by the committee's standing committee, as it is sent up.</summary>
public sealed class ResultDocument(XieshangDb db, RequestContext ctx)
{
    public async Task<(byte[] Content, string Name)?> DocxAsync(Guid id, CancellationToken ct = default)
    {
        var r = await db.Set<PlanResult>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r == null) return null;
        var doc = new OfficialDocument();
        if (r.Kind == ResultKind.Recommendation) doc.Title($"{ctx.CommitteeName}常务委员会").Centered($"关于{Trim(r.Title)}的建议案");
        else doc.Title(r.Title);
        if (r.Kind == ResultKind.Speech && r.Venue != null) doc.Centered($"（{r.Venue}{(r.Mode == SpeechMode.Written ? "书面发言" : "大会发言")}）");
        if (r.Author != null && r.Kind != ResultKind.Recommendation) doc.Centered(r.Author);
        foreach (var paragraph in r.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) doc.Text(paragraph);
        if (r.Kind == ResultKind.Recommendation)
        {
            doc.Right($"{ctx.CommitteeName}常务委员会");
            if (r.AdoptedOn is { } on) doc.Right($"{on:yyyy年M月d日}");
        }
        return (doc.ToBytes(), $"{r.Title}.docx");
    }

    // "关于养老产业体系建设的建议案" stays as it is when the title already says so.
    static string Trim(string title) => title.StartsWith("关于", StringComparison.Ordinal) && title.EndsWith("的建议案", StringComparison.Ordinal) ? title[2..^4] : title;
}
