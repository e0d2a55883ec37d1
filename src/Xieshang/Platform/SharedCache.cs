using Microsoft.Extensions.Caching.Memory;

namespace Xieshang.Platform;

/// <summary>
/// A value computed once per key and kept for a while, shared by the requests that want it meanwhile: when it expires
/// under load, one request reloads it and the others await that load instead of all querying at once (which showed as
/// a p99 of 350 ms on the member directory).
/// </summary>
public static class SharedCache
{
    /// <param name="forget">When any is cancelled, the value is dropped before its time (a change it depends on was made).</param>
    public static async Task<T> GetAsync<T>(IMemoryCache cache, object key, TimeSpan ttl, Func<Task<T>> load, params CancellationToken[] forget)
    {
        var lazy = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ttl;
            foreach (var token in forget)
                if (token.CanBeCanceled) entry.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(token));
            return new Lazy<Task<T>>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try { return await lazy.Value; }
        catch
        {
            // A failed load is not kept: the next request tries again.
            if (cache.TryGetValue(key, out Lazy<Task<T>>? current) && ReferenceEquals(current, lazy)) cache.Remove(key);
            throw;
        }
    }
}
