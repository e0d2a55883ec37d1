using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform.Auth;

namespace Xieshang.Platform.Calendar;

public static class HolidayEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/platform/holidays").WithTags("平台");
        g.MapGet("/", (int? year, HolidayUseCases uc, TimeProvider clock, CancellationToken ct) =>
                uc.ListAsync(year ?? Web.Shanghai.Today(clock).Year, ct))
            .RequirePermission(PlatformPermissions.Home)
            .WithName("ListHolidays").WithSummary("某年的节假日与调休上班日");
        g.MapPut("/", async Task<Results<Ok<HolidayRow>, ProblemHttpResult>> (SaveHolidayRequest request, HolidayUseCases uc, CancellationToken ct) =>
            {
                var r = await uc.SaveAsync(request, ct);
                return r.Ok ? TypedResults.Ok(r.Value) : r.Error!.ToProblem();
            })
            .RequirePermission(PlatformPermissions.HolidaysManage)
            .WithName("SaveHoliday").WithSummary("添加或修改一天（放假或调休上班）");
        g.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, HolidayUseCases uc, CancellationToken ct) =>
            {
                var r = await uc.DeleteAsync(id, ct);
                return r.Ok ? TypedResults.NoContent() : r.Error!.ToProblem();
            })
            .RequirePermission(PlatformPermissions.HolidaysManage)
            .WithName("DeleteHoliday").WithSummary("删除一天");
    }
}
