using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>SQLite migrates itself at start-up, and keeps a copy of the file from before.</summary>
public sealed class MigrationStartupTests
{
    [Fact]
    public async Task OldSqliteFile_IsBackedUpThenMigrated_AtStartup()
    {
        var (dir, file) = NewFolder();
        // An installation from before the first migration: the history table exists and holds nothing yet.
        Execute(file, "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL)");

        await using (var app = TestApp.OnDatabase("Sqlite", $"Data Source={file}").With("Jobs:Enabled", "false"))
        {
            await app.InitializeAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        }

        var backup = Assert.Single(Directory.GetFiles(Path.Combine(dir, "backups"), "*.db"));
        await using var copy = new SqliteXieshangDb(new DbContextOptionsBuilder<SqliteXieshangDb>().UseSqlite($"Data Source={backup}").Options);
        Assert.Empty(await copy.Database.GetAppliedMigrationsAsync());
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task DatabaseOfTheOldSchemaHistory_IsRefusedWithAChineseMessage_AndLeftAsItWas()
    {
        var (dir, file) = NewFolder();
        Execute(file, "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);" +
                      "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261125181834_Initial', '10.0.0')");

        await using (var app = TestApp.OnDatabase("Sqlite", $"Data Source={file}").With("Jobs:Enabled", "false"))
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await app.InitializeAsync());
            Assert.Contains("数据库由旧版本的迁移历史创建", refused.ToString());
        }
        Assert.False(Directory.Exists(Path.Combine(dir, "backups")));
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    static (string Dir, string File) NewFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"xieshang-upgrade-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return (dir, Path.Combine(dir, "xieshang.db"));
    }

    static void Execute(string file, string sql)
    {
        using var conn = new SqliteConnection($"Data Source={file};Pooling=False");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;" + sql; // as EF creates its files: the app's read-only probe expects WAL
        cmd.ExecuteNonQuery();
    }
}
