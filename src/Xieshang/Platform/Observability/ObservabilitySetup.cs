using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using Xieshang.Platform.Data;

namespace Xieshang.Platform.Observability;

public static class ObservabilitySetup
{
    public const string MeterName = "Xieshang";
    public static readonly Meter Meter = new(MeterName);

    public static IServiceCollection AddXieshangObservability(this IServiceCollection services, WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction())
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        // SQL text at Information costs ~40 % throughput and may carry personal data: Warning only.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);

        // The server's own meters only: AddAspNetCoreInstrumentation also listens to the components, authorization and
        // identity meters, which time every component of every page (about 6 % of a page's CPU) for no operational use.
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
                "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting")
            .AddMeter(MeterName)
            .AddPrometheusExporter());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static void MapObservability(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapGet("/alive", () => TypedResults.Text("ok")).AllowAnonymous().ExcludeFromDescription();
        // Metrics carry counts and timings only, no personal data; restrict the path at the reverse proxy if needed.
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
    }
}

public sealed class DatabaseHealthCheck(XieshangDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy("数据库连接正常")
            : HealthCheckResult.Unhealthy("数据库无法连接");
}
