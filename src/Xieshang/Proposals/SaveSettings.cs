using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Proposals;

public sealed record ReasonChoice(string Code, string Label, bool Standard, bool Enabled);

public sealed record SettingsView(bool ReplyClassD, IReadOnlyList<ReasonChoice> Reasons, IReadOnlyList<string> DisabledReasons,
    IReadOnlyList<string> OwnReasons, int? Version);

public sealed record SettingsInput(bool ReplyClassD, IReadOnlyList<string>? DisabledReasons = null, IReadOnlyList<string>? OwnReasons = null, int? Version = null);

/// <summary>A committee's proposal settings; absent means the defaults (A/B/C replies only, every standard not-filing ground).</summary>
public sealed class SaveSettings(XieshangDb db)
{
    public async Task<SettingsView> GetAsync(CancellationToken ct = default)
    {
        var s = await db.Set<ProposalSettings>().AsNoTracking().FirstOrDefaultAsync(ct);
        var disabled = s?.DisabledReasons ?? [];
        var own = s?.OwnReasons ?? [];
        var reasons = NotFiledReasons.Standard.Select(r => new ReasonChoice(r.Code, r.Label, true, !disabled.Contains(r.Code)))
            .Concat(own.Select(label => new ReasonChoice(NotFiledReasons.OwnCode(label), label, false, true))).ToList();
        return new SettingsView(s?.ReplyClassD ?? false, reasons, disabled, own, s?.Version);
    }

    public async Task<Result<Guid>> HandleAsync(SettingsInput input, CancellationToken ct = default)
    {
        var disabled = (input.DisabledReasons ?? []).Distinct().ToList();
        if (disabled.FirstOrDefault(c => NotFiledReasons.Standard.All(r => r.Code != c)) is { } unknown)
            return new Invalid($"没有代码为“{unknown}”的标准不立案理由。");
        var own = (input.OwnReasons ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().ToList();
        if (own.Count > 20) return new Invalid("本会增加的不立案理由：最多 20 条。");
        if (own.FirstOrDefault(r => r.Length is < 4 or > NotFiledReasons.OwnMaxLength) is { } bad)
            return new Invalid($"不立案理由“{bad}”：每条 4 至 {NotFiledReasons.OwnMaxLength} 个字。");
        if (own.FirstOrDefault(r => NotFiledReasons.Standard.Any(s => s.Label == r)) is { } twin)
            return new Invalid($"“{twin}”已是标准理由，无需重复增加。");
        if (disabled.Count == NotFiledReasons.Standard.Count && own.Count == 0) return new Invalid("请至少保留一条不立案理由。");

        var settings = await db.Set<ProposalSettings>().FirstOrDefaultAsync(ct);
        if (settings != null && input.Version is { } v && v != settings.Version) return new Conflict("设置已被他人修改，请刷新后再改。");
        if (settings == null) db.Add(settings = new ProposalSettings());
        settings.ReplyClassD = input.ReplyClassD;
        settings.DisabledReasons = disabled;
        settings.OwnReasons = own;
        db.Audit("proposal.settings", "修改提案设置", settings,
            $"{(input.ReplyClassD ? "启用" : "不用")} D 类答复；停用标准不立案理由 {disabled.Count} 条，本会增加 {own.Count} 条");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return settings.Id;
    }
}
