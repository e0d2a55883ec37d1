using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
        var dir = Path.Combine(Path.GetTempPath(), $"xieshang-upgrade-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "xieshang.db");
        var cs = $"Data Source={file}";
        string first;
        await using (var old = new SqliteXieshangDb(new DbContextOptionsBuilder<SqliteXieshangDb>().UseSqlite(cs).Options))
        {
            first = old.Database.GetMigrations().First();
            await old.GetService<IMigrator>().MigrateAsync(first); // an installation from the first release
        }

        await using (var app = TestApp.OnDatabase("Sqlite", cs).With("Jobs:Enabled", "false"))
        {
            await app.InitializeAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        var backup = Assert.Single(Directory.GetFiles(Path.Combine(dir, "backups"), "*.db"));
        await using var copy = new SqliteXieshangDb(new DbContextOptionsBuilder<SqliteXieshangDb>().UseSqlite($"Data Source={backup}").Options);
        Assert.Equal([first], await copy.Database.GetAppliedMigrationsAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }
}
