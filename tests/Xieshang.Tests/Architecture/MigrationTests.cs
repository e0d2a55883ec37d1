using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Data;

namespace Xieshang.Tests.Architecture;

/// <summary>A model change without a migration for both providers fails here, whichever provider the run tests.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqliteModel_MatchesItsMigrations_NoPendingChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "SQLite: run dotnet ef migrations add --context SqliteXieshangDb");
    }

    [Fact]
    public void PostgresModel_MatchesItsMigrations_NoPendingChanges()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "PostgreSQL: run dotnet ef migrations add --context PostgresXieshangDb");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var pg = new PostgresDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.Equal(Names(sqlite), Names(pg));
    }
}
