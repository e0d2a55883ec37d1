using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;

namespace Xieshang.Platform.Data;

/// <summary>
/// Brings the schema up to date before the app serves anything. SQLite migrates at start (after a file backup);
/// PostgreSQL is migrated by the `migrate` command, and the app refuses to start on an out-of-date schema.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return;
        if (db.Database.IsSqlite()) BackUpSqlite(db);
        await db.Database.MigrateAsync(ct);
    }

    public static async Task EnsureCurrentAsync(IServiceProvider services, IConfiguration config, CancellationToken ct = default)
    {
        var migrateOnStart = config.GetValue<bool?>("Database:MigrateOnStart")
                             ?? DataSetup.Provider(config) == DatabaseProvider.Sqlite;
        if (migrateOnStart)
        {
            await MigrateAsync(services, ct);
            return;
        }
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            throw new SchemaOutOfDateException(pending);
    }

    static void BackUpSqlite(XieshangDb db)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || !File.Exists(file) || new FileInfo(file).Length == 0) return;
        var backups = Path.Combine(Path.GetDirectoryName(file)!, "backups");
        Directory.CreateDirectory(backups);
        // VACUUM INTO writes a consistent copy even in WAL mode, unlike copying the file.
        var target = Path.Combine(backups, $"{Path.GetFileNameWithoutExtension(file)}-{DateTime.UtcNow:yyyyMMddHHmmss}.db");
        using var conn = new SqliteConnection($"Data Source={file}");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "VACUUM INTO $target";
        cmd.Parameters.AddWithValue("$target", target);
        cmd.ExecuteNonQuery();
    }
}

public sealed class SchemaOutOfDateException(IReadOnlyList<string> pending) : Exception(
    $"数据库结构不是最新版本（待执行迁移 {pending.Count} 个：{string.Join("，", pending)}）。" +
    "请先运行：dotnet run --project src/Xieshang -- migrate");
