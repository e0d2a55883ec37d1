using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Observability;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform;

public sealed class PlatformModule : IModule
{
    public IEnumerable<Permission> Permissions => PlatformPermissions.All;

    public IEnumerable<MenuItem> Menu =>
    [
        new("工作台", "首页", "/", PlatformPermissions.Home, 0),
        new("工作台", "消息", "/inbox", PlatformPermissions.Inbox, 1),
        new("我的", "账号安全", "/account/security", PlatformPermissions.Account, 700),
        new("帮助", "流程说明", "/help/workflows", PlatformPermissions.WorkflowHelp, 800),
        new("帮助", "接口文档", "/api-docs", PlatformPermissions.ApiReference, 810),
        new("系统管理", "节假日", "/admin/holidays", PlatformPermissions.HolidaysManage, 890),
        new("系统管理", "角色分配", "/admin/roles", PlatformPermissions.RolesManage, 900),
        new("系统管理", "操作日志", "/admin/audit", PlatformPermissions.AuditRead, 910),
    ];

    // The platform has no workflow of its own; the engine serves the modules' tables.
    public IEnumerable<Workflow.IWorkflowDefinition> Workflows => [];

    public void AddServices(IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddScoped<SignIn>();
        services.AddScoped<CommitteeOverview>();
        services.AddScoped<Account.TwoFactor>();
        services.AddScoped<ListRoleHolders>();
        services.AddScoped<GrantRole>();
        services.AddScoped<RevokeRole>();
        services.AddScoped<Audit.SearchAudit>();
        services.AddScoped<Calendar.WorkingCalendar>();
        services.AddScoped<Calendar.HolidayUseCases>();
        services.AddScoped<Workflow.WorkflowEngine>();

        services.AddScoped<Notifications.Inbox>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Notifications.OutboxDispatcher>();
        if (!string.IsNullOrWhiteSpace(config["Smtp:Host"]))
        {
            services.AddOptions<Notifications.SmtpOptions>().BindConfiguration("Smtp").ValidateDataAnnotations().ValidateOnStart();
            services.AddSingleton<Notifications.INotificationChannel, Notifications.EmailChannel>();
        }
        services.AddSingleton<Jobs.IRecurringJob, Notifications.OutboxDispatchJob>();
        services.AddSingleton<Files.IFileStorage, Files.LocalFileStorage>();
        services.AddScoped<Files.FileUseCases>();
        services.AddSingleton<CommitteeChanges>();
        services.AddHostedService(sp => sp.GetRequiredService<CommitteeChanges>());
        services.AddSingleton<Jobs.JobRunner>();
        services.AddHostedService<Jobs.JobHost>();
    }

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapObservability();
        var api = app.MapGroup("/api/v1").WithTags("平台");
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous()
            .WithName("Login").WithSummary("用户名（或手机号）与密码登录，返回访问令牌");
        api.MapGet("/me", Me).RequirePermission(PlatformPermissions.Home)
            .WithName("Me").WithSummary("当前用户、当前政协与权限");
        Account.AccountEndpoints.Map(app);
        RoleEndpoints.Map(app);
        Calendar.HolidayEndpoints.Map(app);
        Notifications.InboxEndpoints.Map(app);
        Files.FileEndpoints.Map(app);
        Api.ApiDocs.Map(app);
        Audit.AuditEndpoints.Map(app);
        Account.AccountApi.Map(app);
        Bench.CeilingEndpoint.Map(app);
        Web.TextSize.Map(app);
    }

    static async Task<Results<SignInHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest request, SignIn signIn,
        IConfiguration config, IHostEnvironment env, CancellationToken ct)
    {
        var result = await signIn.CheckAsync(request, ct);
        if (!result.Ok) return result.Error!.ToProblem();
        if (Account.TwoFactor.Required(config, env) && !result.Value!.TwoFactorEnabled && await signIn.IsStaffAnywhereAsync(result.Value, ct))
            return TypedResults.Problem(title: Account.TwoFactorEnforcement.Message, statusCode: StatusCodes.Status403Forbidden);
        var principal = await signIn.PrincipalAsync(result.Value!, IdentityConstants.BearerScheme, result.Value!.TwoFactorEnabled);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    public sealed record MeResponse(Guid UserId, string Name, Guid? CommitteeId, string? CommitteeName, string[] Roles, string[] Permissions);

    static MeResponse Me(RequestContext ctx) => new(ctx.UserId!.Value, ctx.UserName ?? "", ctx.CommitteeId, ctx.CommitteeName,
        ctx.Roles.Select(r => r.ToString()).Order().ToArray(), ctx.Permissions.Order().ToArray());
}
