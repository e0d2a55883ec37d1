using Npgsql;

namespace Xieshang.Tests.Infrastructure;

/// <summary>
/// Which provider this run tests: XIESHANG_TEST_PROVIDER=Postgres with PG_CONN set by test.sh, else SQLite.
/// Every app under test gets a database of its own, so tests can run in parallel.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("XIESHANG_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("PG_CONN") ?? throw new InvalidOperationException("PG_CONN is not set (test.sh sets it).");

    public static (string Provider, string ConnectionString, Func<Task> Drop) Create()
    {
        if (!IsPostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), $"xieshang-test-{Guid.NewGuid():N}.db");
            return ("Sqlite", $"Data Source={file}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                return Task.CompletedTask;
            });
        }
        var name = $"xs_test_{Guid.NewGuid():N}";
        using (var conn = new NpgsqlConnection(PostgresAdmin))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            cmd.ExecuteNonQuery();
        }
        var cs = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
        return ("Postgres", cs, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        });
    }
}
