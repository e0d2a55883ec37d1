using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Results;

namespace Xieshang.Platform.Data;

public static class SaveOrConflictExtensions
{
    /// <summary>
    /// Saves; when another user changed or removed one of the records since it was read (its version moved on), or
    /// added the same one a moment earlier (a unique index refuses it after the handler's own check passed), answers a
    /// Chinese conflict instead and saves nothing.
    /// </summary>
    public static async Task<Error?> SaveOrConflictAsync(this XieshangDb db, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Conflict();
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return new Conflict("同样的记录刚由他人保存，请刷新后查看。");
        }
    }

    static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
