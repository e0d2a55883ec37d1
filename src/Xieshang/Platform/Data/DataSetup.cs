using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Platform.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// A second context for the same request, bound to the same user and committee. Blazor initialises a page and its
/// child components concurrently, and one context must never run two queries at once: a component that queries
/// beside its page leases its own (and disposes it).
/// </summary>
public sealed class DbLease(Func<XieshangDb> create)
{
    public XieshangDb Create() => create();
}

public static class DataSetup
{
    public static DatabaseProvider Provider(IConfiguration config) =>
        Enum.TryParse<DatabaseProvider>(config["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;

    /// <summary>
    /// Registers a pooled context for the configured provider and a scoped <see cref="XieshangDb"/> leased from it
    /// and bound to the request. Pooling and the tuned Npgsql settings come from postgres-performance.md.
    /// </summary>
    public static IServiceCollection AddXieshangData(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddSingleton<PlatformSaveChangesInterceptor>();
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddSingleton<ChangeAnnouncer>();
        var provider = Provider(config);
        if (provider == DatabaseProvider.Postgres)
        {
            var cs = TunePostgres(config.GetConnectionString("Default")
                ?? throw new InvalidOperationException("缺少数据库连接字符串 ConnectionStrings:Default（PostgreSQL）。"));
            services.AddPooledDbContextFactory<PostgresXieshangDb>((sp, o) => o
                .UseNpgsql(cs, n => n.MigrationsAssembly(typeof(XieshangDb).Assembly.FullName))
                .AddInterceptors(sp.GetRequiredService<PlatformSaveChangesInterceptor>(), sp.GetRequiredService<ChangeAnnouncer>()));
            services.AddScoped<XieshangDb>(sp => Lease(sp, sp.GetRequiredService<IDbContextFactory<PostgresXieshangDb>>()));
            services.AddScoped(sp => new DbLease(() => Lease(sp, sp.GetRequiredService<IDbContextFactory<PostgresXieshangDb>>())));
        }
        else
        {
            var cs = SqliteConnectionString(config.GetConnectionString("Default"), env);
            services.AddPooledDbContextFactory<SqliteXieshangDb>((sp, o) => o
                .UseSqlite(cs)
                .AddInterceptors(sp.GetRequiredService<PlatformSaveChangesInterceptor>(), sp.GetRequiredService<SqlitePragmaInterceptor>(),
                    sp.GetRequiredService<ChangeAnnouncer>()));
            services.AddScoped<XieshangDb>(sp => Lease(sp, sp.GetRequiredService<IDbContextFactory<SqliteXieshangDb>>()));
            services.AddScoped(sp => new DbLease(() => Lease(sp, sp.GetRequiredService<IDbContextFactory<SqliteXieshangDb>>())));
        }
        services.AddScoped<RequestContext>();
        return services;
    }

    static XieshangDb Lease<T>(IServiceProvider sp, IDbContextFactory<T> factory) where T : XieshangDb
    {
        var db = factory.CreateDbContext();
        db.Bind(sp.GetRequiredService<RequestContext>());
        return db;
    }

    /// <summary>Production defaults for a small machine unless the connection string says otherwise.</summary>
    public static string TunePostgres(string cs)
    {
        var b = new NpgsqlConnectionStringBuilder(cs);
        var given = cs.ToLowerInvariant();
        if (!given.Contains("maximum pool size")) b.MaxPoolSize = Math.Max(8, Environment.ProcessorCount * 4);
        if (!given.Contains("max auto prepare")) b.MaxAutoPrepare = 20;
        if (!given.Contains("no reset on close")) b.NoResetOnClose = true;
        return b.ConnectionString;
    }

    static string SqliteConnectionString(string? cs, IHostEnvironment env)
    {
        var b = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs ?? "Data Source=data/xieshang.db");
        if (b.DataSource != ":memory:" && !Path.IsPathRooted(b.DataSource))
            b.DataSource = Path.Combine(env.ContentRootPath, b.DataSource);
        var dir = Path.GetDirectoryName(b.DataSource);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        b.Pooling = true;
        return b.ConnectionString;
    }
}
