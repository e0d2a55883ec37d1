using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;
using OpenTelemetry.Metrics;
using StackExchange.Redis;
using Xieshang.Platform.Api;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Observability;
using Xieshang.Platform.Results;
using Xieshang.Web;

namespace Xieshang.Platform;

public static class PlatformSetup
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        // Raw UTF-8 in pages: without this Blazor writes every Chinese character as &#x...;
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Enums travel as their names ("DayOff", "Member"), as they are stored.
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        services.AddXieshangData(config, builder.Environment);
        services.AddXieshangAuth();
        services.AddXieshangObservability(builder);

        var redis = config["Redis:Configuration"];
        var dp = services.AddDataProtection().SetApplicationName("Xieshang");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // Several web nodes: keys and cache in Redis so that any node can read any node's cookies.
            var mux = ConnectionMultiplexer.Connect(redis);
            services.AddSingleton<IConnectionMultiplexer>(mux);
            dp.PersistKeysToStackExchangeRedis(mux, "xieshang:dp-keys");
            services.AddStackExchangeRedisCache(o => o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(mux));
        }
        else
        {
            dp.PersistKeysToDbContext<XieshangDb>();
            services.AddDistributedMemoryCache();
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in config.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddValidation();
        services.AddXieshangOpenApi();
        services.AddRazorComponents();
        services.AddAntiforgery();
        services.AddHttpContextAccessor();
        return builder;
    }

    public static async Task InitializeAsync(this WebApplication app)
    {
        await DatabaseInitializer.EnsureCurrentAsync(app.Services, app.Configuration);
        await PermissionSync.SyncAsync(app.Services);
        await Jobs.JobRunner.RegisterAsync(app.Services);
        await Demo.DemoData.SeedIfWantedAsync(app.Services, app.Configuration, app.Environment);
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseXieshangErrors();
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseMiddleware<Account.TwoFactorEnforcement>();
        app.UseMiddleware<FlashMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPages(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        // Pages declare their own permission; the framework's helper endpoints (not pages) are public plumbing.
        app.MapRazorComponents<App>().Add(e =>
        {
            if (!e.Metadata.OfType<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>().Any())
                e.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
        });
        return app;
    }
}
