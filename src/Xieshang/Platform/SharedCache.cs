using Microsoft.Extensions.Caching.Memory;

namespace Xieshang.Platform;

/// <summary>
/// A value computed once per key and kept, shared by the requests that want it meanwhile.
/// <list type="bullet">
/// <item>The first load is awaited by every request that comes while it runs, instead of all querying at once (which
/// showed as a p99 of 350 ms on the member directory).</item>
/// <item>Past its time the value is reloaded by the first request that finds it so, on that request's own context; the
/// others are answered from the value they already had until the new one is in. A reload that takes seconds at
/// national scale (the opinion figures) would otherwise stall every request behind it.</item>
/// <item>When a change it depends on is announced, the value is dropped at once: the next request loads it afresh.</item>
/// </list>
/// </summary>
public static class SharedCache
{
    /// <param name="ttl">How long a value is taken as current; older values are served only while their reload runs.</param>
    /// <param name="forget">When any is cancelled, the value is dropped before its time (a change it depends on was made).</param>
    public static async Task<T> GetAsync<T>(IMemoryCache cache, object key, TimeSpan ttl, Func<Task<T>> load, params CancellationToken[] forget)
    {
        // IMemoryCache.GetOrCreate is not atomic: requests that find the key missing at once would each make an entry
        // and each load it (32 loads at once after an idle minute took the statistics page's p99 to 500 ms). Making the
        // entry is cheap — the load is lazy — so the few requests that find it missing make it one at a time.
        if (!cache.TryGetValue(key, out Kept<T>? kept))
            lock (Creating) kept = Create();
        try { return await kept!.GetAsync(load); }
        catch
        {
            // A failed first load is not kept: the next request tries again. A failed reload leaves the last value.
            if (!kept!.HasValue && cache.TryGetValue(key, out Kept<T>? current) && ReferenceEquals(current, kept)) cache.Remove(key);
            throw;
        }

        Kept<T> Create() => cache.GetOrCreate(key, entry =>
        {
            // A value nobody asks for leaves memory after ten minutes (or two ttls); one in use stays and is reloaded in
            // place. Dropped sooner, the next reader would load it with every request behind it waiting: at a million
            // 社情民意 items the figures take 0.3–0.5 s, and a page read again after two idle minutes had a p99 of 400 ms.
            entry.SlidingExpiration = TimeSpan.FromTicks(Math.Max(ttl.Ticks * 2, TimeSpan.TicksPerMinute * 10));
            foreach (var token in forget)
                if (token.CanBeCanceled) entry.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(token));
            return new Kept<T>(load, ttl);
        })!;
    }

    static readonly Lock Creating = new();

    sealed class Kept<T>(Func<Task<T>> first, TimeSpan ttl)
    {
        readonly Lazy<Task<T>> initial = new(first, LazyThreadSafetyMode.ExecutionAndPublication);
        T? value;
        long freshUntil; // Environment.TickCount64; 0 until the first value is in
        int reloading;

        public bool HasValue => Volatile.Read(ref freshUntil) != 0;

        public Task<T> GetAsync(Func<Task<T>> load)
        {
            var until = Volatile.Read(ref freshUntil);
            if (until == 0) return FirstAsync();
            if (Environment.TickCount64 < until || Interlocked.Exchange(ref reloading, 1) == 1) return Task.FromResult(value!);
            return ReloadAsync(load);
        }

        async Task<T> FirstAsync()
        {
            var loaded = await initial.Value;
            if (!HasValue) Store(loaded); // every awaiting request may store it: the same value
            return loaded;
        }

        async Task<T> ReloadAsync(Func<Task<T>> load)
        {
            try
            {
                var loaded = await load();
                Store(loaded);
                return loaded;
            }
            finally { Volatile.Write(ref reloading, 0); }
        }

        void Store(T loaded)
        {
            value = loaded;
            Volatile.Write(ref freshUntil, Environment.TickCount64 + (long)ttl.TotalMilliseconds);
        }
    }
}
