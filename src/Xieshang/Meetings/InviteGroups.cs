using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Xieshang.Organization;
using Xieshang.Platform.Data;
using Xieshang.Platform.Results;

namespace Xieshang.Meetings;

/// <summary>
/// The invitation form's one select: everyone, the standing members, or a group from the roster (value
/// <c>KIND:id</c>); or member numbers typed in. Turns the form's answer into an <see cref="InviteRequest"/>.
/// </summary>
public static class InviteGroups
{
    // A record, not a tuple: Npgsql cannot read a projected tuple.
    public sealed record Named(Guid Id, string Name);

    public static async Task<MarkupString> OptionsAsync(XieshangDb db)
    {
        var sb = new System.Text.StringBuilder("<option value=\"\">（按证号指定）</option><option value=\"ALL_MEMBERS\">全体委员</option><option value=\"STANDING_MEMBERS\">全体常委</option>");
        async Task Group(string label, string kind, IQueryable<Named> items)
        {
            sb.Append("<optgroup label=\"").Append(System.Net.WebUtility.HtmlEncode(label)).Append("\">");
            foreach (var (id, name) in await items.ToListAsync())
                sb.Append("<option value=\"").Append(kind).Append(':').Append(id).Append("\">").Append(System.Net.WebUtility.HtmlEncode(name)).Append("</option>");
            sb.Append("</optgroup>");
        }
        await Group("专委会", "SPECIAL_COMMITTEE", db.Set<Organization.SpecialCommittee>().OrderBy(x => x.SortOrder).Select(x => new Named(x.Id, x.Name)));
        await Group("界别", "SECTOR", db.Set<Sector>().OrderBy(x => x.SortOrder).Select(x => new Named(x.Id, x.Name)));
        await Group("委员工作组", "WORK_GROUP", db.Set<WorkGroup>().OrderBy(x => x.Name).Select(x => new Named(x.Id, x.Name)));
        await Group("履职小组", "DUTY_GROUP", db.Set<DutyGroup>().OrderBy(x => x.Name).Select(x => new Named(x.Id, x.Name)));
        await Group("党支部", "PARTY_BRANCH", db.Set<Organization.PartyBranch>().OrderBy(x => x.Name).Select(x => new Named(x.Id, x.Name)));
        return new MarkupString(sb.ToString());
    }

    public static async Task<Result<InviteRequest>> RequestAsync(XieshangDb db, string? group, string? numbers)
    {
        if (!string.IsNullOrWhiteSpace(group))
        {
            var colon = group.IndexOf(':');
            if (colon < 0) return new InviteRequest(group);
            return Guid.TryParse(group[(colon + 1)..], out var id) ? new InviteRequest(group[..colon], id) : new Invalid("邀请范围无效，请重新选择。");
        }
        var wanted = (numbers ?? "").Split([',', '，', '、', ' ', ';', '；', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToUpperInvariant()).Distinct().ToList();
        if (wanted.Count == 0) return new Invalid("请选择邀请范围，或填写委员证号。");
        if (wanted.Count > 1000) return new Invalid("一次最多指定 1,000 名委员。");
        var found = await db.Set<Membership>().Where(m => wanted.Contains(m.MemberNo) && m.Status == MembershipStatus.Active)
            .Select(m => new { m.Id, m.MemberNo }).ToListAsync();
        var missing = wanted.Except(found.Select(f => f.MemberNo)).ToList();
        if (missing.Count > 0) return new Invalid($"以下证号不是本政协在任委员：{string.Join("、", missing.Take(10))}{(missing.Count > 10 ? " 等" : "")}。");
        return new InviteRequest("MEMBERS", null, found.Select(f => f.Id).ToList());
    }
}
