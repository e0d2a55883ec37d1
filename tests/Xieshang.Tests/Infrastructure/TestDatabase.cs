using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Platform.Data;
using Npgsql;

namespace Xieshang.Tests.Infrastructure;

/// <summary>
/// Which provider this run tests: XIESHANG_TEST_PROVIDER=Postgres with PG_CONN set by test.sh, else SQLite.
/// Every app under test gets a database of its own, so tests can run in parallel. Migrating and seeding the demo is
/// done once per run into a template; each app then gets a copy of it (SQLite: a file copy; PostgreSQL:
/// CREATE DATABASE … TEMPLATE), which takes milliseconds instead of the seconds of a migration and a seed.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("XIESHANG_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("PG_CONN") ?? throw new InvalidOperationException("PG_CONN is not set (test.sh sets it).");

    // Made by the first app that asks; Task.Run keeps the blocking wait in a constructor off any test's context.
    static readonly Lazy<string> Template = new(() => Task.Run(CreateTemplateAsync).GetAwaiter().GetResult());

    /// <summary>An empty database: for tests of migrating and setting up an installation.</summary>
    public static (string Provider, string ConnectionString, Func<Task> Drop) Create() => Copy(template: null);

    /// <summary>A migrated database with the demo seeded (at the test clock's date): a copy of this run's template.</summary>
    public static (string Provider, string ConnectionString, Func<Task> Drop) FromTemplate() => Copy(Template.Value);

    static (string Provider, string ConnectionString, Func<Task> Drop) Copy(string? template)
    {
        if (!IsPostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), $"xieshang-test-{Guid.NewGuid():N}.db");
            if (template != null) File.Copy(template, file);
            return ("Sqlite", $"Data Source={file}", () =>
            {
                SqliteConnection.ClearAllPools();
                DeleteSqlite(file);
                return Task.CompletedTask;
            });
        }
        var name = $"xs_test_{Guid.NewGuid():N}";
        Execute(template == null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return ("Postgres", PostgresDatabase(name), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        });
    }

    /// <summary>
    /// Boots the real app once on a new database (it migrates and seeds the demo as on any first start), stops it,
    /// and returns the database: a SQLite file with its WAL folded in, or a PostgreSQL database nobody is connected to.
    /// </summary>
    static async Task<string> CreateTemplateAsync()
    {
        var (provider, cs, _) = Create();
        await using (var app = TestApp.OnDatabase(provider, cs).With("Jobs:Enabled", "false"))
        {
            await app.InitializeAsync();
            // Each copy makes its own data-protection key on first use, as a new installation does (and a node with
            // Redis keeps its keys there, not in the database).
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<XieshangDb>().DataProtectionKeys.ExecuteDeleteAsync();
        }
        if (provider == "Sqlite")
        {
            var file = new SqliteConnectionStringBuilder(cs).DataSource;
            SqliteConnection.ClearAllPools();
            await using (var conn = new SqliteConnection(cs))
            {
                await conn.OpenAsync();
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await cmd.ExecuteNonQueryAsync();
            }
            SqliteConnection.ClearAllPools();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteSqlite(file);
            return file;
        }
        NpgsqlConnection.ClearAllPools(); // CREATE DATABASE … TEMPLATE refuses a template with open connections
        var name = new NpgsqlConnectionStringBuilder(cs).Database!;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"); }
            catch (NpgsqlException) { } // the run's cluster is thrown away by test.sh anyway
        };
        return name;
    }

    static string PostgresDatabase(string name) => new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;

    static void Execute(string sql)
    {
        using var conn = new NpgsqlConnection(PostgresAdmin);
        conn.Open();
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }

    static void DeleteSqlite(string file)
    {
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
    }
}
