using Microsoft.EntityFrameworkCore;
using Xieshang.Platform.Results;

namespace Xieshang.Platform.Data;

public static class SaveOrConflictExtensions
{
    /// <summary>
    /// Saves; when another user changed or removed one of the records since it was read (its version moved on),
    /// answers a Chinese conflict instead and saves nothing.
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
    }
}
