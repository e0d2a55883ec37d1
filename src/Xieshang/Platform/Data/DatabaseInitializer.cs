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
        await RefuseForeignHistoryAsync(db, ct);
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
        await RefuseForeignHistoryAsync(db, ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            throw new SchemaOutOfDateException(pending);
    }

    /// <summary>
    /// The schema history was folded into one Initial migration before the first installation (issue 18). A database
    /// made by the old history has its tables but none of the new migrations: migrating it would try to create them
    /// again. Say so plainly instead of failing on "table already exists".
    /// </summary>
    static async Task RefuseForeignHistoryAsync(XieshangDb db, CancellationToken ct)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var known = db.Database.GetMigrations().ToHashSet();
        var foreign = applied.Where(m => !known.Contains(m)).ToList();
        if (foreign.Count > 0 && !applied.Any(known.Contains)) throw new ForeignSchemaHistoryException(foreign.Count);
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

public sealed class ForeignSchemaHistoryException(int foreign) : Exception(
    $"数据库由旧版本的迁移历史创建（{foreign} 个迁移已不存在），无法升级。开发或演示数据库请删除后重新生成" +
    "（SQLite：删除 src/Xieshang/data/xieshang.db）。");

public sealed class SchemaOutOfDateException(IReadOnlyList<string> pending) : Exception(
    $"数据库结构不是最新版本（待执行迁移 {pending.Count} 个：{string.Join("，", pending)}）。" +
    "请先运行：dotnet run --project src/Xieshang -- migrate");
