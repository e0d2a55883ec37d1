using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Opinions;

public sealed record PublicationInput(string? Name, string? Issue, DateOnly? PublishedOn);

public sealed record PublicationView(Guid Id, string Name, string? Issue, DateOnly PublishedOn);

/// <summary>An outside publication that carried an adopted item (《经济要参》, a provincial digest …), recorded by the information staff.</summary>
public sealed class RecordPublication(XieshangDb db, RequestContext ctx, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(Guid itemId, PublicationInput input, CancellationToken ct = default)
    {
        if (!ctx.Has(OpinionPermissions.Edit)) return new Forbidden("刊物采用情况由信息工作人员登记。");
        var item = await OpinionAccess.LoadAsync(db, ctx, itemId, ct);
        if (item == null) return new NotFound("该信息不存在，或您无权查看。");
        if (item.State != OpinionState.Published) return new Conflict("只有已编发（采用）的信息才能登记刊物采用。");
        var name = input.Name?.Trim();
        if (name is not { Length: >= 2 and <= 100 }) return new Invalid("刊物：2 至 100 个字，如《经济要参》。");
        if (input.PublishedOn is not { } on || on > Web.Shanghai.Today(clock)) return new Invalid("刊发日期：请填写，且不能晚于今天。");
        var issue = input.Issue?.Trim();
        if (issue?.Length > 50) return new Invalid("期号：不超过 50 字。");
        if (await db.Set<OpinionPublication>().AnyAsync(p => p.ItemId == itemId && p.Name == name && p.Issue == issue, ct)) return new Conflict("这次刊发已经登记过。");
        var publication = new OpinionPublication { ItemId = itemId, Name = name, Issue = string.IsNullOrEmpty(issue) ? null : issue, PublishedOn = on, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(publication);
        db.Audit("opinion.publication", "登记刊物采用", publication, $"《{item.EditedTitle ?? item.Title}》刊于{name}{issue}");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return publication.Id;
    }
}
