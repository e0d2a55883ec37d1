using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Calendar;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Bench;

/// <summary>
/// The yardstick for every page's performance (after TechEmpower's Fortunes): the full request pipeline — sign-in,
/// committee, permission — then one indexed query of 20 rows written out as a small HTML page. Benchmarks report
/// each page as a ratio to this, measured in the same run; a page should reach at least half of it.
/// </summary>
public static class CeilingEndpoint
{
    sealed record Row(DateOnly Date, HolidayKind Kind, string Name);

    // A named record, not a tuple: Npgsql would read a tuple projection as a PostgreSQL record type.
    static readonly Func<XieshangDb, DateOnly, IAsyncEnumerable<Row>> Query =
        EF.CompileAsyncQuery((XieshangDb db, DateOnly from) => db.Set<Holiday>().AsNoTracking()
            .Where(h => h.Date >= from).OrderBy(h => h.Date).Take(20)
            .Select(h => new Row(h.Date, h.Kind, h.Name)));

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/bench/ceiling", async (XieshangDb db, HttpContext http) =>
            {
                var sb = new StringBuilder(2048);
                sb.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>基准页</title></head><body><table><tr><th>日期</th><th>类型</th><th>名称</th></tr>");
                await foreach (var (date, kind, name) in Query(db, new DateOnly(2000, 1, 1)))
                    sb.Append("<tr><td>").Append(date.ToString("yyyy-MM-dd")).Append("</td><td>").Append(Holiday.KindLabel(kind))
                      .Append("</td><td>").Append(WebUtility.HtmlEncode(name)).Append("</td></tr>");
                sb.Append("</table></body></html>");
                return TypedResults.Content(sb.ToString(), "text/html; charset=utf-8");
            })
            .RequirePermission(PlatformPermissions.Home).ExcludeFromDescription();
}
