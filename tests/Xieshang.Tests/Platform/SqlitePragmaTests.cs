using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Tests.Platform;

public sealed class SqlitePragmaTests
{
    [Fact]
    public async Task SqliteConnections_RunInWalMode_WithABusyTimeoutAndForeignKeys()
    {
        var file = Path.Combine(Path.GetTempPath(), $"xieshang-pragma-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteXieshangDb>().UseSqlite($"Data Source={file}")
            .AddInterceptors(new SqlitePragmaInterceptor()).Options;
        await using (var db = new SqliteXieshangDb(options))
        {
            await db.Database.OpenConnectionAsync();
            async Task<string> Pragma(string name)
            {
                await using var cmd = db.Database.GetDbConnection().CreateCommand();
                cmd.CommandText = $"PRAGMA {name}";
                return Convert.ToString(await cmd.ExecuteScalarAsync())!;
            }
            Assert.Equal("wal", await Pragma("journal_mode"));
            Assert.Equal("5000", await Pragma("busy_timeout"));
            Assert.Equal("1", await Pragma("foreign_keys"));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
    }
}
