using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Audit;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Proposals;

public sealed record SettingsView(bool ReplyClassD, int? Version);

/// <summary>A committee's proposal settings; absent means the defaults (A/B/C replies only).</summary>
public sealed class SaveSettings(XieshangDb db)
{
    public async Task<SettingsView> GetAsync(CancellationToken ct = default) =>
        await db.Set<ProposalSettings>().AsNoTracking().Select(s => new SettingsView(s.ReplyClassD, s.Version)).FirstOrDefaultAsync(ct) ?? new SettingsView(false, null);

    public async Task<Result<Guid>> HandleAsync(SettingsView input, CancellationToken ct = default)
    {
        var settings = await db.Set<ProposalSettings>().FirstOrDefaultAsync(ct);
        if (settings != null && input.Version is { } v && v != settings.Version) return new Conflict("设置已被他人修改，请刷新后再改。");
        if (settings == null) db.Add(settings = new ProposalSettings());
        settings.ReplyClassD = input.ReplyClassD;
        db.Audit("proposal.settings", "修改提案设置", settings, input.ReplyClassD ? "启用 D 类答复" : "不用 D 类答复");
        if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
        return settings.Id;
    }
}
