using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Organization;

public sealed record InstitutionInput(string? Title, DateOnly? AdoptedOn, string? AdoptedBy, string? Text, string? Governs, int? Version = null);

/// <summary>Adds or changes a rule (制度) of the institutions library, with the workflows it governs.</summary>
public sealed class SaveInstitution(XieshangDb db, OrganizationChanges changes)
{
    public async Task<Result<Guid>> HandleAsync(Guid? id, InstitutionInput input, CancellationToken ct = default)
    {
        var title = input.Title?.Trim() ?? "";
        var by = input.AdoptedBy?.Trim() ?? "";
        if (title.Length is 0 or > 200) return new Invalid("标题：请填写制度名称（不超过 200 字）。");
        if (input.AdoptedOn is not { } on || on.Year is < 1949 or > 2100) return new Invalid("通过日期：请填写，如 2023-03-10。");
        if (by.Length is 0 or > 100) return new Invalid("通过机构：请填写，如“主席会议”“常委会议”（不超过 100 字）。");
        if (input.Text?.Length > 20000) return new Invalid("正文：不超过 20,000 字；更长的请作为附件上传。");
        var governs = string.Join(",", (input.Governs ?? "").Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (governs.Length > 200) return new Invalid("适用流程：不超过 200 个字符。");
        Institution rule;
        if (id is { } existing)
        {
            var found = await db.Set<Institution>().SingleOrDefaultAsync(i => i.Id == existing, ct);
            if (found == null) return new NotFound("制度不存在，或不属于本政协。");
            if (input.Version is { } v && v != found.Version) return new Conflict("该制度已被他人修改，请刷新后再改。");
            rule = found;
        }
        else db.Add(rule = new Institution { Title = title, AdoptedBy = by });
        (rule.Title, rule.AdoptedOn, rule.AdoptedBy, rule.Text, rule.Governs) = (title, on, by, input.Text?.Trim() ?? "", governs);
        db.Audit(id == null ? "organization.institution.add" : "organization.institution.change", id == null ? "新增制度" : "修改制度", rule, id == null ? title : null);
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        await changes.ChangedAsync(rule.CommitteeId); // the summary counts the institutions
        return rule.Id;
    }
}
