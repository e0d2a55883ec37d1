namespace Xieshang.Platform.Files;

/// <summary>Where file bytes live. Local disk by default; an object store can take its place for several nodes.</summary>
public interface IFileStorage
{
    Task<string> SaveAsync(Stream content, CancellationToken ct);
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);
    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>
/// Files under Files:Root (default data/files), in folders by month, named by a random id: no client-supplied name
/// ever reaches the file system.
/// </summary>
public sealed class LocalFileStorage(IConfiguration config, IHostEnvironment env, TimeProvider clock) : IFileStorage
{
    readonly string root = Path.GetFullPath(Path.Combine(env.ContentRootPath, config["Files:Root"] ?? "data/files"));

    public async Task<string> SaveAsync(Stream content, CancellationToken ct)
    {
        var key = $"{clock.GetUtcNow():yyyy/MM}/{Guid.CreateVersion7():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, ct);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("Invalid storage key.", nameof(key));
        return path;
    }
}
