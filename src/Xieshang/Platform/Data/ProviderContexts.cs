using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Xieshang.Platform.Data;

// One subclass per provider so that each has its own migration set (Migrations/Sqlite, Migrations/Postgres).
public sealed class SqliteXieshangDb(DbContextOptions<SqliteXieshangDb> options) : XieshangDb(options);

public sealed class PostgresXieshangDb(DbContextOptions<PostgresXieshangDb> options) : XieshangDb(options);

// Design-time factories: `dotnet ef migrations add` needs no running database.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteXieshangDb>
{
    public SqliteXieshangDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteXieshangDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresXieshangDb>
{
    public PostgresXieshangDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresXieshangDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
