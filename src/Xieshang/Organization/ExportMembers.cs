using MiniExcelLibs;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Organization;

/// <summary>
/// A directory view as an .xlsx file with Chinese headers (MiniExcel; ClosedXML fails on this platform). The mobile
/// column is there only for those who may see contact details.
/// </summary>
public sealed class ExportMembers(SearchMembers search, RequestContext ctx, TimeProvider clock)
{
    public async Task<(byte[] Content, string FileName)> HandleAsync(MemberQuery query, CancellationToken ct = default)
    {
        var rows = await search.AllAsync(query, ct);
        var contacts = ctx.Has(OrganizationPermissions.Contacts);
        var sheet = rows.Select(r =>
        {
            var row = new Dictionary<string, object?>
            {
                ["委员证号"] = r.MemberNo, ["姓名"] = r.Name, ["性别"] = r.Gender == Gender.Male ? "男" : "女", ["政治面貌"] = r.Party,
                ["界别"] = r.Sector, ["履职界别"] = r.DutySector, ["委员工作组"] = r.WorkGroup, ["履职小组"] = r.DutyGroup,
                ["常委"] = r.IsStanding ? "是" : "", ["工作单位"] = r.Employer,
            };
            if (contacts) row["手机"] = r.Mobile;
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "委员名录", cancellationToken: ct);
        return (stream.ToArray(), $"委员名录-{Web.Shanghai.Today(clock):yyyyMMdd}.xlsx");
    }
}
