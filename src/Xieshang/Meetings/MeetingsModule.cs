using Microsoft.AspNetCore.Http.HttpResults;
using Xieshang.Platform;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Results;
using Xieshang.Platform.Workflow;

namespace Xieshang.Meetings;

public sealed record ParticipationView(Guid Id, Guid ActivityId, string State, string StateLabel, int LeaveRequests, string? LeaveReason,
    DateTime? CheckedInAt, string Speech, decimal? Points, int Version);

public sealed record CheckInCodeView(string Code, string Url, int SecondsLeft);

public sealed record SubscriptionView(string Url);

/// <summary>会议活动: notices, lists, leave, QR check-in, attendance and its settlement, minutes, campaigns 委员在行动.</summary>
public sealed class MeetingsModule : IModule
{
    /// <summary>The <see cref="CommitteeChanges"/> topic of any change to activities or their lists.</summary>
    public const string Changes = "meetings";

    public IEnumerable<Permission> Permissions => MeetingsPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("工作台", "我的活动", "/me/activities", MeetingsPermissions.Attend, 1),
        new("会议活动", "活动安排", "/activities", MeetingsPermissions.Read, 200),
        new("会议活动", "委员在行动", "/activities/campaigns", MeetingsPermissions.Read, 201),
        new("会议活动", "出勤统计", "/activities/rates", MeetingsPermissions.Read, 202),
    ];

    public IEnumerable<IWorkflowDefinition> Workflows => [ActivityFlow.Flow, ParticipationFlow.Flow];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<SaveActivity>();
        services.AddScoped<InviteMembers>();
        services.AddScoped<ActivityActions>();
        services.AddScoped<SettleAttendance>();
        services.AddScoped<MyReply>();
        services.AddScoped<ParticipantActions>();
        services.AddScoped<CheckIn>();
        services.AddScoped<GetActivity>();
        services.AddScoped<ListActivities>();
        services.AddScoped<MyActivities>();
        services.AddScoped<AttendanceSheet>();
        services.AddScoped<AttendanceRates>();
        services.AddScoped<ActivityStatistics>();
        services.AddScoped<ActivityCalendar>();
        services.AddScoped<Campaigns>();
        services.AddScoped<ActivityDocuments>();
        services.AddScoped<Platform.Files.IFileOwner, DocumentFiles>();
    }

    static ParticipationView View(Participation p) => new(p.Id, p.ActivityId, Codes.Of(p.State), ParticipationFlow.Flow.LabelOf(p.State),
        p.LeaveRequests, p.LeaveReason, p.CheckedInAt, Codes.Of(p.Speech), p.Points, p.Version);

    const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const string Ics = "text/calendar; charset=utf-8";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/activities").WithTags("会议活动");
        api.MapGet("", (ListActivities q, int? year, string? type, string? state, Guid? campaign, string? search, int? page, CancellationToken ct) =>
                q.HandleAsync(new ActivityQuery(year, type, state, campaign, search, page ?? 1), ct))
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("ListActivities").WithSummary("会议活动列表（可按年度、类型代码、状态代码、委员在行动、名称筛选）");
        api.MapPost("", async (ActivityInput input, SaveActivity save, CancellationToken ct) =>
                (await save.HandleAsync(null, input, ct)).CreatedOrProblem("/api/v1/activities/{id}"))
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("CreateActivity").WithSummary("新建会议活动（暂存）：type 为类型代码如 LECTURE，时间不带时区时按北京时间");
        api.MapGet("/statistics", (ActivityStatistics q, int? year, TimeProvider clock, CancellationToken ct) =>
                q.HandleAsync(year ?? Web.Shanghai.Today(clock).Year, ct))
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("ActivityStatistics").WithSummary("年度会议活动统计：按类型代码计数、委员在行动、签到人次、请假、缺席、发言");
        api.MapGet("/rates", (AttendanceRates q, int? year, TimeProvider clock, CancellationToken ct) => q.HandleAsync(year ?? Web.Shanghai.Today(clock).Year, ct))
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("AttendanceRates").WithSummary("委员年度出勤率（总体与按活动类型）");
        api.MapGet("/rates/export", RatesExportAsync).RequirePermission(MeetingsPermissions.Read)
            .WithName("ExportAttendanceRates").WithSummary("导出委员年度出勤率为 Excel");
        app.MapGet("/activities/rates/export", RatesExportAsync).RequirePermission(MeetingsPermissions.Read).ExcludeFromDescription();
        api.MapGet("/mine", async Task<Results<Ok<MyActivityList>, ProblemHttpResult>> (MyActivities q, int? year, CancellationToken ct) =>
                await q.HandleAsync(year, ct) is { } mine ? TypedResults.Ok(mine) : new Platform.Results.NotFound("您在本政协没有委员席位。").ToProblem())
            .RequirePermission(MeetingsPermissions.Attend)
            .WithName("MyActivities").WithSummary("我的活动：待参加、可报名、本年度出勤记录");
        api.MapGet("/calendar.ics", async Task<Results<ContentHttpResult, ProblemHttpResult>> (ActivityCalendar cal, CancellationToken ct) =>
                await cal.MyFeedAsync(ct) is { } feed ? TypedResults.Text(feed, Ics) : new Platform.Results.NotFound("您在本政协没有委员席位。").ToProblem())
            .RequirePermission(MeetingsPermissions.Attend)
            .WithName("MyActivityCalendar").WithSummary("我的会议活动日历（iCalendar .ics）");
        api.MapGet("/calendar/subscription", async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> (ActivityCalendar cal, HttpContext http, CancellationToken ct) =>
                await cal.MyFeedTokenAsync(ct) is { } token
                    ? TypedResults.Ok(new SubscriptionView($"{http.Request.Scheme}://{http.Request.Host}/api/v1/public/calendar/{token}"))
                    : new Platform.Results.NotFound("您在本政协没有委员席位。").ToProblem())
            .RequirePermission(MeetingsPermissions.Attend)
            .WithName("MyCalendarSubscription").WithSummary("手机日历订阅地址（含专属凭据，请勿转发）");
        app.MapGet("/api/v1/public/calendar/{token}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string token, ActivityCalendar cal, CancellationToken ct) =>
                token.Length <= 1000 && await cal.FeedForTokenAsync(token, ct) is { } feed
                    ? TypedResults.Text(feed, Ics) : new Platform.Results.NotFound("订阅地址无效或已失效。").ToProblem())
            .AllowAnonymous().WithTags("会议活动")
            .WithName("CalendarSubscriptionFeed").WithSummary("日历订阅（无需登录，凭订阅地址中的凭据）");

        api.MapGet("/{id:guid}", async Task<Results<Ok<ActivityView>, ProblemHttpResult>> (Guid id, GetActivity q, CancellationToken ct) =>
                await q.HandleAsync(id, ct) is { } view ? TypedResults.Ok(view) : new Platform.Results.NotFound("活动不存在，或您不在该活动的名单上。").ToProblem())
            .RequirePermission(MeetingsPermissions.View)
            .WithName("GetActivity").WithSummary("一项会议活动：通知内容、状态、可执行的操作、本人的回复");
        api.MapPut("/{id:guid}", async (Guid id, ActivityInput input, SaveActivity save, CancellationToken ct) =>
                (await save.HandleAsync(id, input, ct)).NoContentOrProblem())
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("UpdateActivity").WithSummary("修改尚未开始的会议活动；已发布的改了时间地点会通知名单上的委员");
        api.MapPost("/{id:guid}/actions/{action}", async Task<Results<Ok<ActivityView>, ProblemHttpResult>> (Guid id, string action, ActionRequest? request,
                ActivityActions actions, GetActivity q, CancellationToken ct) =>
            {
                var result = await actions.HandleAsync(id, action, request, ct);
                return result.Ok ? TypedResults.Ok((await q.HandleAsync(id, ct))!) : result.Error!.ToProblem();
            })
            .RequirePermission(MeetingsPermissions.View)
            .WithName("ActivityAction").WithSummary("会议活动流程操作：submit、approve、return、start、end、close、cancel");
        api.MapGet("/{id:guid}/attendance", async Task<Results<Ok<AttendanceCounts>, ProblemHttpResult>> (Guid id, GetActivity q, CancellationToken ct) =>
                await q.CountsAsync(id, ct) is { } counts ? TypedResults.Ok(counts) : new Platform.Results.NotFound("活动不存在，或不属于本政协。").ToProblem())
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("ActivityAttendance").WithSummary("出勤人数：按参会状态代码计数，实到、应到与到会率");
        api.MapGet("/{id:guid}/participants", async Task<Results<Ok<IReadOnlyList<SheetRow>>, ProblemHttpResult>> (Guid id, AttendanceSheet q, CancellationToken ct) =>
                await q.HandleAsync(id, ct) is { } rows ? TypedResults.Ok(rows) : new Platform.Results.NotFound("活动不存在，或不属于本政协。").ToProblem())
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("ActivityParticipants").WithSummary("签到表：名单上每位委员的回复、请假、签到、发言与履职分");
        api.MapGet("/{id:guid}/participants/export", SheetExportAsync).RequirePermission(MeetingsPermissions.Read)
            .WithName("ExportActivityParticipants").WithSummary("导出签到表为 Excel");
        app.MapGet("/activities/{id:guid}/participants/export", SheetExportAsync).RequirePermission(MeetingsPermissions.Read).ExcludeFromDescription();
        api.MapPost("/{id:guid}/invitations", async (Guid id, InviteRequest request, InviteMembers invite, CancellationToken ct) =>
                (await invite.HandleAsync(id, request, ct)).OkOrProblem())
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("InviteToActivity").WithSummary("邀请：全体委员、常委、专委会、界别、工作组、履职小组、党支部或指定委员");
        api.MapPost("/{id:guid}/participants/{membershipId:guid}/check-in", async Task<Results<Ok<CheckInResult>, ProblemHttpResult>> (Guid id, Guid membershipId,
                CheckIn checkIn, CancellationToken ct) => Answer(await checkIn.AtDeskAsync(id, membershipId, ct), r => r))
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("DeskCheckIn").WithSummary("工作人员补签到（不在名单上的记为未报名签到）；已关闭的活动重新结算");
        api.MapPost("/participations/{pid:guid}/actions/{action}", async Task<Results<Ok<ParticipationView>, ProblemHttpResult>> (Guid pid, string action,
                ActionRequest? request, ParticipantActions actions, CancellationToken ct) =>
                Answer(await actions.HandleAsync(pid, action, request, ct), View))
            .RequirePermission(MeetingsPermissions.View)
            .WithName("ParticipationAction").WithSummary("名单操作：approve_leave、deny_leave、desk_check_in、undo_check_in、remove、restore");
        api.MapPut("/participations/{pid:guid}/speech", async Task<Results<Ok<ParticipationView>, ProblemHttpResult>> (Guid pid, SpeechRequest request,
                ParticipantActions actions, CancellationToken ct) =>
                Answer(await actions.SpeechAsync(pid, request, ct), View))
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("RecordSpeech").WithSummary("记录发言：ORAL 口头、WRITTEN 书面、NONE 无");
        api.MapPost("/{id:guid}/me/actions/{action}", async Task<Results<Ok<ParticipationView>, ProblemHttpResult>> (Guid id, string action,
                ActionRequest? request, MyReply reply, CancellationToken ct) =>
                Answer(await reply.HandleAsync(id, action, request, ct), View))
            .RequirePermission(MeetingsPermissions.Attend)
            .WithName("ReplyToActivity").WithSummary("本人回复：sign_up 参加、decline 不参加、ask_leave 请假（note 为事由）、withdraw_leave 撤回请假");
        api.MapPost("/{id:guid}/check-in", async Task<Results<Ok<CheckInResult>, ProblemHttpResult>> (Guid id, CheckInRequest request,
                CheckIn checkIn, CancellationToken ct) => Answer(await checkIn.ByCodeAsync(id, request.Code, ct), r => r))
            .RequirePermission(MeetingsPermissions.Attend)
            .WithName("CheckIn").WithSummary("扫码签到：code 为现场大屏二维码中的签到码（每 30 秒更新）");
        api.MapGet("/{id:guid}/check-in-code", async Task<Results<Ok<CheckInCodeView>, ProblemHttpResult>> (Guid id, Platform.Data.XieshangDb db,
                TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var a = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(db.Set<Activity>(), x => x.Id == id, ct);
                if (a == null) return new Platform.Results.NotFound("活动不存在，或不属于本政协。").ToProblem();
                var now = clock.GetUtcNow();
                var code = CheckInCodes.Code(a, now);
                return TypedResults.Ok(new CheckInCodeView(code, $"{http.Request.Scheme}://{http.Request.Host}/checkin/{id}?c={code}", CheckInCodes.SecondsLeft(now)));
            })
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("CheckInCode").WithSummary("现场大屏的当前签到码与扫码地址（每 30 秒更新）");
        api.MapGet("/{id:guid}/documents", (Guid id, ActivityDocuments docs, CancellationToken ct) => docs.ListAsync(id, ct))
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("ActivityDocuments").WithSummary("会议纪要与活动简报（含附件）");
        api.MapPost("/{id:guid}/documents", async (Guid id, DocumentInput input, ActivityDocuments docs, CancellationToken ct) =>
                (await docs.AddAsync(id, input, ct)).CreatedOrProblem($"/api/v1/activities/{id}/documents"))
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("AddActivityDocument").WithSummary("上传会议纪要（MINUTES）或活动简报（BRIEF）");

        var campaigns = app.MapGroup("/api/v1/campaigns").WithTags("委员在行动");
        campaigns.MapGet("", (Campaigns c, int? year, TimeProvider clock, CancellationToken ct) => c.ListAsync(year ?? Web.Shanghai.Today(clock).Year, ct))
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("ListCampaigns").WithSummary("一年的委员在行动（四个季度）及其活动、参与人数");
        campaigns.MapPost("/{year:int}", async (int year, Campaigns c, CancellationToken ct) => (await c.EnsureYearAsync(year, ct)).OkOrProblem())
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("CreateCampaignYear").WithSummary("建立一年的四个季度委员在行动（已有的保留），返回新建数");
        campaigns.MapGet("/{id:guid}", async Task<Results<Ok<CampaignResults>, ProblemHttpResult>> (Guid id, Campaigns c, CancellationToken ct) =>
                await c.ResultsAsync(id, ct) is { } r ? TypedResults.Ok(r) : new Platform.Results.NotFound("该“委员在行动”不存在，或不属于本政协。").ToProblem())
            .RequirePermission(MeetingsPermissions.Read)
            .WithName("GetCampaign").WithSummary("一季委员在行动的成效：活动、参与委员、签到人次");
        campaigns.MapPut("/{id:guid}", async (Guid id, CampaignInput input, Campaigns c, CancellationToken ct) => (await c.UpdateAsync(id, input, ct)).NoContentOrProblem())
            .RequirePermission(MeetingsPermissions.Manage)
            .WithName("UpdateCampaign").WithSummary("修改委员在行动的主题与说明");
    }

    static Results<Ok<TView>, ProblemHttpResult> Answer<T, TView>(Result<T> result, Func<T, TView> view) =>
        result.Ok ? TypedResults.Ok(view(result.Value!)) : result.Error!.ToProblem();

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SheetExportAsync(Guid id, AttendanceSheet sheet, CancellationToken ct) =>
        await sheet.ExportAsync(id, ct) is { } file ? TypedResults.File(file.Content, Xlsx, file.FileName)
            : new Platform.Results.NotFound("活动不存在，或不属于本政协。").ToProblem();

    static async Task<FileContentHttpResult> RatesExportAsync(AttendanceRates rates, int? year, TimeProvider clock, CancellationToken ct)
    {
        var (content, name) = await rates.ExportAsync(year ?? Web.Shanghai.Today(clock).Year, ct);
        return TypedResults.File(content, Xlsx, name);
    }
}
