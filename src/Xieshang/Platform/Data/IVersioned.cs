namespace Xieshang.Platform.Data;

/// <summary>
/// Records that people edit carry an app-managed version (SQLite has no database-generated row version).
/// <see cref="PlatformSaveChangesInterceptor"/> bumps it on every update, so a stale edit fails with a conflict.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
